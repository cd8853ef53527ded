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

export class HouseKeys {
  /** Each rowid's grid as a code (0: no house read at that rowid). */
  private grid: Int32Array;
  /** 1 where the house is archived. */
  private archivedAt: Uint8Array;
  private readonly codes = new Map<string, number>();
  private readonly ids: string[] = [''];

  constructor(
    /** The change position the keys were read at (or after). */
    public seq: number,
    size: number,
  ) {
    this.grid = new Int32Array(size);
    this.archivedAt = new Uint8Array(size);
  }

  /** The code of a grid (undefined: no house read is in it). */
  codeOf(gridId: string): number | undefined {
    return this.codes.get(gridId);
  }

  /** The grid of a code. */
  gridOf(code: number): string {
    return this.ids[code]!;
  }

  /** The grid code of a rowid (0: not read). */
  gridCode(rowid: number): number {
    return rowid < this.grid.length ? this.grid[rowid]! : 0;
  }

  archived(rowid: number): boolean {
    return this.archivedAt[rowid] === 1;
  }

  put(rowid: number, gridId: string, archived: number): void {
    if (rowid >= this.grid.length) this.grow(rowid + 1);
    let code = this.codes.get(gridId);
    if (code === undefined) {
      this.codes.set(gridId, (code = this.ids.length));
      this.ids.push(gridId);
    }
    this.grid[rowid] = code;
    this.archivedAt[rowid] = archived ? 1 : 0;
  }

  private grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.grid.length * 1.5));
    const grid = new Int32Array(size);
    grid.set(this.grid);
    const archived = new Uint8Array(size);
    archived.set(this.archivedAt);
    this.grid = grid;
    this.archivedAt = archived;
  }
}

/** (rowid, grid, archived) of the houses `where` selects, as one flat JSON array: a row at a time through the driver is slower. */
const triples = (where: string) => `SELECT '[' || coalesce(group_concat(rowid || ',' || json_quote(grid_id) || ',' || archived), '') || ']' FROM house ${where}`;

function putAll(keys: HouseKeys, json: string): void {
  const flat = JSON.parse(json) as (number | string)[];
  for (let i = 0; i < flat.length; i += 3) keys.put(flat[i] as number, flat[i + 1] as string, flat[i + 2] as number);
}

const MEMO = 'house-keys';

/** The connection's house keys, brought up to the change log's position. */
export function houseKeys(db: ReadDb): HouseKeys {
  const now = changeSeq(db);
  const keys = db.memo(
    MEMO,
    () => {
      const max = (db.cached('SELECT max(rowid) FROM house').pluck().get() as number | null) ?? 0;
      const made = new HouseKeys(now, max + 1024);
      putAll(made, db.cached(triples('')).pluck().get() as string);
      return made;
    },
    (kept: HouseKeys) => kept.seq <= now,
  );
  if (keys.seq === now) return keys;
  const ids = writtenSince(db, 'house', keys.seq);
  if (ids.length) {
    putAll(keys, db.cached(triples('WHERE id IN (SELECT value FROM json_each(?))')).pluck().get(JSON.stringify(ids)) as string);
  }
  keys.seq = now;
  return keys;
}
