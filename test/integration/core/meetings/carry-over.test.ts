// Carry-over (二次通报): an item not resolved comes back at each following meeting of its kind and
// scope with the number of times raised and the day first raised, until its linked case closes (the
// closing resolves it at once) or a person (or a meeting) marks it resolved.
import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../../shared/meetings/meeting-types';
import { at, meetingTown } from './meeting-fixture';

describe('carry-over across meetings', () => {
  it('counts the raisings across three weekly meetings and clears by a closed case and by a person\'s note', () => {
    const { t, director, create, invoke } = meetingTown();
    const call = <M extends Parameters<typeof t.h.call>[1]>(m: M, input: Parameters<typeof t.h.call<M>>[2]) => t.h.call(director, m, input);
    const kase = t.register({ accept: true, title: '桥头垃圾堆放' });
    /** Holds a weekly meeting: the custom and carried items get `outcomes` by title prefix, the rest 已通报. */
    const hold = (date: string, outcomes: Record<string, 'carry' | 'resolved' | 'noted'>, extra: (d: MeetingDetail) => void = () => {}): MeetingDetail => {
      t.advance(at(date, '08:00'));
      const d = create({ date });
      extra(d);
      const now = call('meetings.get', { meetingId: d.meeting.id });
      call('meetings.start', { meetingId: d.meeting.id });
      for (const item of now.items) {
        const key = Object.keys(outcomes).find((k) => item.title.includes(k));
        call('meetings.recordItem', { itemId: item.id, minutes: `${item.title}：已讨论`, outcome: key ? outcomes[key] : 'noted', outcomeNote: key ? `${outcomes[key]}说明` : '' });
      }
      return call('meetings.finish', { meetingId: d.meeting.id });
    };

    const first = hold('2025-11-24', { 桥头: 'carry', 路灯: 'carry' }, (d) => {
      call('meetings.saveItem', { meetingId: d.meeting.id, title: '桥头垃圾清运', caseRef: kase.number });
      call('meetings.saveItem', { meetingId: d.meeting.id, title: '村道路灯维修', plannedMinutes: 3 });
    });
    expect(first.items.filter((i) => i.carryId).map((i) => `${i.title} ${i.timesRaised} ${i.firstRaisedDate}`)).toEqual(['桥头垃圾清运 1 2025-11-24', '村道路灯维修 1 2025-11-24']);
    let carries = call('meetings.carries', { status: 'open' });
    expect(carries.map((c) => `${c.title} ${c.timesRaised} ${c.firstRaisedDate} ${c.caseNumber ?? '-'}`)).toEqual([`桥头垃圾清运 1 2025-11-24 ${kase.number}`, '村道路灯维修 1 2025-11-24 -']);

    // A morning meeting is another kind: the weekly carries do not come back there.
    t.advance(at('2025-11-25', '08:00'));
    expect(create({ kind: 'morning', date: '2025-11-25' }).items.some((i) => i.section === 'carry_over')).toBe(false);

    const second = hold('2025-12-01', { 桥头: 'carry', 路灯: 'carry' });
    const raised2 = second.items.filter((i) => i.section === 'carry_over');
    expect(raised2.map((i) => `${i.title} ${i.timesRaised} ${i.firstRaisedDate} ${i.caseNumber ?? '-'}`)).toEqual([
      `二次通报：桥头垃圾清运 2 2025-11-24 ${kase.number}`,
      '二次通报：村道路灯维修 2 2025-11-24 -',
    ]);
    // The carried items come after the kind's sections.
    expect(second.items.slice(-2).map((i) => i.section)).toEqual(['carry_over', 'carry_over']);

    // A cancelled meeting in between does not count as a raising.
    t.advance(at('2025-12-05', '08:00'));
    const cancelled = create({ kind: 'weekly', date: '2025-12-05' });
    expect(cancelled.items.filter((i) => i.section === 'carry_over').map((i) => i.timesRaised)).toEqual([3, 3]);
    call('meetings.cancel', { meetingId: cancelled.meeting.id, reason: '改期' });

    const third = hold('2025-12-08', { 桥头: 'carry', 路灯: 'carry' });
    expect(third.items.filter((i) => i.section === 'carry_over').map((i) => `${i.timesRaised} ${i.firstRaisedDate}`)).toEqual(['3 2025-11-24', '3 2025-11-24']);
    carries = call('meetings.carries', { status: 'open' });
    expect(carries.map((c) => c.timesRaised)).toEqual([3, 3]);
    // The earlier meetings keep their own count.
    expect(call('meetings.get', { meetingId: second.meeting.id }).items.filter((i) => i.section === 'carry_over').map((i) => i.timesRaised)).toEqual([2, 2]);

    // Cleared: the case closes; a person marks the street lights resolved.
    t.act(kase.id, { type: 'dispatch', target: { kind: 'village' } });
    t.act(kase.id, { type: 'start' });
    t.act(kase.id, { type: 'handle', result: '已清运' });
    t.act(kase.id, { type: 'verify' });
    t.act(kase.id, { type: 'evaluate', satisfaction: 'satisfied' });
    t.act(kase.id, { type: 'close' });
    // The closing resolves its carry at once: the 二次通报 list is right before the next meeting.
    expect(call('meetings.carries', { status: 'open' }).map((c) => c.title)).toEqual(['村道路灯维修']);
    expect(call('meetings.carries', { status: 'resolved' }).map((c) => `${c.title} ${c.resolvedNote} ${c.resolvedByName ?? '-'}`)).toEqual(['桥头垃圾清运 关联事件已办结 -']);
    const lights = carries.find((c) => c.title === '村道路灯维修')!;
    expect(invoke('meetings.resolveCarry', { carryId: lights.id, note: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(call('meetings.resolveCarry', { carryId: lights.id, note: '路灯已更换，村民确认' })).toMatchObject({ status: 'resolved', resolvedByName: 'director', resolvedNote: '路灯已更换，村民确认', timesRaised: 3 });
    expect(invoke('meetings.resolveCarry', { carryId: lights.id, note: '再次确认' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    t.advance(at('2025-12-15', '08:00'));
    const fourth = create({ date: '2025-12-15' });
    expect(fourth.items.some((i) => i.section === 'carry_over')).toBe(false);
    expect(call('meetings.carries', { status: 'open' })).toEqual([]);
    expect(call('meetings.carries', { status: 'resolved' }).map((c) => `${c.title} ${c.resolvedNote} ${c.timesRaised}`)).toEqual([
      '桥头垃圾清运 关联事件已办结 3',
      '村道路灯维修 路灯已更换，村民确认 3',
    ]);
  });

  it('resolves a carry when its item is resolved at a meeting, and carries an undecided custom item (not a generated one)', () => {
    const { t, director, create } = meetingTown();
    const call = <M extends Parameters<typeof t.h.call>[1]>(m: M, input: Parameters<typeof t.h.call<M>>[2]) => t.h.call(director, m, input);
    const d = create();
    call('meetings.saveItem', { meetingId: d.meeting.id, title: '菜场占道经营' });
    call('meetings.finish', { meetingId: d.meeting.id, undecidedNote: '时间不够，下周再议' });
    // Only the custom item is carried: the generated sections come back anyway.
    expect(call('meetings.carries', { status: 'open' }).map((c) => c.title)).toEqual(['菜场占道经营']);
    t.advance(at('2025-12-01', '08:00'));
    const next = create({ date: '2025-12-01' });
    const item = next.items.find((i) => i.section === 'carry_over')!;
    expect(item).toMatchObject({ title: '二次通报：菜场占道经营', timesRaised: 2, firstRaisedDate: '2025-11-24' });
    for (const i of next.items) call('meetings.recordItem', { itemId: i.id, outcome: i.id === item.id ? 'resolved' : 'noted', outcomeNote: i.id === item.id ? '已划定临时摊位' : '' });
    call('meetings.finish', { meetingId: next.meeting.id });
    expect(call('meetings.carries', { status: 'all' })).toMatchObject([{ title: '菜场占道经营', status: 'resolved', resolvedNote: '已划定临时摊位', resolvedByName: 'director', timesRaised: 2 }]);
  });
});
