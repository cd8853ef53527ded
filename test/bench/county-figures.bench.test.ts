// The registry overview, the map measures and the population figures on the county database
// (issue 15: overview ≤ 50 ms and every map measure ≤ 50 ms at town and village scope), through
// the core's handlers, each as a ratio to the plain indexed count of the same run.
import { describe, expect, it } from 'vitest';
import { MAP_MEASURES } from '../../shared/registry/map-types';
import { report, row, type BenchRow } from './bench-report';
import { openCountyCore } from './county-core';
import { COUNTY } from './county-shape';

const VILLAGE = 'V040';
const GRID = 'G04007';

describe('county figures', () => {
  it('registry overview, map measures and population figures', () => {
    const county = openCountyCore();
    try {
      const base = county.baseline();
      const rows: BenchRow[] = [row('county.baseline.month_count', base, base)];
      const t = (name: string, role: Parameters<typeof county.timed>[1], method: string, params: unknown, runs = 7) => {
        const r = county.timed(name, role, method, params, runs);
        rows.push(r);
        return r;
      };
      // The overview a director opens: the town (no unit and the town itself), a village, a grid;
      // a grid worker's (two grids).
      t('county.overview.town', 'director', 'registry.overview', {});
      t('county.overview.town_unit', 'director', 'registry.overview', { unitId: COUNTY.town });
      t('county.overview.village', 'director', 'registry.overview', { unitId: VILLAGE });
      t('county.overview.grid', 'director', 'registry.overview', { unitId: GRID });
      t('county.overview.worker', 'grid_worker', 'registry.overview', {});
      // The map: every measure for the whole town (director) and for a grid worker's grids.
      for (const measure of MAP_MEASURES) t(`county.map.${measure}.town`, 'director', 'registry.mapMeasures', { measure });
      for (const measure of MAP_MEASURES.filter((m) => m !== 'special')) t(`county.map.${measure}.worker`, 'grid_worker', 'registry.mapMeasures', { measure });
      // The population figures that 组织架构, reports and meetings use.
      t('county.population.town', 'director', 'org.population', {});
      t('county.population.village', 'director', 'org.population', { unitId: VILLAGE });
      t('county.population.grid', 'director', 'org.population', { unitId: GRID });
      report(rows);

      // The answers are the county's: a million people, and the village's share of them.
      const town = county.call<{ stats: { population: number } }>('director', 'registry.overview', {});
      const village = county.call<{ stats: { population: number }; gridCount: number }>('director', 'registry.overview', { unitId: VILLAGE });
      expect(town.stats.population).toBeGreaterThan(900_000);
      expect(village.gridCount).toBe(COUNTY.gridsPerVillage);
      expect(village.stats.population).toBeGreaterThan(0);
      expect(village.stats.population).toBeLessThan(town.stats.population / 20);
    } finally {
      county.close();
    }
  });
});
