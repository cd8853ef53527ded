// "Population figures reconcile" (issue 14 §3): the households and population shown by
// 组织架构 (org.population, org.grids), the wall board (board.summary) and the start screens
// (org.population) equal the counts of the ledger records for every grid that has a ledger, the
// typed figures only where a grid has none, and add up from grids to villages to the town; the
// counts are read from the stored per-grid counts (ledger_grid_count). Run on the demo build
// (demo-data.test.ts) and on a small hand-built town (population-figures.test.ts).
import { describe, expect, it } from 'vitest';
import type { PopulationCounts, PopulationFigures } from '../../../../shared/registry/population-types';
import type { Db } from '../../../../electron/core/db/connection';
import { POPULATION_COLUMNS } from '../../../../electron/core/registry/population-figures';
import { storedByGridSql } from '../../../../electron/core/registry/queries/stored-counts';
import type { Harness } from '../../../support/core-harness';

interface Grid {
  id: string;
  parent_id: string;
  households: number;
  population_registered: number;
  population_floating: number;
}

const plus = (a: PopulationCounts, b: PopulationCounts): PopulationCounts => ({
  households: a.households + b.households,
  registered: a.registered + b.registered,
  floating: a.floating + b.floating,
});
const none: PopulationCounts = { households: 0, registered: 0, floating: 0 };

/** The figures each grid must show, counted here by plain SQL on the records (no index hints). */
export function expectedByGrid(h: Harness): Map<string, { shown: PopulationCounts; counted: PopulationCounts | null; typed: PopulationCounts | null; parent: string }> {
  const db = h.core.services.db;
  const grids = db.prepare("SELECT id, parent_id, households, population_registered, population_floating FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as Grid[];
  const count = (sql: string, id: string) => (db.prepare(sql).get(id) as { n: number }).n;
  const out = new Map<string, { shown: PopulationCounts; counted: PopulationCounts | null; typed: PopulationCounts | null; parent: string }>();
  for (const g of grids) {
    const records = count('SELECT count(*) AS n FROM person WHERE grid_id = ? AND archived = 0', g.id) + count('SELECT count(*) AS n FROM household WHERE grid_id = ? AND archived = 0', g.id);
    const counted = records
      ? {
          households: count('SELECT count(*) AS n FROM household WHERE grid_id = ? AND archived = 0', g.id),
          registered: count("SELECT count(*) AS n FROM person WHERE grid_id = ? AND archived = 0 AND residence_type IN ('registered', 'separated')", g.id),
          floating: count("SELECT count(*) AS n FROM person WHERE grid_id = ? AND archived = 0 AND residence_type IN ('floating', 'foreign')", g.id),
        }
      : null;
    const typed = g.households || g.population_registered || g.population_floating ? { households: g.households, registered: g.population_registered, floating: g.population_floating } : null;
    out.set(g.id, { shown: counted ?? typed ?? none, counted, typed, parent: g.parent_id });
  }
  return out;
}

/** Asserts every figure shown reconciles with the records; returns the town's figures. */
export function expectReconciled(h: Harness): PopulationFigures {
  const expected = expectedByGrid(h);
  const director = h.tokenFor('director');
  const town = h.call(director, 'org.population', {});
  const gridRows = new Map(h.call(h.adminToken, 'org.grids', {}).map((g) => [g.id, g]));
  let townSum = none;
  let gridsSeen = 0;
  for (const village of town.children) {
    const report = h.call(director, 'org.population', { unitId: village.unitId });
    expect(report.unit).toEqual(village);
    let villageSum = none;
    for (const grid of report.children) {
      const want = expected.get(grid.unitId)!;
      expect(want.parent).toBe(village.unitId);
      expect(grid.shown, grid.name).toEqual(want.shown);
      expect(grid.counted, grid.name).toEqual(want.counted);
      expect(grid.typed, grid.name).toEqual(want.typed);
      expect(grid.source).toBe(want.counted ? 'counted' : want.typed ? 'typed' : 'none');
      expect(grid.difference).toEqual(want.counted && want.typed ? { households: want.counted.households - want.typed.households, registered: want.counted.registered - want.typed.registered, floating: want.counted.floating - want.typed.floating } : null);
      if (want.counted) expect(grid.countedAt, `${grid.name} 台账更新时间`).not.toBeNull();
      if (want.typed) expect(grid.typedAt, `${grid.name} 填报更新时间`).not.toBeNull();
      const row = gridRows.get(grid.unitId)!;
      expect({ households: row.households, registered: row.populationRegistered, floating: row.populationFloating, source: row.populationSource }).toEqual({ ...want.shown, source: grid.source });
      villageSum = plus(villageSum, grid.shown);
      gridsSeen++;
    }
    expect(village.shown, village.name).toEqual(villageSum);
    townSum = plus(townSum, village.shown);
  }
  expect(gridsSeen).toBe(expected.size);
  expect(town.unit.shown).toEqual(townSum);
  const board = h.call(h.tokenFor('display'), 'board.summary', {});
  expect({ households: board.households, registered: board.populationRegistered, floating: board.populationFloating }).toEqual(townSum);
  expect(board.population).toEqual(town.unit);
  expect(board.byVillage.map((v) => ({ households: v.households, registered: v.populationRegistered, floating: v.populationFloating }))).toEqual(
    town.children.filter((c) => c.kind !== 'grid').map((c) => c.shown),
  );
  return town.unit;
}

/** The per-grid counts are read from the stored counts' rows by key for some grids, in one scan for the town. */
export function expectIndexServed(raw: Db): void {
  const plan = (sql: string, ...args: unknown[]) => (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
  const some = { scope: JSON.stringify(['g1', 'g2']) };
  expect(plan(storedByGridSql(POPULATION_COLUMNS, true), some)).toMatch(/SEARCH ledger_grid_count USING PRIMARY KEY \(grid_id=\?\)/);
  expect(plan(storedByGridSql(POPULATION_COLUMNS, false))).toMatch(/^SCAN ledger_grid_count$/);
}

export function populationChecks(demo: () => { h: Harness }): void {
  describe('demo population figures', () => {
    it('population figures reconcile: shown = counted from the ledgers, summed from grids to villages to the town', () => {
      const { h } = demo();
      const town = expectReconciled(h);
      expect(town.source).toBe('counted');
      expect(town.shown.registered + town.shown.floating).toBe((h.core.services.db.prepare('SELECT count(*) AS n FROM person WHERE archived = 0').get() as { n: number }).n);
    });
  });
}
