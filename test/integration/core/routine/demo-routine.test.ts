// The demo's 日清周结 generator on a small town: a year of logs, only on working days before
// today and never on a leave day, today left to fill, the away worker on leave now with its A/B
// partner covering, leave spread over the year without overlaps, slack months, and the
// completeness table shows both done days and gaps.
import { describe, expect, it } from 'vitest';
import { seedDemoRoutine } from '../../../../electron/core/demo/demo-routine';
import { holidayCalendar } from '../../../../electron/core/calendar/calendar-store';
import { at, routineTown } from './routine-fixture';

/** The last day of a YYYY-MM month. */
const plusMonthEnd = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

describe('demo routine', () => {
  it('writes realistic logs and leave that the rules accept', () => {
    const r = routineTown(at('2026-03-02', '08:00'));
    const { core } = r.t.h;
    core.services.writer.transaction(null, (tx) => tx.update('staff', r.staff.yi, { on_duty: 0 }));
    const summary = core.services.writer.transaction(null, (tx) => seedDemoRoutine(tx, { seed: 7, now: r.t.clock.now }));
    const db = core.services.db;
    const cal = holidayCalendar(db);
    const logs = db.prepare('SELECT staff_id, work_date FROM work_log').all() as { staff_id: string; work_date: string }[];
    expect(logs.length).toBe(summary.logs);
    for (const l of logs) {
      expect(cal.isWorkingDay(l.work_date), l.work_date).toBe(true);
      expect(l.work_date < '2026-03-02' && l.work_date >= '2025-03-02').toBe(true);
    }
    // A year: every month from March 2025 to February 2026 has logs, most working days logged.
    expect(new Set(logs.map((l) => l.work_date.slice(0, 7))).size).toBe(12);
    expect(logs.length).toBeGreaterThan(4 * 200);
    // Leave over the year never overlaps for one worker, and no log falls on a leave day.
    const allLeave = db.prepare('SELECT staff_id, from_date, to_date FROM staff_leave ORDER BY staff_id, from_date').all() as { staff_id: string; from_date: string; to_date: string }[];
    expect(allLeave.length).toBe(summary.leaves);
    expect(allLeave.filter((l) => l.to_date < '2026-01-01').length).toBeGreaterThan(0);
    for (let i = 1; i < allLeave.length; i++) {
      if (allLeave[i]!.staff_id === allLeave[i - 1]!.staff_id) expect(allLeave[i]!.from_date > allLeave[i - 1]!.to_date).toBe(true);
    }
    for (const l of logs) expect(allLeave.some((v) => v.staff_id === l.staff_id && v.from_date <= l.work_date && l.work_date <= v.to_date), `${l.staff_id} ${l.work_date}`).toBe(false);
    // Slack months: some worker's month is well below its usual rate (the assessment has something to show).
    const monthly = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].flatMap((m) =>
      r.table(`${m}-01`, plusMonthEnd(m)).rows.map((row) => row.totals.rate),
    );
    expect(Math.min(...monthly)).toBeLessThan(0.85);
    expect(monthly.filter((x) => x >= 0.9).length).toBeGreaterThan(monthly.length / 2);
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

  it('writes a year of visits the visit rules accept, with households overdue and done', () => {
    const r = routineTown(at('2026-03-02', '08:00'));
    const { core } = r.t.h;
    core.services.writer.transaction(null, (tx) => {
      for (let i = 0; i < 40; i++) {
        const grid = [r.t.grids[0]!, r.t.grids[2]!, r.t.communityGrid][i % 3]!;
        tx.insert('household', { id: `H${i}`, grid_id: grid, household_no: `H${String(i).padStart(3, '0')}`, head_person_id: `P${i}` });
        const tags = i % 5 === 0 ? '["low_income"]' : i % 5 === 1 ? '["empty_nest"]' : null;
        tx.insert('person', { id: `P${i}`, citizen_id: `T${i}`, name: `户主${i}`, dob_override: i % 5 === 2 ? '1950-01-01' : '1985-01-01', residence_type: 'registered', household_id: `H${i}`, care_tags: tags, grid_id: grid });
      }
    });
    const summary = core.services.writer.transaction(null, (tx) => seedDemoRoutine(tx, { seed: 7, now: r.t.clock.now, days: 61 }));
    const db = core.services.db;
    const cal = holidayCalendar(db);
    const visits = db.prepare('SELECT household_id, visit_date, staff_id, class_kind FROM household_visit').all() as { household_id: string; visit_date: string; staff_id: string; class_kind: string }[];
    expect(visits.length).toBe(summary.visits);
    expect(visits.length).toBeGreaterThan(150);
    const leaves = db.prepare('SELECT staff_id, from_date, to_date FROM staff_leave').all() as { staff_id: string; from_date: string; to_date: string }[];
    const days = new Set<string>();
    for (const v of visits) {
      expect(cal.isWorkingDay(v.visit_date), v.visit_date).toBe(true);
      expect(v.visit_date < '2026-03-02' && v.visit_date >= '2025-03-02').toBe(true);
      expect(leaves.some((l) => l.staff_id === v.staff_id && l.from_date <= v.visit_date && v.visit_date <= l.to_date)).toBe(false);
      expect(days.has(`${v.household_id}|${v.visit_date}`)).toBe(false);
      days.add(`${v.household_id}|${v.visit_date}`);
    }
    expect(new Set(visits.filter((v) => v.household_id === 'H0').map((v) => v.class_kind))).toEqual(new Set(['vulnerable']));
    const plan = r.t.h.call(r.t.h.adminToken, 'routine.visitPlan', { villageId: r.t.villageId }).households;
    const statuses = new Set(plan.map((h) => h.status));
    expect(statuses).toContain('overdue');
    expect(statuses).toContain('done');
  });
});
