// The stored per-grid counts (ledger_grid_count, migration 0021) equal the counts of the records
// for every filter they answer, at every scope and on any day: after inserts, edits, grid moves,
// archiving, deletes (the change writer's remove, as sync and merges do) and an import, all
// through the real handlers; the overview and the map read them; the stored-count reads are
// pinned to the table's key and the birth-date index.
import { describe, expect, it } from 'vitest';
import { LEDGER_ENTRIES } from '../../../../shared/registry/ledger-categories';
import type { LedgerFilters } from '../../../../shared/registry/ledger-filters';
import {
  CARE_TAGS,
  DISPUTE_STATUSES,
  FACILITY_CONDITIONS,
  FACILITY_KINDS,
  HOUSE_USAGES,
  ORG_KINDS,
  POLITICAL_STATUSES,
  RESIDENCE_TYPES,
  SAFETY_GRADES,
  SPECIAL_KINDS,
  SPECIAL_STATUSES,
  type LedgerKind,
} from '../../../../shared/registry/registry-types';
import { advanceAgeCuts } from '../../../../electron/core/db/age-cuts';
import { countMany, countRecords } from '../../../../electron/core/registry/queries/ledgers';
import { storedCountSql, storedTerm } from '../../../../electron/core/registry/queries/stored-counts';
import { chinaToday } from '../../../../electron/core/registry/unit-scope';
import type { Harness } from '../../../support/core-harness';
import { fullScans, readingAny, recordingDb } from '../../../support/query-plans';
import type { CallContext } from '../../../../electron/core/rpc/handler-types';
import { ledgerHandlers } from '../../../../electron/core/registry/ledger-handlers';
import { mapHandlers } from '../../../../electron/core/registry/map-handlers';
import { populationOf } from '../../../../electron/core/registry/population-figures';
import { MAP_MEASURES } from '../../../../shared/registry/map-types';
import { cid, PERSON_HEADERS, setupTown, xlsxBase64, type Town } from './registry-fixture';

type Probe = { [K in LedgerKind]: { kind: K; filter: LedgerFilters[K] } }[LedgerKind];

const AGES = [6, 15, 16, 18, 50, 60];
const LEDGER_TABLES = ['person', 'household', 'house', 'building', 'organisation', 'facility', 'special_person', 'dispute'];

/** Every filter the stored counts answer: the overview's entries and each stored figure alone. */
const PROBES: Probe[] = [
  ...LEDGER_ENTRIES.map((e) => ({ kind: e.kind, filter: e.filter }) as Probe),
  { kind: 'person', filter: {} },
  ...RESIDENCE_TYPES.map((residenceType): Probe => ({ kind: 'person', filter: { residenceType } })),
  ...CARE_TAGS.map((careTag): Probe => ({ kind: 'person', filter: { careTag } })),
  ...POLITICAL_STATUSES.map((s): Probe => ({ kind: 'person', filter: { politicalStatuses: [s] } })),
  { kind: 'person', filter: { gender: 'F' } },
  ...AGES.flatMap((a): Probe[] => [
    { kind: 'person', filter: { ageMin: a } },
    { kind: 'person', filter: { ageMax: a - 1 } },
    { kind: 'person', filter: { gender: 'F', ageMin: a } },
    { kind: 'person', filter: { gender: 'F', ageMax: a - 1 } },
  ]),
  { kind: 'person', filter: { ageMin: 18, ageMax: 59, gender: 'F' } },
  { kind: 'household', filter: {} },
  { kind: 'house', filter: {} },
  { kind: 'house', filter: { isRental: true } },
  ...HOUSE_USAGES.map((u): Probe => ({ kind: 'house', filter: { usages: [u] } })),
  { kind: 'building', filter: {} },
  { kind: 'organisation', filter: {} },
  ...ORG_KINDS.map((k): Probe => ({ kind: 'organisation', filter: { kinds: [k] } })),
  ...SAFETY_GRADES.map((g): Probe => ({ kind: 'organisation', filter: { safetyGrades: [g] } })),
  { kind: 'organisation', filter: { keySupervision: true } },
  { kind: 'facility', filter: {} },
  ...FACILITY_KINDS.map((k): Probe => ({ kind: 'facility', filter: { kinds: [k] } })),
  ...FACILITY_CONDITIONS.map((c): Probe => ({ kind: 'facility', filter: { conditions: [c] } })),
  { kind: 'special', filter: {} },
  ...SPECIAL_STATUSES.map((status): Probe => ({ kind: 'special', filter: { status } })),
  ...SPECIAL_KINDS.flatMap((k): Probe[] => [
    { kind: 'special', filter: { kinds: [k] } },
    { kind: 'special', filter: { kinds: [k], status: 'active' } },
  ]),
  { kind: 'dispute', filter: {} },
  ...DISPUTE_STATUSES.map((status): Probe => ({ kind: 'dispute', filter: { status } })),
];

