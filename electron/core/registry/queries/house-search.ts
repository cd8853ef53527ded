// The houses' search box over the search index (migration 0037): which of the index's columns
// each rule searches, and a search's count per grid answered from the index and the house keys
// alone where the index knows its matches exactly.
import type { HouseFilter } from '../../../../shared/registry/ledger-filters';
import { hasCase } from '../../db/trigram-terms';
import type { ReadDb } from '../../db/read-db';
import { foldAscii, gramCounts, gramRowids, gridChars, kindsOf, textGrams, type CharSource } from './grid-chars';
import { recordKeys } from './record-keys';
import type { QueryEnv } from './query-env';
import { likeContains, searchKind } from './query-kit';

/** What a search looks in, by rule (house-query.ts houseWhere's LIKE): */
const COLUMNS = {
  /** a number without sensitive.read: the address by fragment, room, phone and ID whole; */
  digits: '{address room landlord_phone landlord_citizen_id}',
  /** with sensitive.read: the address, the landlord's name, phone and ID by fragment; */
  sensitive: '{address landlord_name landlord_phone landlord_citizen_id}',
  /** otherwise the address and the landlord's name by fragment. */
  text: '{address landlord_name}',
};

/** Whether a search is a number that, without sensitive.read, matches a room, phone or ID only whole. */
export const wholeDigits = (q: string, env: Pick<QueryEnv, 'searchSensitive'>): boolean => searchKind(q) === 'digits' && !env.searchSensitive;

/**
 * The index's MATCH for a search by its rule's columns ('' when the index holds no value with the
 * text; null when it cannot say, and the rows are read), or null outside a wide scope.
 */
export function houseMatch(q: string, env: QueryEnv): string | null {
  const match = env.wide?.() ? env.trigram?.('house_vocab', q) : null;
  if (match == null || match === '') return match ?? null;
  return `${COLUMNS[wholeDigits(q, env) ? 'digits' : env.searchSensitive ? 'sensitive' : 'text']} : (${match})`;
}

/** The houses in buildings whose name holds the search (the buildings' names are searched too, outside the index). */
export const BUILDING_MATCHES = `SELECT rowid FROM house WHERE building_id IN (SELECT id FROM building WHERE name LIKE ? ESCAPE '\\')`;

/** The houses' characters (grid-chars.ts): the address, the landlord's name and the building's name; extra, a landlord's phone and ID (with sensitive.read); flagged, a house let. */
export const HOUSE_CHARS: CharSource = {
  name: 'house-chars',
  table: 'house',
  alias: 'h',
  rows: (where) => `SELECT h.rowid, h.grid_id, h.archived, h.is_rental, coalesce(h.address, '') || char(31) || coalesce(h.landlord_name, '') || char(31) || coalesce(b.name, ''),
    coalesce(h.landlord_phone, '') || char(31) || coalesce(h.landlord_citizen_id, '') FROM house h LEFT JOIN building b ON b.id = h.building_id ${where}`,
  extras: (text) => textGrams(text, true),
  related: [{ table: 'building', grids: 'SELECT DISTINCT grid_id FROM house WHERE building_id IN (SELECT value FROM json_each(?))' }],
};

/** The form of a search the tallies' extra grams are compared with: a landlord's phone and ID, with sensitive.read. */
const houseExtra = (q: string, env: QueryEnv): string | null => (env.searchSensitive ? foldAscii(q) : null);

/** The houses of `grids` that may hold a search counted from the tallies (gramRowids); null: not counted from them. */
export function houseSearchRowids(db: ReadDb, f: HouseFilter, env: QueryEnv, grids: readonly string[]): { rowids: number[]; whole: string[] } | null {
  const q = f.search?.trim();
  return q && houseCharTallied(f, q, env) ? gramRowids(gridChars(db, HOUSE_CHARS), q, grids, houseExtra(q, env)) : null;
}

/** Whether a houses' search is counted from the character tallies: one or two characters over a wide scope, under no other filter than being let. */
export function houseCharTallied(f: HouseFilter, q: string, env: QueryEnv): boolean {
  return [...q].length <= 2 && !f.usages?.length && !f.buildingId && env.wide?.() === true;
}

/**
 * A search's matches per grid, from the index and the house keys, without reading a house —
 * where that is exactly the rule's answer: a search by fragment only (a whole number's equality
 * is the row's to check), without a letter (the index folds letters by Unicode, LIKE only
 * ASCII), over a wide scope, under no other filter. Null otherwise, or when the index names a
 * house written after the keys were brought up to date: the caller counts with SQL. One or two
 * characters over a wide scope: from the houses' character tallies (grid-chars.ts).
 */
export function houseSearchCounts(db: ReadDb, f: HouseFilter, env: QueryEnv): Map<string, number> | null {
  const q = f.search?.trim();
  if (!q) return null;
  if (houseCharTallied(f, q, env)) {
    return gramCounts(gridChars(db, HOUSE_CHARS), q, env.scope, kindsOf(f.includeArchived === true, f.isRental), houseExtra(q, env));
  }
  if (f.isRental !== undefined || f.usages?.length || f.buildingId) return null;
  if (wholeDigits(q, env) || hasCase(q)) return null;
  const match = houseMatch(q, env);
  if (match === null) return null;
  const rowids = (sql: string, param: string) => JSON.parse(db.cached(`SELECT json_group_array(rowid) FROM (${sql})`).pluck().get(param) as string) as number[];
  const inBuildings = rowids(BUILDING_MATCHES, likeContains(q));
  const found = match ? rowids('SELECT rowid FROM house_fts WHERE house_fts MATCH ?', match) : [];
  // A house found by the index and by its building's name counts once.
  if (inBuildings.length) {
    const more = new Set(inBuildings);
    for (const r of found) more.delete(r);
    found.push(...more);
  }
  return recordKeys(db, 'house').countByGrid(found, env.scope, f.includeArchived === true);
}
