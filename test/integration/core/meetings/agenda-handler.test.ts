// meetings.content on the hand-built town (agenda-fixture.ts): live for a meeting not finished
// (as the sections compute it on the call's day), frozen at the end for a finished one — a case
// put under 督办 afterwards changes the live content, not the frozen one.
import { describe, expect, it } from 'vitest';
import { agendaContent } from '../../../../electron/core/meetings/agenda-content';
import { agendaItems, getMeeting } from '../../../../electron/core/meetings/meeting-store';
import type { SectionContent } from '../../../../shared/meetings/agenda-types';
import { agendaTown, at } from './agenda-fixture';

describe('meetings.content', () => {
  it('computes a planned meeting live and returns a finished one as frozen', () => {
    const t = agendaTown();
    const token = t.h.tokenFor('director');
    const writer = t.h.core.services.writer;
    // Two meetings on 11-30 08:30 over the town: a 早例会 still planned, an ad-hoc one finished at 09:00.
    writer.transaction(null, (tx) => {
      for (const [id, status] of [['m-live', 'planned'], ['m-done', 'finished']] as const) {
        tx.insert('meeting', { id, kind: status === 'planned' ? 'morning' : 'adhoc', title: '例会', meeting_date: '2026-11-30', start_time: '08:30', place: '', scope_unit_id: t.townId, status, ended_at: status === 'finished' ? at('11-30 09:00') : null, created_at: at('11-30 08:00'), updated_at: at('11-30 08:00') });
        tx.insert('meeting_item', { id: `${id}-1`, meeting_id: id, position: 0, section: 'cases_overdue', title: '超期未办结事件', planned_minutes: 3, updated_at: at('11-30 08:00') });
        tx.insert('meeting_item', { id: `${id}-2`, meeting_id: id, position: 1, section: 'supervised', title: '督办事件', planned_minutes: 2, updated_at: at('11-30 08:00') });
      }
    });
    // The finished meeting's content as it stood at its end (what the end froze).
    const done = getMeeting(t.db, 'm-done');
    const atEnd = agendaContent(t.db, done, agendaItems(t.db, done), '2026-11-30');
    writer.transaction(null, (tx) => {
      for (const [id, c] of Object.entries(atEnd)) tx.update('meeting_item', id, { content: JSON.stringify(c) });
    });

    const live = t.h.call(token, 'meetings.content', { meetingId: 'm-live' });
    expect(live.frozen).toBe(false);
    const overdue = (c: SectionContent) => c.table!.rows.map((r) => r.number);
    // K15, K03, K07 overdue at 08:30 (agenda-morning.test.ts).
    expect(overdue(live.items['m-live-1']!)).toEqual([t.numbers.K15, t.numbers.K03, t.numbers.K07]);
    expect(live.items['m-live-2']!.figures[0]).toMatchObject({ label: '督办中', value: 2 });

    // K03 is put under 督办 after the meeting: the live content counts it, the frozen one does not.
    writer.transaction(null, (tx) => tx.update('case_record', t.ids.K03!, { supervised: 1, supervise_note: '挂牌督办' }));
    const after = t.h.call(token, 'meetings.content', { meetingId: 'm-live' });
    expect(after.items['m-live-2']!.figures[0]).toMatchObject({ label: '督办中', value: 3 });
    const frozen = t.h.call(token, 'meetings.content', { meetingId: 'm-done' });
    expect(frozen).toMatchObject({ meetingId: 'm-done', frozen: true, asOf: at('11-30 09:00') });
    expect(frozen.items['m-done-2']!.figures[0]).toMatchObject({ label: '督办中', value: 2 });
    expect(overdue(frozen.items['m-done-1']!)).toEqual([t.numbers.K15, t.numbers.K03, t.numbers.K07]);
    expect(frozen.items).toEqual(atEnd);

    expect(t.h.core.invoke(token, 'meetings.content', { meetingId: 'no-such-meeting' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '会议不存在' } });
  });
});

describe('meetings.content through a meeting\'s life', () => {
  it('a 周例会 created with its generated agenda shows the week, the carried problem and the overdue tasks; its end freezes them', () => {
    const t = agendaTown();
    const token = t.h.tokenFor('director');
    const d = t.h.call(token, 'meetings.create', { kind: 'weekly', date: '2026-11-30', startTime: '08:30' });
    const bySection = (c: { items: Record<string, SectionContent> }, s: string) => Object.values(c.items).find((x) => x.section === s)!;
    const live = t.h.call(token, 'meetings.content', { meetingId: d.meeting.id });
    expect(live.frozen).toBe(false);
    expect(Object.keys(live.items).sort()).toEqual(d.items.map((i) => i.id).sort());
    // The week 11-23 … 11-29 against the week before (agenda-period.test.ts).
    expect(bySection(live, 'week_figures').figures.slice(0, 2).map((f) => [f.value, f.previous])).toEqual([[8, 4], [4, 2]]);
    // The problem carried from 11-16 and 11-23 comes back a third time.
    expect(bySection(live, 'carry_over')).toMatchObject({ period: '第3次通报' });
    // T1 and T2 of the town's earlier meetings are overdue (agenda-follow-up.test.ts).
    expect(bySection(live, 'tasks_overdue').table!.rows.map((r) => r.title)).toEqual(['清运桥头垃圾', '排查电动车违规充电']);

    t.h.call(token, 'meetings.start', { meetingId: d.meeting.id });
    for (const item of d.items) t.h.call(token, 'meetings.recordItem', { itemId: item.id, minutes: '已通报', outcome: 'noted', outcomeNote: '' });
    t.h.call(token, 'meetings.finish', { meetingId: d.meeting.id });
    const frozen = t.h.call(token, 'meetings.content', { meetingId: d.meeting.id });
    expect(frozen.frozen).toBe(true);
    // K03 put under 督办 after the end: the frozen 督办 section still shows two cases.
    t.h.core.services.writer.transaction(null, (tx) => tx.update('case_record', t.ids.K03!, { supervised: 1 }));
    const later = t.h.call(token, 'meetings.content', { meetingId: d.meeting.id });
    expect(bySection(later, 'supervised').figures[0]).toMatchObject({ label: '督办中', value: 2 });
    expect(later.items).toEqual(frozen.items);
  });
});
