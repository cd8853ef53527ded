// Ledger counts read from the stored per-grid counts (ledger_grid_count, migration 0021) instead
// of the records: a filter that is one stored figure (or a sum or difference of them) is
// answered by summing the scope's grid rows — a few thousand small rows for a whole county —
// and ages are corrected to today from the person_birth_live index in the same statement.
// Any other filter (a search, several conditions at once, a house, archived records …) returns
// null here and is counted from the records as before (countMany).
import { TABLES } from '../../../../shared/db/tables';
import type { LedgerFilters } from '../../../../shared/registry/ledger-filters';
import type { LedgerKind } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';

const COLUMNS = new Set<string>(TABLES.ledger_grid_count.columns);
/** Ages whose cut is stored (migration 0021): `p_age_A` = born on or before the cut for age A. */
const AGE_COLUMN_RE = /^p_(f_)?age_(\d+)$/;

/** A figure as stored columns added (1) or taken away (-1). */
export type StoredTerm = readonly (readonly [sign: 1 | -1, column: string])[];

class NotStored extends Error {}

function col(name: string): string {
  if (!COLUMNS.has(name)) throw new NotStored(name);
  return name;
}
const plus = (...names: string[]): StoredTerm => [...new Set(names)].map((n) => [1, col(n)] as const);

/** The keys a filter may carry for the stored path; any other key with a value means "count the records". */
function onlyKeys(f: object, allowed: readonly string[]): void {
  for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== 'unitId' && !allowed.includes(k)) throw new NotStored(k);
}

/** The filter conditions every ledger shares that the stored counts cannot answer. */
function plain(f: { search?: string; includeArchived?: boolean }): void {
  if (f.includeArchived || f.search?.trim()) throw new NotStored('search');
}

/** One of several alternative dimensions at most (each stored column is one condition). */
function single(...present: boolean[]): void {
  if (present.filter(Boolean).length > 1) throw new NotStored('combined');
}

const COMMON = ['search', 'includeArchived'] as const;

function personTerm(f: LedgerFilters['person']): StoredTerm {
  onlyKeys(f, [...COMMON, 'residenceType', 'careTag', 'politicalStatuses', 'gender', 'ageMin', 'ageMax', 'houseId', 'householdId', 'inRental']);
  plain(f);
  if (f.houseId || f.householdId || f.inRental) throw new NotStored('house');
  const ages = f.ageMin !== undefined || f.ageMax !== undefined;
  single(!!f.residenceType, !!f.careTag, !!f.politicalStatuses?.length, !!f.gender || ages);
  if (f.residenceType) return plus(`p_res_${f.residenceType}`);
  if (f.careTag) return plus(`p_tag_${f.careTag}`);
  if (f.politicalStatuses?.length) return plus(...f.politicalStatuses.map((s) => `p_pol_${s}`));
  if (f.gender && f.gender !== 'F') throw new NotStored('gender');
  const p = f.gender ? 'p_f_' : 'p_';
  const { ageMin: min, ageMax: max } = f;
  if (min === undefined && max === undefined) return plus(f.gender ? 'p_f_all' : 'p_all');
  if (max === undefined) return plus(`${p}age_${min}`);
  if (min === undefined) return [[1, col(`${p}born`)], [-1, col(`${p}age_${max + 1}`)]];
  if (max + 1 <= min) throw new NotStored('empty age range');
  return [[1, col(`${p}age_${min}`)], [-1, col(`${p}age_${max + 1}`)]];
}

function houseTerm(f: LedgerFilters['house']): StoredTerm {
  onlyKeys(f, [...COMMON, 'isRental', 'usages', 'buildingId']);
  plain(f);
  if (f.buildingId) throw new NotStored('building');
  single(f.isRental !== undefined, !!f.usages?.length);
  if (f.isRental === false) throw new NotStored('not rental');
  if (f.isRental) return plus('ho_rental');
  if (f.usages?.length) return plus(...f.usages.map((u) => `ho_use_${u}`));
  return plus('ho_all');
}

function organisationTerm(f: LedgerFilters['organisation']): StoredTerm {
  onlyKeys(f, [...COMMON, 'kinds', 'safetyGrades', 'keySupervision']);
  plain(f);
  single(!!f.kinds?.length, !!f.safetyGrades?.length, f.keySupervision !== undefined);
  if (f.kinds?.length) return plus(...f.kinds.map((k) => `o_kind_${k}`));
  if (f.safetyGrades?.length) return plus(...f.safetyGrades.map((g) => `o_grade_${g}`));
  if (f.keySupervision === false) throw new NotStored('not key');
  if (f.keySupervision) return plus('o_key');
  return plus('o_all');
}

function facilityTerm(f: LedgerFilters['facility']): StoredTerm {
  onlyKeys(f, [...COMMON, 'kinds', 'conditions']);
  plain(f);
  single(!!f.kinds?.length, !!f.conditions?.length);
  if (f.kinds?.length) return plus(...f.kinds.map((k) => `f_kind_${k}`));
  if (f.conditions?.length) return plus(...f.conditions.map((c) => `f_cond_${c}`));
  return plus('f_all');
}

function specialTerm(f: LedgerFilters['special']): StoredTerm {
  onlyKeys(f, [...COMMON, 'kinds', 'supervisionLevel', 'status']);
  plain(f);
  if (f.supervisionLevel) throw new NotStored('supervision level');
  if (f.kinds?.length) {
    if (!f.status) return plus(...f.kinds.map((k) => `s_kind_${k}`));
    if (f.status === 'active') return plus(...f.kinds.map((k) => `s_active_kind_${k}`));
    throw new NotStored('kinds and status');
  }
  return plus(f.status ? `s_st_${f.status}` : 's_all');
}

