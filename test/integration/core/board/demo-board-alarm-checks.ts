// The demo town's wall map and alarm: every grid drawn with a boundary, per-grid counts adding up
// to the board's open and overdue figures, and every 突发 case acknowledged by the duty desk (the
// demo's wall starts calm). Run by test/integration/core/demo/demo-data.test.ts on its one build.
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../../support/core-harness';

export function demoBoardAlarmChecks(demo: () => { h: Harness }): void {
  describe('demo wall map and alarm', () => {
    it('draws every grid, counts cases per grid as the board does, and has no unacknowledged emergency', () => {
      const { h } = demo();
      const display = h.tokenFor('display');
      const shapes = h.call(display, 'board.mapShapes', {});
      const grids = shapes.units.filter((u) => u.kind === 'grid');
      expect(grids.length).toBeGreaterThan(20);
      expect(grids.every((g) => g.boundary)).toBe(true);
      const map = h.call(display, 'board.map', {});
      const cases = h.call(display, 'board.cases', {});
      expect(map.grids.reduce((s, g) => s + g.open, 0)).toBe(cases.open);
      expect(map.grids.reduce((s, g) => s + g.overdue, 0)).toBe(cases.overdue);
      expect(map).toMatchObject({ emergencyGridIds: [], alertedGridIds: [] });
      expect(h.call(display, 'board.emergencies', {})).toMatchObject({ total: 0, items: [] });
      const acked = h.core.services.db
        .prepare("SELECT count(*) AS n, sum(e.actor_name IS NOT NULL) AS named FROM case_record c JOIN case_event e ON e.case_id = c.id AND e.action = 'emergency_ack' WHERE c.handling_type = 'emergency'")
        .get() as { n: number; named: number };
      const emergencies = (h.core.services.db.prepare("SELECT count(*) AS n FROM case_record WHERE handling_type = 'emergency'").get() as { n: number }).n;
      expect(emergencies).toBeGreaterThan(0);
      expect(acked).toEqual({ n: emergencies, named: emergencies });
    });
  });
}
