// A meeting's records: created with its generated agenda and expected participants, listed on the
// calendar beside the scheduled meetings not yet created, one scheduled meeting per kind and day.
import { describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATES, SECTION_LABELS } from '../../../../shared/meetings/agenda-types';
import { meetingTown } from './meeting-fixture';

describe('meeting records', () => {
  it('creates a weekly meeting with the template agenda, planned times and the expected participants', () => {
    const { create, t } = meetingTown();
    const d = create({ place: '三楼会议室', chairName: '王主任', recorderName: '李文书' });
    expect(d.meeting).toMatchObject({ kind: 'weekly', title: '第48周周例会', date: '2025-11-24', startTime: '08:30', status: 'planned', scopeName: '青溪镇', place: '三楼会议室' });
    expect(d.items.map((i) => i.section)).toEqual(AGENDA_TEMPLATES.weekly.map((s) => s.section));
    expect(d.items.map((i) => i.title)).toEqual(AGENDA_TEMPLATES.weekly.map((s) => SECTION_LABELS[s.section]));
    expect(d.items.map((i) => `${i.plannedStart}-${i.plannedEndTime}`)).toEqual(['08:30-08:35', '08:35-08:50', '08:50-08:55', '08:55-09:00']);
    expect(d.meeting).toMatchObject({ plannedMinutes: 30, plannedEnd: '09:00' });
    // director, dispatcher, department handler (under its role's label: no department) — not the administrator nor the grid worker.
    expect(d.attendance.map((a) => `${a.name}/${a.unit}/${a.status}`)).toEqual(['director/中心主任/expected', 'dispatcher/受理调度员/expected', 'department_handler/部门处置人员/expected']);
    expect(d.history.map((e) => e.action)).toEqual(['created']);
    // The village's meeting also expects the staff serving its grids.
    const v = create({ kind: 'morning', scopeUnitId: t.villageId });
    expect(v.meeting.title).toBe('青石村11月24日早例会');
    expect(v.attendance.slice(3).map((a) => `${a.name}/${a.unit}`)).toEqual(['grid_worker员/青石村第1网格专职网格员']);
  });

  it('refuses a second scheduled meeting of the kind, day and scope, but not an ad-hoc one or after a cancellation', () => {
    const { create, invoke, snapshot } = meetingTown();
    const first = create();
    const before = snapshot();
    expect(invoke('meetings.create', { kind: 'weekly', date: '2025-11-24', startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '2025-11-24 第48周周例会已存在' } });
    expect(invoke('meetings.create', { kind: 'adhoc', date: '2025-11-24', startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请填写专题会议的名称' } });
    expect(invoke('meetings.create', { kind: 'weekly', date: '2025-11-24', startTime: '09:00', scopeUnitId: 'nope' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(snapshot()).toBe(before);
    create({ kind: 'adhoc', title: '防汛专题会', startTime: '14:00' });
    create({ kind: 'adhoc', title: '消防专题会', startTime: '15:00' });
    expect(invoke('meetings.cancel', { meetingId: first.meeting.id, reason: '主任外出' })).toMatchObject({ ok: true });
    expect(create({ startTime: '10:00' }).meeting.title).toBe('第48周周例会');
  });

  it('lists the meetings of a span and the calendar\'s scheduled meetings not yet created', () => {
    const { create, t, director } = meetingTown();
    create();
    const cal = t.h.call(director, 'meetings.calendar', { from: '2025-11-24', to: '2025-11-30' });
    expect(cal.meetings.map((m) => m.title)).toEqual(['第48周周例会']);
    expect(cal.slots.map((s) => `${s.date} ${s.startTime} ${s.title}`)).toEqual([
      '2025-11-24 08:30 11月24日早例会',
      '2025-11-25 08:30 11月25日早例会',
      '2025-11-26 08:30 11月26日早例会',
      '2025-11-27 08:30 11月27日早例会',
      '2025-11-28 08:30 11月28日早例会',
      '2025-11-28 08:30 11月月总结会',
    ]);
    const dec = t.h.call(director, 'meetings.calendar', { from: '2025-12-22', to: '2025-12-31' }).slots.filter((s) => s.kind !== 'morning');
    expect(dec.map((s) => `${s.date} ${s.title}`)).toEqual(['2025-12-22 第52周周例会', '2025-12-26 12月月总结会', '2025-12-26 第四季度联席会议', '2025-12-29 第1周周例会']);
  });

  it('lets readers read and only organisers write', () => {
    const { create, t, invoke } = meetingTown();
    const d = create();
    expect(t.h.call(t.token('supervisor'), 'meetings.get', { meetingId: d.meeting.id }).meeting.id).toBe(d.meeting.id);
    expect(invoke('meetings.create', { kind: 'morning', date: '2025-11-25', startTime: '08:30' }, t.token('supervisor'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke('meetings.get', { meetingId: d.meeting.id }, t.token('grid_worker'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke('meetings.get', { meetingId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