const DAY = 86_400_000;

/**
 * Every probe at several scopes (`full`: more scopes, and days a year and more away on both sides
 * of the stored cuts, and a leap day): the stored answer equals the records' count.
 */
function expectStoredEqualsRecords(t: Town, nowMs: number, full = false): void {
  const db = t.h.core.services.db;
  const scopes: (string[] | null)[] = full ? [null, [t.grid1.id], [t.grid3.id], [t.grid1.id, t.grid2.id], []] : [null, [t.grid2.id]];
  const days = (full ? [nowMs, nowMs + 400 * DAY, nowMs - 3 * 365 * DAY, Date.UTC(2028, 1, 29, 4)] : [nowMs, nowMs - 800 * DAY]).map(chinaToday);
  for (const probe of PROBES) expect(storedTerm(probe.kind, probe.filter as never), JSON.stringify(probe)).not.toBeNull();
  let nonZero = 0;
  const aged = (p: Probe) => p.kind === 'person' && (p.filter.ageMin !== undefined || p.filter.ageMax !== undefined);
  for (const scope of scopes) {
    for (const today of days) {
      const env = { scope, today, searchSensitive: true, mask: false };
      const probes = PROBES.filter((p) => today === days[0] || aged(p));
      for (const kind of new Set(probes.map((p) => p.kind))) {
        const mine = probes.filter((p) => p.kind === kind);
        const filters = mine.map((p) => p.filter as never);
        const stored = countMany(db, kind, filters, env);
        const records = countRecords(db, kind, filters, env);
        mine.forEach((probe, i) => {
          expect(stored[i], `${JSON.stringify(probe)} scope ${JSON.stringify(scope)} on ${today}`).toBe(records[i]);
          if (records[i]) nonZero++;
        });
      }
    }
  }
  expect(nonZero).toBeGreaterThan(100);
}

/** The map's ledger measures equal the records' counts per grid. */
function expectMapEqualsRecords(h: Harness): void {
  const db = h.core.services.db;
  const direct: Record<string, string> = {
    population: 'SELECT count(*) AS n FROM person WHERE archived = 0 AND grid_id = ?',
    floating: "SELECT count(*) AS n FROM person WHERE archived = 0 AND residence_type = 'floating' AND grid_id = ?",
    households: 'SELECT count(*) AS n FROM household WHERE archived = 0 AND grid_id = ?',
    rentals: 'SELECT count(*) AS n FROM house WHERE archived = 0 AND is_rental = 1 AND grid_id = ?',
    organisations: 'SELECT count(*) AS n FROM organisation WHERE archived = 0 AND grid_id = ?',
    special: "SELECT count(*) AS n FROM special_person WHERE archived = 0 AND status = 'active' AND grid_id = ?",
  };
  for (const [measure, sql] of Object.entries(direct)) {
    const res = h.call(h.adminToken, 'registry.mapMeasures', { measure: measure as never });
    for (const v of res.values) expect(v.value, `${measure} ${v.gridId}`).toBe((db.prepare(sql).get(v.gridId) as { n: number }).n);
  }
}

