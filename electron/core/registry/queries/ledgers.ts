// Every ledger's filter, count and list, by kind, so views, overviews and exports share one path.
import type { LedgerFilters } from '../../../../shared/registry/ledger-filters';
import type { LedgerRows } from '../../../../shared/registry/registry-records';
import type { LedgerKind } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { CallContext } from '../../rpc/handler-types';
import { can } from '../registry-access';
import { withinScope } from '../registry-scope';
import { chinaToday } from '../unit-scope';
import { buildingWhere, listBuildings } from './building-query';
import { disputeWhere, listDisputes } from './dispute-query';
import { facilityWhere, listFacilities } from './facility-query';
import { HOUSEHOLD_FROM, householdWhere, listHouseholds } from './household-query';
import { HOUSE_FROM, houseWhere, listHouses } from './house-query';
import { houseSearchCounts } from './house-search';
import { householdSearchCounts } from './household-search';
import { listOrganisations, organisationWhere } from './organisation-query';
import { listPeople, personWhere } from './person-query';
import { personSearchCounts } from './person-search';
import type { QueryEnv } from './query-env';
import { countFrom, rememberCount, type PageInput, type Where } from './query-kit';
import { listSpecials, specialWhere } from './special-query';
import { storedCounts, storedTerm } from './stored-counts';
import { unitGrids } from '../../org/unit-grids';
import { trigramMatch } from '../../db/trigram-terms';

interface LedgerQueries<K extends LedgerKind> {
  /** FROM clause the filter's conditions refer to. */
  from: string;
  /** The grid column of a ledger whose pages walk the grids (query-kit gridWalk). */
  grid?: string;
  where(f: LedgerFilters[K], env: QueryEnv, prefix?: string): Where;
  /** A search's matches per grid without reading its rows, where that can be known (null: count with SQL). */
  searchCounts?(db: ReadDb, f: LedgerFilters[K], env: QueryEnv): Map<string, number> | null;
  list(db: ReadDb, f: LedgerFilters[K], env: QueryEnv, page: PageInput | null): LedgerRows[K][];
}

export const LEDGERS: { [K in LedgerKind]: LedgerQueries<K> } = {
  person: { from: 'person p', grid: 'p.grid_id', where: personWhere, searchCounts: personSearchCounts, list: listPeople },
  household: { from: HOUSEHOLD_FROM, grid: 'hh.grid_id', where: householdWhere, searchCounts: householdSearchCounts, list: listHouseholds },
  house: { from: HOUSE_FROM, grid: 'h.grid_id', where: houseWhere, searchCounts: houseSearchCounts, list: listHouses },
  building: { from: 'building b', where: buildingWhere, list: listBuildings },
  organisation: { from: 'organisation o', where: organisationWhere, list: listOrganisations },
  facility: { from: 'facility f', where: facilityWhere, list: listFacilities },
  special: { from: 'special_person s JOIN person p ON p.id = s.person_id', where: specialWhere, list: listSpecials },
  dispute: { from: 'dispute d', where: disputeWhere, list: listDisputes },
};

/**
 * The rows a filter matches: from the stored per-grid counts when they hold it, otherwise only
 * the scope's rows, read through the indexes the filter allows (the grid filter outside any sum).
 */
export function countLedger<K extends LedgerKind>(db: ReadDb, kind: K, f: LedgerFilters[K], env: QueryEnv): number {
  return countLedgerUpTo(db, kind, f, env, Infinity).total;
}

/**
 * countLedger for a list: a broad search (query-kit Where.broad) is counted only up to `cap`;
 * `more` when more rows match (the count is then `cap`).
 */
export function countLedgerUpTo<K extends LedgerKind>(db: ReadDb, kind: K, f: LedgerFilters[K], env: QueryEnv, cap: number): { total: number; more: boolean } {
  const q = LEDGERS[kind] as LedgerQueries<K>;
  const w = q.where(f, env);
  if (Number.isFinite(cap) && q.grid && w.broad) {
    const grids = db.cached(`SELECT ${q.grid} FROM ${countFrom(q.from, w.sql)} ${w.sql} LIMIT ${cap + 1}`).pluck().all(w.params) as string[];
    const more = grids.length > cap;
    const byGrid = new Map<string, number>();
    for (const g of grids) byGrid.set(g, (byGrid.get(g) ?? 0) + 1);
    // Past the cap the matches are many (how many is not known): the page walks the grids from the first.
    rememberCount(env, w, more ? Number.POSITIVE_INFINITY : grids.length, more ? undefined : byGrid);
    return { total: Math.min(grids.length, cap), more };
  }
  return { total: countAll(db, q, kind, f, env, w), more: false };
}

