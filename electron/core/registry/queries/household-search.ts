// The households' search box over a wide scope: one character counted per grid from the
// households' character tallies (grid-chars.ts), without reading a household.
import type { HouseholdFilter } from '../../../../shared/registry/ledger-filters';
import type { ReadDb } from '../../db/read-db';
import { charCounts, extraKey, gridChars, type CharSource } from './grid-chars';
import type { QueryEnv } from './query-env';

/**
 * The households' characters: the number and the address; extra, as household-query.ts's rule
 * over a wide scope compares a head's name, its first character (a name starting with the
 * search) and its digits (a search with a digit finds it anywhere in the name).
 */
export const HOUSEHOLD_CHARS: CharSource = {
  name: 'household-chars',
  table: 'household',
  alias: 'hh',
  rows: (where) => `SELECT hh.rowid, hh.grid_id, hh.archived, coalesce(hh.household_no, '') || coalesce(hh.address, ''), hp.name
    FROM household hh LEFT JOIN person hp ON hp.id = hh.head_person_id ${where}`,
  extras: (name) => ([...name][0] ?? '') + name.replace(/[^0-9]/g, ''),
  related: [{ table: 'person', grids: 'SELECT DISTINCT grid_id FROM household WHERE head_person_id IN (SELECT value FROM json_each(?))' }],
};

/** Whether a households' search is counted from the character tallies: one character over a wide scope, under no other filter. */
export function householdCharTallied(f: HouseholdFilter, q: string, env: QueryEnv): boolean {
  return [...q].length === 1 && !f.houseId && env.wide?.() === true;
}

/** A one-character search's matches per grid over a wide scope, under no other filter; null otherwise (the caller counts with SQL). */
export function householdSearchCounts(db: ReadDb, f: HouseholdFilter, env: QueryEnv): Map<string, number> | null {
  const q = f.search?.trim();
  if (!q || !householdCharTallied(f, q, env)) return null;
  return charCounts(gridChars(db, HOUSEHOLD_CHARS), q, env.scope, f.includeArchived === true, extraKey(q));
}