function personInput(t: Town, i: number, over: Record<string, unknown> = {}) {
  const grids = [t.grid1.id, t.grid2.id, t.grid3.id];
  const births = ['1950-03-01', '1966-12-02', '1976-01-10', '2008-06-30', '2011-12-01', '2015-02-28', '2020-12-03', '1990-07-07', '2010-12-02', '1961-01-01'];
  const foreign = RESIDENCE_TYPES[i % RESIDENCE_TYPES.length] === 'foreign';
  return {
    citizenId: foreign ? `E${String(100000 + i)}` : cid(i, births[i % births.length]),
    name: `居民${i}`,
    residenceType: RESIDENCE_TYPES[i % RESIDENCE_TYPES.length]!,
    gridId: grids[i % 3]!,
    politicalStatus: i % 4 === 0 ? null : POLITICAL_STATUSES[i % POLITICAL_STATUSES.length]!,
    careTags: i % 3 === 0 ? [] : [CARE_TAGS[i % CARE_TAGS.length]!, CARE_TAGS[(i * 7) % CARE_TAGS.length]!],
    ...(foreign ? { birthDate: i % 8 === 4 ? null : births[i % births.length], gender: i % 8 === 4 ? null : i % 3 ? 'F' : 'M' } : {}),
    ...over,
  } as never;
}

