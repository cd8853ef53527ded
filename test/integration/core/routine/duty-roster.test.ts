// The centre's 值班表 (leader on duty and duty officer per day, arranged by the administrator and
// the director, today's duty for the wall board) and each worker's status (在岗 / 请假 with the
// A/B cover / 离岗), built on staff_leave and the staff record.
import { describe, expect, it } from 'vitest';
import { at, routineTown, type RoutineTown } from './routine-fixture';

function centreStaff(r: RoutineTown) {
  const admin = r.t.h.adminToken;
  return {
    leader: r.t.h.call(admin, 'staff.create', { name: '镇长老钱', phone: '13900000101', title: '镇长' }).id,
    deputy: r.t.h.call(admin, 'staff.create', { name: '副镇长老孙', phone: '13900000102', title: '副镇长' }).id,
    officer: r.t.h.call(admin, 'staff.create', { name: '值班员小李', phone: '13900000103', title: '指挥中心值班员' }).id,
  };
}

describe('duty roster', () => {
  it('arranges a day, shows the month on the holiday calendar and today’s duty; clearing a day removes it', () => {
    const r = routineTown(at('2026-01-30', '09:00'));
    const s = centreStaff(r);
    const director = r.t.token('director');
    r.t.h.call(director, 'routine.saveDuty', { date: '2026-01-30', leaderStaffId: s.leader, officerStaffId: s.officer, notes: '' });
    const sunday = r.t.h.call(r.t.h.adminToken, 'routine.saveDuty', { date: '2026-02-01', leaderStaffId: s.deputy, officerStaffId: s.officer, notes: '周末值班' });
    expect(sunday).toMatchObject({ date: '2026-02-01', working: false, leader: { name: '副镇长老孙', title: '副镇长' }, officer: { name: '值班员小李', phone: '13900000103' }, notes: '周末值班' });
    // Today's duty, for the wall display too.
    const wall = r.t.h.call(r.t.token('display'), 'routine.dutyToday', {});
    expect(wall).toMatchObject({ date: '2026-01-30', leader: { name: '镇长老钱' }, officer: { name: '值班员小李' } });
    expect(JSON.stringify(wall)).not.toMatch(/1[3-9][0-9]{9}/); // the wall is public: names and titles, no phone numbers
    const feb = r.t.h.call(r.t.token('supervisor'), 'routine.dutyMonth', { month: '2026-02' });
    expect(feb.days).toHaveLength(28);
    expect(feb.days[0]).toMatchObject({ date: '2026-02-01', leader: { name: '副镇长老孙' } });
    expect(feb.days.find((d) => d.date === '2026-02-17')).toMatchObject({ working: false, holidayName: '春节', officer: null });
    expect(feb.unarranged).toBe(27);
    // Changing a day edits its entry; clearing it removes it.
    r.t.h.call(director, 'routine.saveDuty', { date: '2026-02-01', leaderStaffId: s.leader, officerStaffId: s.officer, notes: '' });
    expect(r.t.h.call(director, 'routine.dutyMonth', { month: '2026-02' }).days[0]!.leader!.name).toBe('镇长老钱');
    expect(r.t.h.core.services.db.prepare("SELECT count(*) AS n FROM duty_roster WHERE duty_date = '2026-02-01'").get()).toEqual({ n: 1 });
    r.t.h.call(director, 'routine.saveDuty', { date: '2026-02-01', leaderStaffId: null, officerStaffId: null, notes: '' });
    expect(r.t.h.call(director, 'routine.dutyMonth', { month: '2026-02' }).days[0]).toMatchObject({ id: null, leader: null, officer: null });
  });

  it('refuses the same person twice, someone on leave or gone, and callers who may not arrange it; nothing written', () => {
    const r = routineTown(at('2026-01-30', '09:00'));
    const s = centreStaff(r);
    const admin = r.t.h.adminToken;
    r.leave('yi', '2026-02-02', '2026-02-03', 'jia');
    r.t.h.call(admin, 'staff.update', { id: s.deputy, archived: true });
    const refused = (token: string, input: object, message: string, code = 'BAD_INPUT') => {
      const before = r.t.h.changeCount();
      expect(r.t.h.core.invoke(token, 'routine.saveDuty', { leaderStaffId: s.leader, officerStaffId: s.officer, notes: '', date: '2026-02-04', ...input })).toMatchObject({ ok: false, error: { code, message } });
      expect(r.t.h.changeCount()).toBe(before);
    };
    refused(admin, { officerStaffId: s.leader }, '带班领导和值班员不能是同一人');
    refused(admin, { date: '2026-02-03', officerStaffId: r.staff.yi }, '乙2026-02-03在请假期间（2026-02-02至2026-02-03），不能安排为值班员');
    refused(admin, { leaderStaffId: s.deputy }, '副镇长老孙已离岗，不能安排为带班领导');
    refused(admin, { leaderStaffId: 'nope' }, '带班领导不存在', 'NOT_FOUND');
    refused(admin, { date: '2027-03-01' }, '值班表最多提前一年编排');
    for (const role of ['supervisor', 'grid_worker', 'dispatcher', 'display'] as const) refused(r.t.token(role), {}, expect.any(String) as unknown as string, 'FORBIDDEN');
  });
});

describe('worker status', () => {
  it('is 在岗, 请假 with the A/B cover from the leave record, or 离岗 once the record is archived', () => {
    const r = routineTown(at('2026-03-10', '09:00'));
    const admin = r.t.h.adminToken;
    r.leave('yi', '2026-03-09', '2026-03-11', 'jia');
    r.t.h.call(admin, 'staff.update', { id: r.staff.bing, archived: true });
    const rows = r.t.h.call(admin, 'routine.staffStatus', {});
    const by = Object.fromEntries(rows.map((x) => [x.name, x]));
    expect(by['甲']).toMatchObject({ status: 'on_duty', leave: null });
    expect(by['乙']).toMatchObject({ status: 'leave', leave: { fromDate: '2026-03-09', toDate: '2026-03-11', coverStaffName: '甲' } });
    expect(by['丙']).toMatchObject({ status: 'left' });
    expect(by['丁']).toMatchObject({ status: 'on_duty' });
    // Back at work the day after the leave; a grid worker sees only its grid's workers.
    r.t.advance(at('2026-03-12', '09:00'));
    expect(r.t.h.call(r.tokenOf('jia'), 'routine.staffStatus', {}).map((x) => [x.name, x.status])).toEqual([
      ['甲', 'on_duty'],
      ['乙', 'on_duty'],
    ]);
  });
});