function disputeTerm(f: LedgerFilters['dispute']): StoredTerm {
  onlyKeys(f, [...COMMON, 'kinds', 'status', 'from', 'to']);
  plain(f);
  if (f.kinds?.length || f.from || f.to) throw new NotStored('dispute filter');
  return plus(f.status ? `d_st_${f.status}` : 'd_all');
}

function simpleTerm(f: { search?: string; includeArchived?: boolean }, allowed: readonly string[], column: string): StoredTerm {
  onlyKeys(f, [...COMMON, ...allowed]);
  plain(f);
  for (const k of allowed) if ((f as Record<string, unknown>)[k]) throw new NotStored(k);
  return plus(column);
}

const TERMS: { [K in LedgerKind]: (f: LedgerFilters[K]) => StoredTerm } = {
  person: personTerm,
  household: (f) => simpleTerm(f, ['houseId'], 'hh_all'),
  house: houseTerm,
  building: (f) => simpleTerm(f, [], 'b_all'),
  organisation: organisationTerm,
  facility: facilityTerm,
  special: specialTerm,
  dispute: disputeTerm,
};

/** The filter as stored columns, or null when it must be counted from the records. */
export function storedTerm<K extends LedgerKind>(kind: K, f: LedgerFilters[K]): StoredTerm | null {
  try {
    return TERMS[kind](f);
  } catch (e) {
    if (e instanceof NotStored) return null;
    throw e;
  }
}

/** The birth date someone aged `years` on `today` was born on or before (as person-query.ts filters ages). */
export function bornBy(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

const SCOPE = 'grid_id IN (SELECT value FROM json_each(@scope))';

/**
 * The people (women when `female`) of the scope born on or before today's cut for `age`: the
 * stored count (at the stored cut) corrected by those born between the two cuts, read from the
 * index (empty when the writer has moved the cuts to today).
 */
function ageCorrection(age: number, female: boolean, scoped: boolean): string {
  const now = `@cut${age}`;
  return `coalesce((SELECT CASE WHEN ${now} > c.cut THEN 1 ELSE -1 END * (
      SELECT count(*) FROM person INDEXED BY person_birth_live
      WHERE archived = 0 AND birth_date > min(c.cut, ${now}) AND birth_date <= max(c.cut, ${now})${female ? " AND gender = 'F'" : ''}${scoped ? ` AND ${SCOPE}` : ''})
    FROM ledger_age_cut c WHERE c.age = ${age}), 0)`;
}

/** The SQL summing the given stored terms over a scope (all grids when not scoped), one column per term. */
export function storedCountSql(terms: readonly StoredTerm[], scoped: boolean): string {
  const columns = [...new Set(terms.flatMap((t) => t.map(([, c]) => c)))];
  const value = (c: string) => {
    const m = AGE_COLUMN_RE.exec(c);
    return m ? `(s.${c} + ${ageCorrection(Number(m[2]), !!m[1], scoped)})` : `s.${c}`;
  };
  const exprs = terms.map((t, i) => `${t.map(([sign, c]) => `${sign < 0 ? '- ' : '+ '}${value(c)}`).join(' ')} AS c${i}`);
  return `SELECT ${exprs.join(', ')}
    FROM (SELECT ${columns.map((c) => `coalesce(sum(${c}), 0) AS ${c}`).join(', ')} FROM ledger_grid_count${scoped ? ` WHERE ${SCOPE}` : ''}) s`;
}

/** The parameters of storedCountSql: the scope and today's cut of every age it corrects. */
function storedParams(terms: readonly StoredTerm[], env: Pick<QueryEnv, 'scope' | 'today'>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (env.scope) params.scope = JSON.stringify(env.scope);
  for (const t of terms) {
    for (const [, c] of t) {
      const m = AGE_COLUMN_RE.exec(c);
      if (m) params[`cut${m[2]}`] = bornBy(env.today, Number(m[2]));
    }
  }
  return params;
}

/** The counts of the stored terms over the environment's scope, in one statement. */
export function storedCounts(db: ReadDb, terms: readonly StoredTerm[], env: Pick<QueryEnv, 'scope' | 'today'>): number[] {
  if (terms.length === 0) return [];
  const params = storedParams(terms, env);
  const stmt = db.cached(storedCountSql(terms, env.scope !== null));
  const row = (Object.keys(params).length ? stmt.get(params) : stmt.get()) as Record<string, number>;
  return terms.map((_, i) => row[`c${i}`] ?? 0);
}

/** The SQL of storedByGrid: the named columns (SQL over the stored columns) of every grid row, or of the grids in @scope. */
export function storedByGridSql(columns: Record<string, string>, scoped: boolean): string {
  const select = Object.entries(columns).map(([name, sql]) => `${sql} AS ${name}`).join(', ');
  return `SELECT grid_id, ${select} FROM ledger_grid_count${scoped ? ` WHERE ${SCOPE}` : ''}`;
}

/** Stored columns per grid (grids with a row; the given grids, or all). */
export function storedByGrid<C extends string>(db: ReadDb, columns: Record<C, string>, grids: string[] | null): Map<string, Record<C, number>> {
  const stmt = db.cached(storedByGridSql(columns, grids !== null));
  const rows = (grids ? stmt.all({ scope: JSON.stringify(grids) }) : stmt.all()) as ({ grid_id: string } & Record<C, number>)[];
  return new Map(rows.map((r) => [r.grid_id, r]));
}