describe('stored per-grid ledger counts', () => {
  it('equal the records after inserts, edits, grid moves, archiving, deletes and an import, at every scope and on any day', async () => {
    const clock = Date.UTC(2026, 10, 20, 2, 0);
    const t = setupTown({ now: () => clock, onDisk: true });
    const { h } = t;
    const a = h.adminToken;
    const grids = [t.grid1.id, t.grid2.id, t.grid3.id];
    const people = Array.from({ length: 40 }, (_, i) => h.call(a, 'registry.createPerson', personInput(t, i + 1)).id);
    const houses = Array.from({ length: 12 }, (_, i) =>
      h.call(a, 'registry.createHouse', { gridId: grids[i % 3]!, address: `青石路${i}号`, usage: HOUSE_USAGES[i % HOUSE_USAGES.length], isRental: i % 2 === 0 }).id,
    );
    const households = Array.from({ length: 6 }, (_, i) => h.call(a, 'registry.createHousehold', { gridId: grids[i % 3]!, householdNo: `H${i}` }).id);
    const buildings = Array.from({ length: 4 }, (_, i) => h.call(a, 'registry.createBuilding', { gridId: grids[i % 3]!, name: `${i}号楼` }).id);
    const orgs = ORG_KINDS.map(
      (kind, i) =>
        h.call(a, 'registry.createOrganisation', { gridId: grids[i % 3]!, name: `单位${i}`, kind, safetyGrade: i % 5 === 4 ? null : SAFETY_GRADES[i % 4], keySupervision: i % 3 === 0 }).id,
    );
    const facilities = FACILITY_KINDS.map(
      (kind, i) => h.call(a, 'registry.createFacility', { gridId: grids[i % 3]!, kind, code: `F${i}`, condition: FACILITY_CONDITIONS[i % FACILITY_CONDITIONS.length] }).id,
    );
    const specials = Array.from({ length: 12 }, (_, i) =>
      h.call(a, 'registry.createSpecial', {
        personId: people[i]!,
        kind: SPECIAL_KINDS[i % SPECIAL_KINDS.length]!,
        supervisionLevel: 'normal',
        status: i % 4 === 3 ? 'ended' : 'active',
      }).id,
    );
    const disputes = Array.from({ length: 6 }, (_, i) =>
      h.call(a, 'registry.createDispute', { gridId: grids[i % 3]!, foundDate: '2026-10-01', parties: `甲${i}与乙${i}`, kind: 'neighbour', summary: '邻里纠纷', status: DISPUTE_STATUSES[i % 3] }).id,
    );
    expectStoredEqualsRecords(t, clock);

    // Edits: every watched column, and grid moves of each ledger.
    h.call(a, 'registry.updatePerson', { id: people[0]!, residenceType: 'floating', careTags: ['disabled', 'unemployed'], politicalStatus: 'league' });
    h.call(a, 'registry.updatePerson', { id: people[1]!, citizenId: cid(901, '1940-01-01') });
    h.call(a, 'registry.updatePerson', { id: people[2]!, gridId: t.grid2.id === personGrid(h, people[2]!) ? t.grid3.id : t.grid2.id });
    h.call(a, 'registry.updatePerson', { id: people[3]!, careTags: [] });
    h.call(a, 'registry.updateHouse', { id: houses[0]!, isRental: false, usage: 'shop', gridId: t.grid3.id });
    h.call(a, 'registry.updateHousehold', { id: households[0]!, gridId: t.grid2.id });
    h.call(a, 'registry.updateBuilding', { id: buildings[0]!, gridId: t.grid3.id });
    h.call(a, 'registry.updateOrganisation', { id: orgs[0]!, kind: 'party', safetyGrade: 'D', keySupervision: false, gridId: t.grid2.id });
    h.call(a, 'registry.updateFacility', { id: facilities[0]!, kind: 'fitness', condition: 'missing', gridId: t.grid3.id });
    h.call(a, 'registry.updateSpecial', { id: specials[0]!, kind: 'drug', status: 'ended' });
    h.call(a, 'registry.updateSpecial', { id: specials[3]!, status: 'active' });
    h.call(a, 'registry.updateDispute', { id: disputes[0]!, status: 'resolved', gridId: t.grid3.id });
    expectStoredEqualsRecords(t, clock);

    // Archiving and restoring.
    const kinds = [
      ['person', people[4]!],
      ['person', people[5]!],
      ['house', houses[1]!],
      ['household', households[1]!],
      ['building', buildings[1]!],
      ['organisation', orgs[1]!],
      ['facility', facilities[1]!],
      ['special', specials[1]!],
      ['dispute', disputes[1]!],
    ] as const;
    for (const [kind, id] of kinds) h.call(a, 'registry.archive', { kind, id, archived: true } as never);
    h.call(a, 'registry.archive', { kind: 'person', id: people[5]!, archived: false } as never);
    expectStoredEqualsRecords(t, clock);

    // Deletes through the change writer (as a merge or a received delete does), including the
    // person of an active special-population record: that record leaves the special ledger.
    h.core.services.writer.transaction(null, (tx) => {
      tx.remove('person', people[6]!);
      tx.remove('person', people[20]!);
      tx.remove('house', houses[2]!);
      tx.remove('household', households[2]!);
      tx.remove('organisation', orgs[2]!);
      tx.remove('facility', facilities[2]!);
      tx.remove('special_person', specials[2]!);
      tx.remove('dispute', disputes[2]!);
    });
    expectStoredEqualsRecords(t, clock);

    // An import of new people.
    const rows: unknown[][] = [PERSON_HEADERS];
    for (let i = 1; i <= 8; i++) rows.push([`导入${i}`, cid(500 + i, i % 2 ? '1958-04-01' : '2012-09-09'), '', i % 2 ? '流动人口' : '户籍', t.grid1.name, '', '', '', '', i % 3 ? '低保户' : '']);
    const p = await h.job(a, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows, '人员', [1, 2]), fileName: '人员.xlsx' });
    expect(p.valid).toBe(8);
    const r = await h.runJob(a, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });
    expect(r.ok).toBe(true);
    expectStoredEqualsRecords(t, clock, true);
    expectMapEqualsRecords(h);

    // The writer moves the stored age cuts with the day (forwards and back): the counts follow.
    const raw = h.openRaw();
    const cuts = () => raw.prepare('SELECT cut FROM ledger_age_cut WHERE age = 60').pluck().get();
    expect(cuts()).toBe('1966-11-20');
    expect(advanceAgeCuts(raw, chinaToday(clock + 500 * DAY))).toBe(6);
    expect(cuts()).toBe('1968-04-03');
    expectStoredEqualsRecords(t, clock);
    expect(advanceAgeCuts(raw, '2025-02-28')).toBe(6);
    expectStoredEqualsRecords(t, clock);
    expect(advanceAgeCuts(raw, '2025-02-28')).toBe(0);
    raw.close();

    // The overview of each scope shows the records' counts.
    for (const unitId of [undefined, t.villageId, t.grid1.id]) {
      const o = h.call(a, 'registry.overview', unitId ? { unitId } : {});
      const env = { scope: unitId === undefined ? null : unitId === t.grid1.id ? [t.grid1.id] : [t.grid1.id, t.grid2.id], today: chinaToday(clock), searchSensitive: true, mask: false };
      for (const e of o.categories.flatMap((c) => c.entries)) {
        const entry = LEDGER_ENTRIES.find((x) => x.key === e.key)!;
        expect(e.count, `${e.key} of ${unitId ?? 'town'}`).toBe(countRecords(h.core.services.db, entry.kind, [entry.filter as never], env)[0]);
      }
    }
  });

  it('the overview, the map and the population figures read no ledger table in full', () => {
    const t = setupTown({ onDisk: true });
    const { h } = t;
    h.call(h.adminToken, 'registry.createPerson', personInput(t, 1));
    h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'H1' });
    h.serve('grid_worker', [t.grid1.id]);
    const seen = new Set<string>();
    const viewed = recordingDb(h.core.services.db, seen);
    for (const role of ['director', 'grid_worker'] as const) {
      const session = h.core.services.sessions.resolve(h.tokenFor(role))!;
      const ctx: CallContext = { core: { ...h.core.services, db: viewed }, session, actor: session.userId, client: 'local' };
      for (const unitId of [undefined, t.villageId, t.grid1.id]) ledgerHandlers['registry.overview']({ unitId }, ctx);
      for (const measure of MAP_MEASURES.filter((m) => role === 'director' || m !== 'special')) mapHandlers['registry.mapMeasures']({ measure }, ctx);
    }
    for (const unitId of [null, t.villageId, t.grid1.id]) populationOf(viewed, unitId);
    const raw = h.openRaw();
    // They sum the stored counts; only the age correction reads person, by its birth-date index.
    expect(readingAny(seen, ['ledger_grid_count']).length).toBeGreaterThan(5);
    const mine = readingAny(seen, LEDGER_TABLES);
    expect(mine.length).toBeGreaterThan(0);
    for (const sql of mine) expect(fullScans(raw, sql, LEDGER_TABLES), sql).toEqual([]);
    raw.close();
  });

  it('reads a scope’s grid rows by key, corrects ages through the birth-date index, and counts open cases per grid from their index', () => {
    const t = setupTown({ onDisk: true });
    const raw = t.h.openRaw();
    const plan = (sql: string, params: Record<string, unknown>) =>
      (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const terms = [storedTerm('person', { ageMin: 16, ageMax: 59 })!, storedTerm('person', { residenceType: 'floating' })!];
    const scoped = plan(storedCountSql(terms, true), { scope: '["g1"]', cut16: '2010-01-01', cut60: '1966-01-01' });
    expect(scoped).toMatch(/SEARCH ledger_grid_count USING PRIMARY KEY \(grid_id=\?\)/);
    // (Not covering: SQLite reads the row for an index on generated columns; a day's births are a few dozen.)
    expect(scoped).toMatch(/SEARCH person USING (COVERING )?INDEX person_birth_live \(birth_date>\? AND birth_date<\?\)/);
    expect(scoped).not.toMatch(/SCAN person/);
    // The map's case measures (related-cases.ts caseCountsByGrid) read the open cases' covering index alone.
    const open = (scoped: boolean) =>
      `SELECT grid_id, count(*) AS open, coalesce(sum(status IN ('dispatched', 'handling') AND deadline_at < @now), 0) AS overdue
       FROM case_record INDEXED BY case_open_figures WHERE stage < 80 AND grid_id IS NOT NULL${scoped ? ' AND grid_id IN (SELECT value FROM json_each(@scope))' : ''} GROUP BY grid_id`;
    expect(plan(open(false), { now: 1 })).toMatch(/^SCAN case_record USING COVERING INDEX case_open_figures/);
    expect(plan(open(true), { now: 1, scope: '["g1"]' })).toMatch(/^SCAN case_record USING COVERING INDEX case_open_figures/);
    const town = plan(storedCountSql(terms, false), { cut16: '2010-01-01', cut60: '1966-01-01' });
    expect(town).toMatch(/SCAN ledger_grid_count/);
    expect(town).toMatch(/SEARCH person USING (COVERING )?INDEX person_birth_live \(birth_date>\? AND birth_date<\?\)/);
    expect(town).not.toMatch(/SCAN person/);
    raw.close();
  });
});

function personGrid(h: Harness, id: string): string {
  return (h.core.services.db.prepare('SELECT grid_id FROM person WHERE id = ?').get(id) as { grid_id: string }).grid_id;
}
