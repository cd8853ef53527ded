// The county database itself (county-fixture.ts): how long it takes to build or migrate, how
// big it is, and the plain indexed count every county bench divides by.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { report, row } from './bench-report';
import { openCountyCore } from './county-core';
import { COUNTY, countyDatabase } from './county-fixture';

describe('county database', () => {
  it('is built once and holds a county', () => {
    const built = countyDatabase();
    const county = openCountyCore();
    try {
      const n = (sql: string) => (county.core.services.db.prepare(sql).get() as { n: number }).n;
      const sizes = {
        grids: n("SELECT count(*) AS n FROM org_unit WHERE kind = 'grid'"),
        people: n('SELECT count(*) AS n FROM person'),
        houses: n('SELECT count(*) AS n FROM house'),
        households: n('SELECT count(*) AS n FROM household'),
        cases: n('SELECT count(*) AS n FROM case_record'),
        openCases: n('SELECT count(*) AS n FROM case_record WHERE done = 0'),
        timeline: n('SELECT count(*) AS n FROM case_event'),
      };
      console.log(`county database (${(statSync(built.file).size / 2 ** 20).toFixed(0)} MiB, ${built.how}${built.built ? ` in ${(built.ms / 1000).toFixed(1)} s` : ''}):`, sizes);
      expect(sizes.grids).toBe(COUNTY.villages * COUNTY.gridsPerVillage);
      expect(sizes.people).toBeGreaterThan(900_000);
      expect(sizes.cases).toBe(COUNTY.cases);
      expect(sizes.timeline).toBeGreaterThan(2_500_000);
      const base = county.baseline();
      report([row('county.baseline.month_count', base, base), ...(built.built ? [row(`county.${built.how}`, built.ms, base)] : [])]);
    } finally {
      county.close();
    }
  });
});
