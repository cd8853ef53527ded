// The demo's 矛盾纠纷排查 and 值班表 generators on a small town: a year of half-monthly screenings
// that the rules accept (one per grid and half month, dated inside it and never in the future),
// with gaps the table shows as 缺, disputes whose status follows their mediations, and a duty
// roster covering last month to next month with today's duty officer.
import { describe, expect, it } from 'vitest';
import { seedDemoDuty } from '../../../../electron/core/demo/demo-duty';
import { seedDemoScreening } from '../../../../electron/core/demo/demo-screening';
import { halfMonthOf } from '../../../../shared/routine/half-month';
import { at, routineTown } from './routine-fixture';

describe('demo screening and duty roster', () => {
  it('writes a year of screenings with gaps and mediated disputes, and a roster around today', () => {
    const r = routineTown(at('2026-03-10', '08:00'));
    const { core } = r.t.h;
    const summary = core.services.writer.transaction(null, (tx) => seedDemoScreening(tx, { seed: 11, now: r.t.clock.now }));
    const db = core.services.db;
    const rows = db.prepare('SELECT grid_id, period, screen_date FROM dispute_screening').all() as { grid_id: string; period: string; screen_date: string }[];
    expect(rows.length).toBe(summary.screenings);
    expect(new Set(rows.map((x) => `${x.grid_id}|${x.period}`)).size).toBe(rows.length);
    for (const x of rows) {
      expect(halfMonthOf(x.screen_date)).toBe(x.period);
      expect(x.screen_date <= '2026-03-10').toBe(true);
    }
    // 4 grids × 24 finished half months: nearly all screened.
    expect(summary.screenings).toBeGreaterThan(60);
    const table = r.t.h.call(r.t.h.adminToken, 'routine.screenings', { from: '2025-03-16', to: '2026-03-10' });
    const marks = table.rows.flatMap((x) => x.cells.map((c) => c.mark));
    expect(marks.filter((m) => m === 'done').length).toBe(summary.screenings);
    expect(marks).toContain('missing');
    // Disputes follow their mediations: resolved ones by a successful one, on its date.
    const disputes = db.prepare('SELECT id, status, resolved_date FROM dispute WHERE screening_id IS NOT NULL').all() as { id: string; status: string; resolved_date: string | null }[];
    expect(disputes.length).toBe(summary.disputes);
    for (const d of disputes) {
      const last = db.prepare('SELECT outcome, mediation_date FROM dispute_mediation WHERE dispute_id = ? ORDER BY mediation_date DESC, id DESC LIMIT 1').get(d.id) as
        | { outcome: string; mediation_date: string }
        | undefined;
      const expected = last?.outcome === 'success' ? 'resolved' : last?.outcome === 'referred' ? 'referred' : 'open';
      expect(d.status).toBe(expected);
      if (expected !== 'open') expect(d.resolved_date).toBe(last!.mediation_date);
    }

    const duty = core.services.writer.transaction(null, (tx) => seedDemoDuty(tx, { seed: 11, now: r.t.clock.now }));
    expect(duty.days).toBe(28 + 31 + 30);
    const today = r.t.h.call(r.t.token('display'), 'routine.dutyToday', {});
    expect(today.leader?.title).toMatch(/^镇/);
    expect(today.officer?.title).toBe('指挥中心值班员');
    expect(r.t.h.call(r.t.h.adminToken, 'routine.dutyMonth', { month: '2026-04' }).unarranged).toBe(0);
  });
});
