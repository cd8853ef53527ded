// Decisions as tasks (owner, a working-day deadline, a linked case or grid), cleared (销号) with a
// note, and the open ones past their deadline back on the next agenda; sign-in and leave.
import { describe, expect, it } from 'vitest';
import { at, meetingTown } from './meeting-fixture';

describe('meeting tasks', () => {
  it('refuses a task without an owner, on a holiday or weekend, or before the meeting, writing nothing', () => {
    const { t, create, invoke, snapshot } = meetingTown();
    const d = create();
    const base = { meetingId: d.meeting.id, title: '清理桥头建筑垃圾', ownerName: '青石村', deadline: '2025-11-28' };
    const supervisor = t.token('supervisor');
    const before = snapshot();
    expect(invoke('meetings.addTask', { ...base, ownerName: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('请指定责任人或责任单位') } });
    expect(invoke('meetings.addTask', { ...base, deadline: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '截止日期 2026-01-01 是元旦假期，请选择工作日' } });
    expect(invoke('meetings.addTask', { ...base, deadline: '2025-11-29' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '截止日期 2025-11-29 是周末，请选择工作日' } });
    expect(invoke('meetings.addTask', { ...base, deadline: '2025-11-21' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '截止日期不能早于会议日期 2025-11-24' } });
    expect(invoke('meetings.addTask', { ...base, gridId: t.villageId })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '所选网格不存在' } });
    expect(invoke('meetings.addTask', { ...base, caseRef: 'X-1' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '关联的事件“X-1”不存在' } });
    expect(invoke('meetings.addTask', base, supervisor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot()).toBe(before);
    // A make-up working Sunday is a working day (28 September 2025).
    const early = create({ kind: 'morning', date: '2025-09-26' });
    expect(invoke('meetings.addTask', { ...base, meetingId: early.meeting.id, deadline: '2025-09-28' })).toMatchObject({ ok: true });
  });

  it('puts open tasks past their deadline on the next agenda of the scope until they are cleared', () => {
    const { t, director, create, invoke } = meetingTown();
    const call = <M extends Parameters<typeof t.h.call>[1]>(m: M, input: Parameters<typeof t.h.call<M>>[2]) => t.h.call(director, m, input);
    const kase = t.register({ title: '桥头垃圾' });
    const d = create();
    const task = call('meetings.addTask', { meetingId: d.meeting.id, itemId: d.items[2]!.id, title: '清理桥头建筑垃圾', ownerName: '青石村', ownerUnitId: t.villageId, deadline: '2025-11-26', caseRef: kase.number, gridId: t.grids[0]! });
    expect(task).toMatchObject({ meetingTitle: '第48周周例会', meetingDate: '2025-11-24', status: 'open', overdue: false, caseId: kase.id, caseNumber: kase.number, gridName: '青石村第1网格' });
    call('meetings.addTask', { meetingId: d.meeting.id, title: '路灯排查', ownerName: '城建办', deadline: '2025-12-05' });

    t.advance(at('2025-11-26', '08:00'));
    expect(create({ kind: 'morning', date: '2025-11-26' }).items.some((i) => i.section === 'tasks_overdue')).toBe(false);
    t.advance(at('2025-11-27', '08:00'));
    const next = create({ kind: 'morning', date: '2025-11-27' });
    expect(next.items.at(-1)).toMatchObject({ section: 'tasks_overdue', title: '逾期未销号任务' });
    expect(call('meetings.tasks', { status: 'open' }).map((x) => `${x.title} ${x.overdue}`)).toEqual(['清理桥头建筑垃圾 true', '路灯排查 false']);
    // A village's meeting is another scope: the town's tasks are not on its agenda.
    expect(create({ kind: 'morning', date: '2025-11-27', scopeUnitId: t.villageId }).items.some((i) => i.section === 'tasks_overdue')).toBe(false);

    expect(invoke('meetings.clearTask', { taskId: task.id, note: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const cleared = call('meetings.clearTask', { taskId: task.id, note: '已清运，村民确认' });
    expect(cleared).toMatchObject({ status: 'done', doneByName: 'director', doneNote: '已清运，村民确认', doneAt: at('2025-11-27', '08:00'), overdue: false });
    expect(invoke('meetings.clearTask', { taskId: task.id, note: '再次销号' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '该任务已销号' } });
    t.advance(at('2025-11-28', '08:00'));
    expect(create({ kind: 'morning', date: '2025-11-28' }).items.some((i) => i.section === 'tasks_overdue')).toBe(false);
    expect(call('meetings.tasks', { status: 'done' }).map((x) => x.title)).toEqual(['清理桥头建筑垃圾']);
    expect(call('meetings.tasks', { status: 'all', meetingId: next.meeting.id })).toEqual([]);
    expect(call('meetings.get', { meetingId: d.meeting.id }).tasks).toHaveLength(2);
  });
});

describe('attendance', () => {
  it('signs in, records late arrivals and leave with its reason, and adds people once', () => {
    const { t, director, create, invoke, snapshot } = meetingTown();
    const call = <M extends Parameters<typeof t.h.call>[1]>(m: M, input: Parameters<typeof t.h.call<M>>[2]) => t.h.call(director, m, input);
    const d = create();
    const [chief, dispatcher, handler] = d.attendance as [typeof d.attendance[0], typeof d.attendance[0], typeof d.attendance[0]];
    t.advance(at('2025-11-24', '08:25'));
    expect(call('meetings.signIn', { attendanceId: chief.id, status: 'present' })).toMatchObject({ status: 'present', signedAt: at('2025-11-24', '08:25') });
    const before = snapshot();
    expect(invoke('meetings.signIn', { attendanceId: dispatcher.id, status: 'leave' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请假须写明原因' } });
    expect(invoke('meetings.signIn', { attendanceId: dispatcher.id, status: 'leave', reason: '  ' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(invoke('meetings.addAttendee', { meetingId: d.meeting.id, userId: chief.userId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'director已在参会名单中' } });
    expect(invoke('meetings.addAttendee', { meetingId: d.meeting.id })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(snapshot()).toBe(before);
    expect(call('meetings.signIn', { attendanceId: dispatcher.id, status: 'leave', reason: '参加县里培训' })).toMatchObject({ status: 'leave', reason: '参加县里培训', signedAt: null });
    t.advance(at('2025-11-24', '08:41'));
    expect(call('meetings.signIn', { attendanceId: handler.id, status: 'late', reason: '处置现场' })).toMatchObject({ status: 'late', signedAt: at('2025-11-24', '08:41') });
    const guest = call('meetings.addAttendee', { meetingId: d.meeting.id, name: '县城管局张科长', unit: '县城管局' });
    expect(guest).toMatchObject({ userId: null, staffId: null, name: '县城管局张科长', unit: '县城管局', status: 'expected' });
    expect(invoke('meetings.addAttendee', { meetingId: d.meeting.id, name: '县城管局张科长' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const worker = t.h.core.services.db.prepare("SELECT id FROM staff WHERE name = 'grid_worker员'").get() as { id: string };
    expect(call('meetings.addAttendee', { meetingId: d.meeting.id, staffId: worker.id, unit: '青石村第1网格' })).toMatchObject({ staffId: worker.id, name: 'grid_worker员' });
    expect(call('meetings.get', { meetingId: d.meeting.id }).attendance.map((a) => `${a.name}:${a.status}`)).toEqual([
      'director:present', 'dispatcher:leave', 'department_handler:late', '县城管局张科长:expected', 'grid_worker员:expected',
    ]);
  });
});
