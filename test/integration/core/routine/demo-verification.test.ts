// The demo's 入户核实 generator on a small town with a year of visits: every ended quarter is
// drawn at the rates by the real rule, outcomes of all three kinds with a note where one is
// needed, checked between the visit and today; the latest ended quarter is still being worked
// through and the current one is not drawn.
import { describe, expect, it } from 'vitest';
import { seedDemoVerification } from '../../../../electron/core/demo/demo-verification';
import { at } from './routine-fixture';
import { visitTown, type VisitTown } from './verification-fixture';
import type { HouseholdClass } from '../../../../shared/routine/visit-classes';

function yearOfVisits(): VisitTown {
  const v = visitTown(at('2025-11-20', '09:00'));
  const workers = [v.r.staff.jia, v.r.staff.yi, v.r.staff.bing];
  const grids = [v.r.t.grids[0]!, v.r.t.grids[0]!, v.r.t.grids[2]!];
  let i = 0;
  for (let month = 1; month <= 11; month++) {
    for (let day = 3; day <= (month === 11 ? 19 : 27); day += 2, i++) {
      v.visit(workers[i % 3]!, grids[i % 3]!, `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, (((i * 7) % 3) + 1) as HouseholdClass);
    }
  }
  return v;
}

describe('demo verification', () => {
  it('draws every ended quarter at the rates and records realistic outcomes', () => {
    const v = yearOfVisits();
    const { core } = v.r.t.h;
    const summary = core.services.writer.transaction(null, (tx) => seedDemoVerification(tx, { seed: 7, now: v.r.t.clock.now }));
    expect(summary.drawn).toBeGreaterThan(30);
    const sup = v.supervisor;
    for (const quarter of ['2025-Q1', '2025-Q2', '2025-Q3']) {
      const sample = v.r.t.h.call(sup, 'routine.verificationSample', { quarter });
      for (const c of sample.classes) expect(c.drawn, `${quarter} class ${c.householdClass}`).toBeGreaterThanOrEqual(c.required);
      for (const row of sample.rows) {
        if (row.outcome === 'inaccurate' || row.outcome === 'unverified') expect(row.note).not.toBe('');
        if (row.outcome) expect(row.verifiedOn! >= row.visitDate && row.verifiedOn! <= '2025-11-20').toBe(true);
      }
      if (quarter !== '2025-Q3') expect(sample.rows.every((row) => row.outcome !== null)).toBe(true);
    }
    expect(v.r.t.h.call(sup, 'routine.verificationSample', { quarter: '2025-Q3' }).rows.some((row) => row.outcome === null)).toBe(true);
    expect(v.r.t.h.call(sup, 'routine.verificationSample', { quarter: '2025-Q4' }).rows).toEqual([]);
    const db = core.services.db;
    const outcomes = (db.prepare('SELECT outcome, count(*) AS n FROM visit_verification GROUP BY outcome').all() as { outcome: string | null; n: number }[]).map((r) => r.outcome);
    expect(outcomes).toEqual(expect.arrayContaining([null, 'accurate', 'inaccurate', 'unverified']));

  });
});
