// The demo town's ledgers (issue item 8): about 40,000 residents with valid IDs in households
// and houses, rentals with landlords and tenants, premises with safety grades, facilities in
// their grids, special populations with visits, disputes — consistent with the grid figures. Run by
// test/integration/core/demo/demo-data.test.ts on the demo town it builds once.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCitizenId } from '../../../../shared/registry/citizen-id';
import { pointInRing, type Pt } from '../../../../shared/registry/geometry';
import { SMALL_PREMISES_KINDS } from '../../../../shared/registry/registry-types';
import type { Harness } from '../../../support/core-harness';

export function demoRegistryChecks(demo: () => { h: Harness; setupMs: number }): void {
  let h: Harness;
  const all = <T>(sql: string, ...params: unknown[]) => h.core.services.db.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => h.core.services.db.prepare(sql).get(...params) as T;

  describe('demo town ledgers', () => {
    beforeAll(() => {
      h = demo().h;
    });
    it('holds about 40,000 residents with valid, unique citizen IDs (passports for foreigners)', () => {
      console.log(`demo setup (town, ledgers, cases) took ${(demo().setupMs / 1000).toFixed(1)} s`);
      const people = all<{ citizen_id: string; residence_type: string; birth_date: string | null; gender: string | null }>('SELECT citizen_id, residence_type, birth_date, gender FROM person');
      expect(people.length).toBeGreaterThan(38_000);
      expect(people.length).toBeLessThan(42_000);
      expect(new Set(people.map((p) => p.citizen_id)).size).toBe(people.length);
      for (const p of people) {
        if (p.residence_type === 'foreign') expect(p.citizen_id).toMatch(/^[A-Z]\d{8}$/);
        else expect(validateCitizenId(p.citizen_id)).toMatchObject({ ok: true, birthDate: p.birth_date, gender: p.gender });
        expect(p.birth_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const types = Object.fromEntries(all<{ residence_type: string; n: number }>('SELECT residence_type, count(*) AS n FROM person GROUP BY residence_type').map((r) => [r.residence_type, r.n]));
      expect(types.registered).toBeGreaterThan(types.floating!);
      expect(types.floating).toBeGreaterThan(3_000);
      expect(types.separated).toBeGreaterThan(500);
      expect(types.foreign).toBeGreaterThan(0);
    });

    it('keeps each grid\'s household count and takes its population from the ledger', () => {
      const grids = all<{ id: string; households: number; population_registered: number; population_floating: number }>(
        "SELECT id, households, population_registered, population_floating FROM org_unit WHERE kind = 'grid'",
      );
      for (const g of grids) {
        expect(one<{ n: number }>('SELECT count(*) AS n FROM household WHERE grid_id = ?', g.id).n).toBe(g.households);
        const reg = one<{ n: number }>("SELECT count(*) AS n FROM person WHERE grid_id = ? AND residence_type IN ('registered', 'separated')", g.id).n;
        const flo = one<{ n: number }>("SELECT count(*) AS n FROM person WHERE grid_id = ? AND residence_type IN ('floating', 'foreign')", g.id).n;
        expect([g.population_registered, g.population_floating]).toEqual([reg, flo]);
      }
      const town = one<{ population_registered: number; population_floating: number }>("SELECT population_registered, population_floating FROM org_unit WHERE kind = 'town'");
      expect(town.population_registered + town.population_floating).toBe(one<{ n: number }>('SELECT count(*) AS n FROM person').n);
      // The size warnings of the demo town are still there.
      expect(h.call(h.adminToken, 'org.grids', {}).filter((g) => g.sizeWarning).length).toBeGreaterThanOrEqual(3);
    });

    it('links people to households with a head, and households to houses; rentals have landlords and tenants', () => {
      expect(one<{ n: number }>('SELECT count(*) AS n FROM person WHERE household_id IS NULL OR house_id IS NULL').n).toBe(0);
      expect(one<{ n: number }>('SELECT count(*) AS n FROM household WHERE head_person_id IS NULL OR house_id IS NULL').n).toBe(0);
      expect(one<{ n: number }>("SELECT count(*) AS n FROM household hh JOIN person p ON p.id = hh.head_person_id WHERE p.relation_to_head <> '户主'").n).toBe(0);
      const rentals = h.call(h.adminToken, 'registry.houses', { isRental: true, usages: ['residential'], limit: 50 });
      expect(rentals.total).toBeGreaterThan(2_000);
      for (const r of rentals.rows) {
        expect(r.landlordName).toBeTruthy();
        expect(r.residentCount).toBeGreaterThan(0);
        expect(r.occupants).toBe(r.residentCount);
      }
      expect(one<{ n: number }>('SELECT count(*) AS n FROM house WHERE is_rental = 1 AND landlord_person_id IS NOT NULL').n).toBeGreaterThan(1_000);
      expect(one<{ n: number }>('SELECT count(*) AS n FROM building').n).toBeGreaterThan(300);
    });

    it('has premises incl. the nine small kinds with safety grades, and facilities inside their grid', () => {
      const small = all<{ kind: string; n: number }>(`SELECT kind, count(*) AS n FROM organisation WHERE kind IN (${SMALL_PREMISES_KINDS.map((k) => `'${k}'`).join(',')}) GROUP BY kind`);
      expect(small.length).toBe(SMALL_PREMISES_KINDS.length);
      const grades = all<{ safety_grade: string }>('SELECT DISTINCT safety_grade FROM organisation WHERE safety_grade IS NOT NULL').map((r) => r.safety_grade).sort();
      expect(grades).toEqual(['A', 'B', 'C', 'D']);
      const facilities = all<{ lon: number; lat: number; boundary: string }>('SELECT f.lon, f.lat, g.boundary FROM facility f JOIN org_unit g ON g.id = f.grid_id');
      expect(facilities.length).toBeGreaterThan(2_000);
      for (const f of facilities.slice(0, 500)) {
        const ring = (JSON.parse(f.boundary) as { coordinates: Pt[][] }).coordinates[0]!;
        expect(pointInRing([f.lon, f.lat], ring)).toBe(true);
      }
    });

    it('exports its grid boundaries as GeoJSON that passes the boundary checks and yields the same neighbours', () => {
      const file = h.call(h.adminToken, 'registry.exportBoundaries', {});
      const geojson = Buffer.from(file.base64, 'base64').toString('utf8');
      const report = h.call(h.adminToken, 'registry.importBoundaries', { geojson, dryRun: true });
      expect(report.matched.length).toBe(file.rows);
      expect(report.errors).toEqual([]);
      expect(report.overlaps).toEqual([]);
      expect(report.gaps).toEqual([]);
      const stored = Object.fromEntries(h.call(h.adminToken, 'registry.neighbors', {}).map((n) => [n.gridId, n.neighborIds]));
      for (const n of report.neighbours) expect(n.neighborIds).toEqual(stored[n.gridId]);
    });

    it('fills every ledger category and the special populations with their visits', () => {
      const overview = h.call(h.adminToken, 'registry.overview', {});
      for (const c of overview.categories) expect(c.entries.some((e) => e.count > 0)).toBe(true);
      expect(overview.stats.special).toBeGreaterThan(80);
      expect(overview.stats.disputesOpen).toBeGreaterThan(10);
      const specials = h.call(h.adminToken, 'registry.specials', { limit: 20 });
      expect(specials.rows.every((s) => s.visitCount > 0 && s.helperName)).toBe(true);
      const deterministic = one<{ n: number }>('SELECT count(*) AS n FROM person WHERE care_tags IS NOT NULL').n;
      expect(deterministic).toBeGreaterThan(1_000);
    });

    it('counts a broad search over the town only so far, and every other search exactly', () => {
      // One character over the town (more people than a short search reads one by one): a surname,
      // by the names' start, and one letter of the initials.
      const surname = one<{ s: string }>("SELECT substr(name, 1, 1) AS s FROM person WHERE archived = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").s;
      const people = h.call(h.adminToken, 'registry.people', { search: surname, limit: 50 });
      expect(people).toMatchObject({ total: 1000, more: true });
      expect(people.rows).toHaveLength(50);
      for (const p of people.rows) expect(p.name.startsWith(surname)).toBe(true);
      const initial = one<{ s: string }>("SELECT substr(name_py, 1, 1) AS s FROM person WHERE archived = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").s;
      expect(h.call(h.adminToken, 'registry.people', { search: initial, limit: 50 })).toMatchObject({ total: 1000, more: true });
      // Two characters of a name are counted exactly.
      const twoChars = one<{ s: string; n: number }>("SELECT substr(name, 1, 2) AS s, count(*) AS n FROM person WHERE archived = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
      const exact = h.call(h.adminToken, 'registry.people', { search: twoChars.s, limit: 50 });
      expect(exact.more).toBeUndefined();
      expect(exact.total).toBe(twoChars.n);
      // In one grid the same character is counted exactly (its rows are few); so is a longer search over the town.
      const grid = one<{ grid_id: string }>('SELECT grid_id FROM house WHERE archived = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').grid_id;
      const inGrid = h.call(h.adminToken, 'registry.houses', { unitId: grid, search: '号', limit: 50 });
      expect(inGrid.more).toBeUndefined();
      expect(inGrid.total).toBe(one<{ n: number }>(
          "SELECT count(*) AS n FROM house h LEFT JOIN building b ON b.id = h.building_id WHERE h.grid_id = ? AND h.archived = 0 AND (h.address LIKE '%号%' OR h.landlord_name LIKE '%号%' OR b.name LIKE '%号%')",
          grid,
        ).n);
      const address = one<{ a: string }>("SELECT substr(address, 1, 3) AS a FROM house WHERE archived = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").a;
      const town = h.call(h.adminToken, 'registry.houses', { search: address, limit: 50 });
      expect(town.more).toBeUndefined();
      expect(town.total).toBeGreaterThan(1000);
    });
  });
}
