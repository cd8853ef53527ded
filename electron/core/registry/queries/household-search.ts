// The households' search box over a wide scope: one or two characters counted per grid from the
// households' character tallies (grid-chars.ts), without reading a household.
import type { HouseholdFilter } from '../../../../shared/registry/ledger-filters';
import type { ReadDb } from '../../db/read-db';
import { foldAscii, gramCounts, gramRowids, gridChars, kindsOf, textGrams, type CharSource } from './grid-chars';
import type { QueryEnv } from './query-env';

/**
 * The households' characters: the number and the address; extra, as household-query.ts's rule
 * over a wide scope compares a head's name, its first one and two characters (a name starting
 * with the search) and its grams holding a digit (a search with a digit finds it anywhere in the
 * name, folded as LIKE folds).
 */
export const HOUSEHOLD_CHARS: CharSource = {
  name: 'household-chars',
  table: 'household',
  alias: 'hh',
  rows: (where) => `SELECT hh.rowid, hh.grid_id, hh.archived, 0, coalesce(hh.household_no, '') || char(31) || coalesce(hh.address, ''), hp.name
    FROM household hh LEFT JOIN person hp ON hp.id = hh.head_person_id ${where}`,
  extras: (name) => {
    const [first, second] = name;
    const grams = first === undefined ? [] : second === undefined ? [first] : [first, first + second];
    if (/\d/.test(name)) grams.push(...textGrams(name, true).filter((g) => /\d/.test(g)));
    return grams;
  },
  related: [{ table: 'person', grids: 'SELECT DISTINCT grid_id FROM household WHERE head_person_id IN (SELECT value FROM json_each(?))' }],
};

/** Whether a households' search is counted from the character tallies: one or two characters over a wide scope, under no other filter. */
export function householdCharTallied(f: HouseholdFilter, q: string, env: QueryEnv): boolean {
  return [...q].length <= 2 && !f.houseId && env.wide?.() === true;
}

/** A search of one or two characters: its matches per grid over a wide scope, under no other filter; null otherwise (the caller counts with SQL). */
export function householdSearchCounts(db: ReadDb, f: HouseholdFilter, env: QueryEnv): Map<string, number> | null {
  const q = f.search?.trim();
  if (!q || !householdCharTallied(f, q, env)) return null;
  return gramCounts(gridChars(db, HOUSEHOLD_CHARS), q, env.scope, kindsOf(f.includeArchived === true, undefined), householdExtra(q));
}

/** The form of a search the tallies' extra grams (a head's name's) are compared with: folded with a digit, else as typed. */
const householdExtra = (q: string): string => (/\d/.test(q) ? foldAscii(q) : q);

/** The households of `grids` that may hold a search counted from the tallies (gramRowids); null: not counted from them. */
export function householdSearchRowids(db: ReadDb, f: HouseholdFilter, env: QueryEnv, grids: readonly string[]): { rowids: number[]; whole: string[] } | null {
  const q = f.search?.trim();
  return q && householdCharTallied(f, q, env) ? gramRowids(gridChars(db, HOUSEHOLD_CHARS), q, grids, householdExtra(q)) : null;
}
