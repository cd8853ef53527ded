// The demo's 日清周结 generator on a small town: logs only on working days before today and
// never on a leave day, today left to fill, the away worker on leave now with its A/B partner
// covering, and the completeness table shows both done days and gaps.
import { describe, expect, it } from 'vitest';
import { seedDemoRoutine } from '../../../../electron/core/demo/demo-routine';
import { holidayCalendar } from '../../../../electron/core/calendar/calendar-store';
import { at, routineTown } from './routine-fixture';

describe('demo routine', () => {
  it('writes realistic logs and leave that the rules accept', () => {
    const r = routineTown(at('2026-03-02', '08:00'));
    const { core } = r.t.h;
    core.services.writer.transaction(null, (tx) => tx.update('staff', r.staff.yi, { on_duty: 0 }));
    const summary = core.services.writer.transaction(null, (tx) => seedDemoRoutine(tx, { seed: 7, now: r.t.clock.now, days: 61 }));
    expect(summary.logs).toBeGreaterThan(80);
    const db = core.services.db;
    const cal = holidayCalendar(db);
    const logs = db.prepare('SELECT staff_id, work_date FROM work_log').all() as { staff_id: string; work_date: string }[];
    expect(logs.length).toBe(summary.logs);
    for (const l of logs) {
      expect(cal.isWorkingDay(l.work_date), l.work_date).toBe(true);
      expect(l.work_date < '2026-03-02').toBe(true);
    }
    const leave = db.prepare('SELECT from_date, to_date, cover_staff_id FROM staff_leave WHERE staff_id = ?').all(r.staff.yi) as { from_date: string; to_date: string; cover_staff_id: string }[];
    const now = leave.find((l) => l.from_date <= '2026-03-02' && l.to_date >= '2026-03-02')!;
    expect(now.cover_staff_id).toBe(r.staff.jia);
    for (const l of logs.filter((x) => x.staff_id === r.staff.yi)) expect(l.work_date < now.from_date || l.work_date > now.to_date).toBe(true);
    const table = r.table('2026-01-01', '2026-03-01');
    const marks = table.rows.flatMap((row) => row.days.map((d) => d.mark));
    expect(marks.filter((m) => m === 'done').length).toBeGreaterThan(60);
    expect(marks).toContain('leave');
    expect(marks).toContain('missing');
  });
});
