// Each house's grid and whether it is archived, kept in memory by each connection and indexed by
// rowid, so a search over a wide scope whose matches the index knows exactly (house-search.ts) is
// counted per grid without reading its rows: a two-character fragment common across a county
// (1号, 15,435 houses) read each house for its grid in ~13 ms; from these keys, well under 1 ms.
//
// Kept fresh by the change log, as the cases' keys are (cases/case-keys.ts): before each use the
// houses written after the kept change position are read again; a position lower than the kept
// one (a restored database) reads them all again. A house removed leaves its entry, unused: the
// search index, which drops it in the same transaction, no longer names its rowid.
//
// Memory: 5 bytes per house (1.5 MB for 300,000) and a dictionary of the grids, per connection.
// Read at the first such search of a connection (county: 300,000 houses in ~0.3 s).
import { changeSeq, writtenSince } from '../../db/change-log';
import type { ReadDb } from '../../db/read-db';
import { GridKeys } from './grid-keys';

/** (rowid, grid, archived) of the houses `where` selects, as one flat JSON array: a row at a time through the driver is slower. */
const triples = (where: string) => `SELECT '[' || coalesce(group_concat(rowid || ',' || json_quote(grid_id) || ',' || archived), '') || ']' FROM house ${where}`;

function putAll(keys: GridKeys, json: string): void {
  const flat = JSON.parse(json) as (number | string)[];
  for (let i = 0; i < flat.length; i += 3) keys.put(flat[i] as number, flat[i + 1] as string, flat[i + 2] as number);
}

const MEMO = 'house-keys';

/** The connection's house keys, brought up to the change log's position. */
export function houseKeys(db: ReadDb): GridKeys {
  const now = changeSeq(db);
  const keys = db.memo(
    MEMO,
    () => {
      const max = (db.cached('SELECT max(rowid) FROM house').pluck().get() as number | null) ?? 0;
      const made = new GridKeys(now, max + 1024);
      putAll(made, db.cached(triples('')).pluck().get() as string);
      return made;
    },
    (kept: GridKeys) => kept.seq <= now,
  );
  if (keys.seq === now) return keys;
  const ids = writtenSince(db, 'house', keys.seq);
  if (ids.length) {
    putAll(keys, db.cached(triples('WHERE id IN (SELECT value FROM json_each(?))')).pluck().get(JSON.stringify(ids)) as string);
  }
  keys.seq = now;
  return keys;
}
