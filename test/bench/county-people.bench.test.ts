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
      // Houses and households: every kind of search their ledgers' search boxes take, at every scope.
      const h = db
        .prepare(
          `SELECT h.address, h.room, h.landlord_name, h.landlord_phone, b.name AS building FROM house h LEFT JOIN building b ON b.id = h.building_id
           WHERE h.grid_id = 'G05005' AND h.archived = 0 AND h.is_rental = 1 AND h.landlord_name IS NOT NULL ORDER BY h.id LIMIT 1`,
        )
        .get() as { address: string; room: string | null; landlord_name: string; landlord_phone: string | null; building: string | null };
      const hh = db
        .prepare(
          `SELECT hh.household_no, coalesce(hh.address, hp.address) AS address, hp.name AS head FROM household hh JOIN person hp ON hp.id = hh.head_person_id
           WHERE hh.grid_id = 'G05005' AND hh.archived = 0 ORDER BY hh.id LIMIT 1`,
        )
        .get() as { household_no: string; address: string; head: string };
      expect(h && hh).toBeTruthy();
      const houseSearches: [string, string][] = [
        ['address_fragment', h.address.slice(-6)],
        ['landlord_name', h.landlord_name],
        ['two_chars', h.address.slice(-2)],
        // One character: of nearly every address (号/室), a landlord's surname, a digit.
        ['one_char', h.address.slice(-1)],
        ['surname', h.landlord_name.slice(0, 1)],
        ['one_digit', '1'],
        ...(h.landlord_phone ? [['landlord_phone', h.landlord_phone] as [string, string]] : []),
        ...(h.building ? [['building', h.building] as [string, string]] : []),
      ];
      const householdSearches: [string, string][] = [
        ['household_no', hh.household_no],
        ['address_fragment', hh.address.slice(-6)],
        ['head_name', hh.head],
        ['two_chars', hh.head.slice(0, 2)],
        ['one_char', hh.address.slice(-1)],
        ['surname', hh.head.slice(0, 1)],
        ['two_digits', hh.household_no.slice(-2)],
      ];
      for (const [scope, role, unit] of scopes.filter(([s]) => s !== 'community')) {
        // A masked account's number searches are exact lookups, 20 per 10 minutes (its people searches used them up).
        const allowed = ([, search]: [string, string]) => role !== 'grid_worker' || !/^[0-9xX*-]{3,}$/.test(search);
        for (const [kind, search] of houseSearches.filter(allowed)) t(`county.houses.search.${kind}.${scope}`, role, 'registry.houses', { ...PAGE, ...unit, search });
        for (const [kind, search] of householdSearches.filter(allowed)) t(`county.households.search.${kind}.${scope}`, role, 'registry.households', { ...PAGE, ...unit, search });
        // The 出租房屋 filter with a search.
        t(`county.houses.rentals.one_char.${scope}`, role, 'registry.houses', { ...PAGE, ...unit, isRental: true, search: h.address.slice(-1) });
      }
      t('county.person.record', 'director', 'registry.person', { id: p.id });
      report(rows);
    } finally {
      county.close();
    }
  }, 1_800_000);
});
