// The course of a meeting: the agenda edited and reordered before it ends, started, recorded,
// ended (not with items undecided unless the reason is written), cancelled; a finished meeting's
// minutes edited only into its history; every refusal in Chinese with nothing written.
import { describe, expect, it } from 'vitest';
import { at, meetingTown } from './meeting-fixture';

describe('the course of a meeting', () => {
  it('edits, adds and reorders items with the planned times following; refuses a list that is not the agenda', () => {
    const { t, director, create, invoke, snapshot } = meetingTown();
    const d = create();
    const id = d.meeting.id;
    const [a, b, c, e] = d.items.map((i) => i.id) as [string, string, string, string];
    const kase = t.register({ title: '河道漂浮物' });
    let now = t.h.call(director, 'meetings.saveItem', { meetingId: id, title: '河道保洁', plannedMinutes: 10, caseRef: kase.number, notes: '请水利站汇报' });
    const added = now.items.at(-1)!;
    expect(added).toMatchObject({ section: 'custom', title: '河道保洁', plannedMinutes: 10, caseId: kase.id, caseNumber: kase.number, notes: '请水利站汇报', position: 4, plannedStart: '09:00', plannedEndTime: '09:10' });
    now = t.h.call(director, 'meetings.saveItem', { meetingId: id, itemId: a, plannedMinutes: 8 });
    expect(now.meeting).toMatchObject({ plannedMinutes: 43, plannedEnd: '09:13' });

    const supervisor = t.token('supervisor');
    const before = snapshot();
    expect(invoke('meetings.saveItem', { meetingId: id, title: '某事', caseRef: '2025-XX-0000' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '关联的事件“2025-XX-0000”不存在' } });
    expect(invoke('meetings.reorder', { meetingId: id, itemIds: [b, a, c, e] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '议题顺序与会议议程不一致，请刷新后重试' } });
    expect(invoke('meetings.reorder', { meetingId: id, itemIds: [b, a, c, e, e] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(invoke('meetings.reorder', { meetingId: id, itemIds: [b, a, c, e, 'other'] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(invoke('meetings.saveItem', { meetingId: id, plannedMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(invoke('meetings.reorder', { meetingId: id, itemIds: [added.id, a, b, c, e] }, supervisor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot()).toBe(before);

    now = t.h.call(director, 'meetings.reorder', { meetingId: id, itemIds: [added.id, a, b, c, e] });
    expect(now.items.map((i) => `${i.title} ${i.plannedStart}`)).toEqual(['河道保洁 08:30', '本周工作数据（与上周对比） 08:40', '各网格工作汇报 08:48', '超期未办结事件 09:03', '督办事件 09:08']);
    now = t.h.call(director, 'meetings.removeItem', { itemId: b });
    expect(now.items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(now.meeting.plannedEnd).toBe('08:58');
  });

  it('refuses to end with items undecided unless the reason is written, and writes nothing then', () => {
    const { t, director, create, invoke, snapshot } = meetingTown();
    const d = create();
    const id = d.meeting.id;
    t.h.call(director, 'meetings.start', { meetingId: id });
    expect(invoke('meetings.start', { meetingId: id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '会议已在进行中' } });
    t.h.call(director, 'meetings.recordItem', { itemId: d.items[0]!.id, minutes: '本周新增事件12件，办结10件', outcome: 'noted' });
    const before = snapshot();
    expect(invoke('meetings.finish', { meetingId: id })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '还有 3 个议题未议定，请逐项议定，或写明未议定的原因' } });
    expect(invoke('meetings.finish', { meetingId: id, undecidedNote: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(snapshot()).toBe(before);

    t.advance(at('2025-11-24', '09:10'));
    const done = t.h.call(director, 'meetings.finish', { meetingId: id, undecidedNote: '主任临时外出，其余议题下周再议' });
    expect(done.meeting).toMatchObject({ status: 'finished', undecidedNote: '主任临时外出，其余议题下周再议', endedAt: at('2025-11-24', '09:10') });
    expect(done.history.map((e) => e.action)).toEqual(['created', 'started', 'finished']);
    expect(done.history[2]!.note).toBe('已通报1项，未议定3项；未议定原因：主任临时外出，其余议题下周再议');
    // Each item's content frozen at the end.
    const frozen = t.h.core.services.db.prepare('SELECT count(*) AS n FROM meeting_item WHERE meeting_id = ? AND content IS NOT NULL').get(id) as { n: number };
    expect(frozen.n).toBe(4);
    expect(invoke('meetings.finish', { meetingId: id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(invoke('meetings.cancel', { meetingId: id, reason: '误建' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '会议已结束，不能取消' } });
  });

  it('keeps a finished meeting\'s agenda and records minutes edited after the end in its history', () => {
    const { t, director, create, invoke, snapshot, db } = meetingTown();
    const d = create();
    const id = d.meeting.id;
    for (const i of d.items) t.h.call(director, 'meetings.recordItem', { itemId: i.id, minutes: '情况正常', outcome: 'noted' });
    t.h.call(director, 'meetings.finish', { meetingId: id });
    const item = d.items[1]!;
    const before = snapshot();
    expect(invoke('meetings.saveItem', { meetingId: id, title: '补充议题' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '会议已结束，议程不能再调整；纪要可在各议题下修改' } });
    expect(invoke('meetings.saveItem', { meetingId: id, itemId: item.id, plannedMinutes: 20 })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(invoke('meetings.removeItem', { itemId: item.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(invoke('meetings.reorder', { meetingId: id, itemIds: d.items.map((i) => i.id).reverse() })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(invoke('meetings.recordItem', { itemId: item.id, outcome: 'carry' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '会议已结束，议定结果不能更改；可修改纪要和说明' } });
    expect(invoke('meetings.update', { meetingId: id, date: '2025-11-25' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(snapshot()).toBe(before);

    t.advance(at('2025-11-24', '15:00'));
    const edited = t.h.call(director, 'meetings.recordItem', { itemId: item.id, minutes: '各网格汇报完毕，第2网格需加强巡查' });
    expect(edited.items[1]!.minutes).toBe('各网格汇报完毕，第2网格需加强巡查');
    const last = edited.history.at(-1)!;
    expect(last).toMatchObject({ action: 'minutes_edited', actorName: 'director', at: at('2025-11-24', '15:00') });
    expect(last.note).toBe('各网格工作汇报：纪要：“情况正常” → “各网格汇报完毕，第2网格需加强巡查”');
    // The same text again changes nothing and records nothing.
    expect(t.h.call(director, 'meetings.recordItem', { itemId: item.id, minutes: '各网格汇报完毕，第2网格需加强巡查' }).history).toHaveLength(edited.history.length);
    const audited = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'meeting.minutes' AND record_id = ?").get(id) as { n: number };
    expect(audited.n).toBe(1);
  });

  it('changes nothing on a cancelled meeting', () => {
    const { t, director, create, invoke, snapshot } = meetingTown();
    const d = create();
    const id = d.meeting.id;
    expect(invoke('meetings.cancel', { meetingId: id, reason: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('请写明取消原因') } });
    const done = t.h.call(director, 'meetings.cancel', { meetingId: id, reason: '台风停课' });
    expect(done.meeting.status).toBe('cancelled');
    expect(done.history.at(-1)).toMatchObject({ action: 'cancelled', note: '台风停课' });
    const before = snapshot();
    for (const [m, input] of [
      ['meetings.start', { meetingId: id }],
      ['meetings.update', { meetingId: id, place: '二楼' }],
      ['meetings.saveItem', { meetingId: id, title: '新议题' }],
      ['meetings.recordItem', { itemId: d.items[0]!.id, minutes: '…' }],
      ['meetings.finish', { meetingId: id, undecidedNote: '取消' }],
      ['meetings.signIn', { attendanceId: d.attendance[0]!.id, status: 'present' }],
      ['meetings.addAttendee', { meetingId: id, name: '张三' }],
      ['meetings.addTask', { meetingId: id, title: '清理河道', ownerName: '水利站', deadline: '2025-11-28' }],
    ] as const) {
      expect(invoke(m, input)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '会议已取消，不能再修改' } });
    }
    expect(snapshot()).toBe(before);
  });
});