function countAll<K extends LedgerKind>(db: ReadDb, q: LedgerQueries<K>, kind: K, f: LedgerFilters[K], env: QueryEnv, w: Where): number {
  if (q.grid && (f as { search?: string }).search?.trim()) {
    // A search is counted per grid: a page over many matches walks only the grids holding its rows.
    const byGrid =
      q.searchCounts?.(db, f, env) ?? new Map(db.cached(`SELECT ${q.grid} AS grid, count(*) AS n FROM ${countFrom(q.from, w.sql)} ${w.sql} GROUP BY 1`).raw().all(w.params) as [string, number][]);
    const n = [...byGrid.values()].reduce((sum, k) => sum + k, 0);
    rememberCount(env, w, n, byGrid);
    return n;
  }
  const n = storedTerm(kind, f)
    ? countMany(db, kind, [f], env)[0]!
    : (db.cached(`SELECT count(*) AS n FROM ${countFrom(q.from, w.sql)} ${w.sql}`).get(w.params) as { n: number }).n;
  // The page that follows knows how many rows there are (query-kit manyMatches).
  rememberCount(env, w, n);
  return n;
}

/**
 * Counts several filters of one ledger: those the stored per-grid counts answer (stored-counts.ts)
 * from the scope's grid rows, the others in a single pass over the ledger's table.
 */
export function countMany<K extends LedgerKind>(db: ReadDb, kind: K, filters: readonly LedgerFilters[K][], env: QueryEnv): number[] {
  return countQueries(db, filters.map((filter) => ({ kind, filter }) as LedgerCount), env);
}

export type LedgerCount = { [K in LedgerKind]: { kind: K; filter: LedgerFilters[K] } }[LedgerKind];

/**
 * Counts filters of any ledgers: every one the stored counts answer in one statement over the
 * scope's grid rows, the others per ledger in a single pass over its table.
 */
export function countQueries(db: ReadDb, queries: readonly LedgerCount[], env: QueryEnv): number[] {
  const out: number[] = new Array<number>(queries.length);
  const terms = queries.map((q) => storedTerm(q.kind, q.filter as never));
  const stored = queries.flatMap((_, i) => (terms[i] ? [i] : []));
  storedCounts(db, stored.map((i) => terms[i]!), env).forEach((n, j) => (out[stored[j]!] = n));
  for (const kind of new Set(queries.filter((_, i) => !terms[i]).map((q) => q.kind))) {
    const rest = queries.flatMap((q, i) => (!terms[i] && q.kind === kind ? [i] : []));
    countRecords(db, kind, rest.map((i) => queries[i]!.filter) as never[], env).forEach((n, j) => (out[rest[j]!] = n));
  }
  return out;
}

/** Counts several filters of one ledger from its records, in a single pass over its table. */
export function countRecords<K extends LedgerKind>(db: ReadDb, kind: K, filters: readonly LedgerFilters[K][], env: QueryEnv): number[] {
  if (filters.length === 0) return [];
  const q = LEDGERS[kind] as LedgerQueries<K>;
  const params: Record<string, unknown> = {};
  const sums = filters.map((f, i) => {
    const w = q.where(f, env, `e${i}_`);
    Object.assign(params, w.params);
    return `coalesce(sum(CASE WHEN ${w.condition} THEN 1 ELSE 0 END), 0) AS c${i}`;
  });
  const row = db.prepare(`SELECT ${sums.join(', ')} FROM ${q.from}`).get(params) as Record<string, number>;
  return filters.map((_, i) => row[`c${i}`] ?? 0);
}

/** The query environment of a call: the unit's grids within the caller's scope, today, and masking per role and `reveal`. */
export function queryEnv(ctx: CallContext, unitId: string | undefined, reveal: boolean): QueryEnv {
  const scope = withinScope(ctx, unitGrids(ctx.core.db, unitId));
  let wide: boolean | undefined;
  // A call's count, its page (and a house search's count from the index) ask the same vocabulary: once.
  const matches = new Map<string, string | null>();
  return {
    scope,
    today: chinaToday(ctx.core.now()),
    searchSensitive: can(ctx, 'sensitive.read'),
    mask: !reveal,
    wide: () => (wide ??= livePeopleOver(ctx.core.db, scope, SHORT_SEARCH_SCAN)),
    trigram: (vocab, text) => {
      const key = `${vocab}\n${text}`;
      if (!matches.has(key)) matches.set(key, trigramMatch(ctx.core.db, vocab, text));
      return matches.get(key)!;
    },
  };
}

/** The most people a 1–2 character search reads one by one (the scope's, through the grid index). */
export const SHORT_SEARCH_SCAN = 10_000;

/** Whether more than `limit` live people are in the grids (null: all), counting no further than that. */
function livePeopleOver(db: ReadDb, scope: string[] | null, limit: number): boolean {
  const inScope = scope ? ' AND grid_id IN (SELECT value FROM json_each(?))' : '';
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM person INDEXED BY person_grid_live WHERE archived = 0${inScope} LIMIT ${limit + 1})`;
  return (db.cached(sql).get(...(scope ? [JSON.stringify(scope)] : [])) as { n: number }).n > limit;
}
