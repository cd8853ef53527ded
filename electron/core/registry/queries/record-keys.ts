// Each house's and each person's grid and whether it is archived, kept in memory by each
// connection and indexed by rowid (grid-keys.ts, 5 bytes a record), so a search over a wide scope
// whose matches an index knows exactly is counted per grid without reading its rows: a house
// search by fragment (house-search.ts; `1号` over a county, 15,435 houses, read each house for
// its grid in ~13 ms; from these keys, well under 1 ms) and the people's pinyin initials
// (person-search.ts; 3,283 people for two letters over a county of a million).
//
// Read in the background after a reader's start (app.ts), 50,000 rowids a step (county: 300,000 houses
// ~0.3 s, a million people ~1 s); a connection that has not finished reads the rest at its first
// such search. Kept fresh by the change log, as the cases' keys are (cases/case-keys.ts): before
// each use the records written after the kept change position are read again; a position lower
// than the kept one (a restored database) reads them all again. A record removed leaves its
// entry, unused: the indexes, which drop it in the same transaction, no longer name its rowid.
import { changeSeq, writtenSince } from '../../db/change-log';
import type { ReadDb } from '../../db/read-db';
import { GridKeys } from './grid-keys';

export type KeyedTable = 'house' | 'person';

/** (rowid, grid, archived) of the records `where` selects, as one flat JSON array: a row at a time through the driver is slower. */
const triples = (table: KeyedTable, where: string) =>
  `SELECT '[' || coalesce(group_concat(rowid || ',' || json_quote(grid_id) || ',' || archived), '') || ']' FROM ${table} ${where}`;

function putAll(keys: GridKeys, json: string): void {
  const flat = JSON.parse(json) as (number | string)[];
  for (let i = 0; i < flat.length; i += 3) keys.put(flat[i] as number, flat[i + 1] as string, flat[i + 2] as number);
}

/** The keys and the rowids still to read: from `next` to `end`. */
interface Kept {
  keys: GridKeys;
  next: number;
  end: number;
}

/** Rowids read per step of warming. */
const STEP = 50_000;

function start(db: ReadDb, table: KeyedTable): Kept {
  const seq = changeSeq(db);
  const end = (db.cached(`SELECT max(rowid) FROM ${table}`).pluck().get() as number | null) ?? 0;
  return { keys: new GridKeys(seq, end + 1024), next: 1, end };
}

/** Reads up to `n` rowids not read yet; whether any are left. */
function readSome(db: ReadDb, table: KeyedTable, kept: Kept, n: number): boolean {
  if (kept.next <= kept.end) {
    const to = Math.min(kept.end, kept.next + n - 1);
    putAll(kept.keys, db.cached(triples(table, 'WHERE rowid >= ? AND rowid <= ?')).pluck().get(kept.next, to) as string);
    kept.next = to + 1;
  }
  return kept.next <= kept.end;
}

const memo = (table: KeyedTable) => `${table}-keys`;

/** The connection's keys of a table, complete and brought up to the change log's position. */
export function recordKeys(db: ReadDb, table: KeyedTable): GridKeys {
  const now = changeSeq(db);
  const kept = db.memo(memo(table), () => start(db, table), (k: Kept) => k.keys.seq <= now);
  readSome(db, table, kept, Infinity);
  const keys = kept.keys;
  if (keys.seq === now) return keys;
  const ids = writtenSince(db, table, keys.seq);
  if (ids.length) putAll(keys, db.cached(triples(table, 'WHERE id IN (SELECT value FROM json_each(?))')).pluck().get(JSON.stringify(ids)) as string);
  keys.seq = now;
  return keys;
}

/** Steps that read the keys of `tables` in the background (db/warm-steps.ts). */
export function recordKeySteps(db: ReadDb, tables: readonly KeyedTable[]): (() => boolean)[] {
  return tables.map((table) => () => readSome(db, table, db.memo(memo(table), () => start(db, table)), STEP));
}
