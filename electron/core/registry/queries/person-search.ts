// The people's search box by pinyin initials over a wide scope: the candidates are exactly the
// matches (the initials' index by prefix, and names written in Latin letters), so their count
// per grid is read from the people's keys (record-keys.ts) without reading a person — two
// letters over a county: 3,283 people whose rows were each read for their grid.
import type { PersonFilter } from '../../../../shared/registry/ledger-filters';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { likeContains, searchKind } from './query-kit';
import { recordKeys } from './record-keys';

/** The people whose initials begin with `py` (lower case) or whose name written in Latin letters holds the search. */
export const PINYIN_ROWIDS = `SELECT rowid FROM person WHERE name_py >= ? AND name_py < ? UNION ALL SELECT rowid FROM person WHERE name GLOB '*[A-Za-z]*' AND name LIKE ? ESCAPE '\\'`;

/** PINYIN_ROWIDS' parameters for a search. */
export const pinyinArgs = (q: string): [string, string, string] => [q.toLowerCase(), `${q.toLowerCase()}{`, likeContains(q)];

/** The filter keys a count from the keys answers besides the search. */
const PLAIN = new Set(['search', 'unitId', 'includeArchived']);

/** A pinyin search's matches per grid over a wide scope under no other filter; null otherwise (the caller counts with SQL). */
export function personSearchCounts(db: ReadDb, f: PersonFilter, env: QueryEnv): Map<string, number> | null {
  const q = f.search?.trim();
  if (!q || searchKind(q) !== 'pinyin' || env.wide?.() !== true) return null;
  if (Object.entries(f).some(([k, v]) => v !== undefined && !PLAIN.has(k))) return null;
  const rowids = new Set(JSON.parse(db.cached(`SELECT json_group_array(rowid) FROM (${PINYIN_ROWIDS})`).pluck().get(...pinyinArgs(q)) as string) as number[]);
  return recordKeys(db, 'person').countByGrid(rowids, env.scope, f.includeArchived === true);
}
