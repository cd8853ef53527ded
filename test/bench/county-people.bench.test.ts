// People, houses and households at county scale (issue 15): ledger pages at every scope, every
// kind of search, and the person record page, called through the core's own handlers as the
// registry screens call them, each as a ratio to the county baseline and in ms.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { report, type BenchRow } from './bench-report';
import { openCountyCore } from './county-core';

const PAGE = { offset: 0, limit: 100 };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

describe('county people', () => {
  it('pages, searches and the record page', () => {
    const county = openCountyCore();
    try {
      const db = county.core.services.db;
      // A person of a rural grid with a phone, an 18-digit ID and a three-character name.
      const p = db
        .prepare(
          `SELECT id, citizen_id, phone, name, name_py, address FROM person
           WHERE grid_id = 'G05005' AND archived = 0 AND phone IS NOT NULL AND length(name) = 3 AND length(citizen_id) = 18 ORDER BY id LIMIT 1`,
        )
        .get() as { id: string; citizen_id: string; phone: string; name: string; name_py: string; address: string };
      expect(p).toBeDefined();
      const rows: BenchRow[] = [];
      const t = (name: string, role: Role, method: string, params: unknown, runs = RUNS) => {
        const r = county.timed(name, role, method, params, runs);
        rows.push(r);
        return r;
      };
      const scopes: [string, Role, Record<string, string>][] = [
        ['town', 'director', {}],
        ['village', 'director', { unitId: 'V050' }],
        ['community', 'director', { unitId: 'V005' }],
        ['grid', 'director', { unitId: 'G05005' }],
        ['worker', 'grid_worker', {}],
      ];
      for (const [scope, role, unit] of scopes) {
        t(`county.people.page.${scope}`, role, 'registry.people', { ...PAGE, ...unit });
        t(`county.houses.page.${scope}`, role, 'registry.houses', { ...PAGE, ...unit });
        t(`county.households.page.${scope}`, role, 'registry.households', { ...PAGE, ...unit });
      }
      const searches: [string, string][] = [
        ['citizen_id', p.citizen_id],
        ['phone', p.phone],
        ['name_prefix', p.name.slice(0, 2)],
        ['pinyin', p.name_py.slice(0, 2)],
        ['address_fragment', p.address.slice(-6)],
        ['name_fragment', p.name],
        ['two_char_name', p.name.slice(0, 1) + p.name.slice(2, 3)],
      ];
      for (const [scope, role, unit] of scopes.filter(([s]) => s !== 'community')) {
        for (const [kind, search] of searches) {
          t(`county.people.search.${kind}.${scope}`, role, 'registry.people', { ...PAGE, ...unit, search });
        }
      }
      t('county.person.record', 'director', 'registry.person', { id: p.id });
      report(rows);
    } finally {
      county.close();
    }
  }, 1_800_000);
});
