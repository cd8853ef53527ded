// How many records of each grid hold each character and each pair of adjacent characters, kept
// in memory by each connection, so a search box entry of one or two characters over a wide scope
// (号, 村, 1, 王, 01 over a county's 300,000 houses or 360,000 households) is counted per grid
// without reading a record, exactly as the search's LIKE answers it; its page then reads only the
// grids that hold it (query-kit gridWalk), and in a grid holding it in one or two records only
// those (their rowids are kept). From the search index such a fragment is the OR of hundreds of
// trigrams, or more than it takes (db/trigram-terms.ts MAX_TERMS), and the count read most of the
// county: 40 ms – 1 s.
//
// A record's grams: those of its base text, folded as LIKE folds (ASCII letters only), each
// counted once per record and by the record's kind (archived, and a flag such as a house being
// let); and its extra grams (a rule's own: a landlord's phone and ID for a search with
// sensitive.read; a household head's name's first one or two characters and its pairs holding a
// digit), counted under their own key only where the base text does not already hold them, so
// the sum of the two keys counts each matching record once.
//
// A host's readers read them a few grids at a time in the background after their start
// (gridCharSteps, app.ts); a connection that has not finished reads the rest at its first such
// search. Kept fresh by the change log, as the record keys are (record-keys.ts): before each use,
// the grids of the records written since (where they are now and where they were) and of the
// records a write to a related table changes (a building's name, a head's name) are counted
// again; a record removed, or a position lower than the kept one (a restored database), counts
// them all again. Memory: 28 bytes per distinct gram of a grid (code, four kinds' counts, two
// rowids) and 5 bytes per record; county: houses ~21 MB, households ~26 MB per connection.
import { changeSeq, writtenSince } from '../../db/change-log';
import type { ReadDb } from '../../db/read-db';
import { GridKeys } from './grid-keys';

/** The records of one ledger whose characters are tallied. */
export interface CharSource {
  /** The memo's name. */
  name: string;
  /** The ledger's table (its rowids and the change log's name). */
  table: string;
  /** The alias of the table in `rows`. */
  alias: string;
  /**
   * SQL of [rowid, grid_id, archived, flag (0 or 1: a filter the tallies answer, such as a
   * house being let), base text, extra text] of the table's records `where` selects (on `alias`);
   * a text's fields are joined by char 31 (no pair of characters spans two).
   */
  rows(where: string): string;
  /** A record's extra grams (1–2 characters each), from its extra text, as the rule compares them with the search. */
  extras(extra: string): Iterable<string>;
  /** Tables whose writes change records' text, with SQL of the grids of the records their ids (a JSON array) touch. */
  related: readonly { table: string; grids: string }[];
}

/** Joins a text's fields (never typed, never tallied). */
export const FIELD_SEPARATOR = 31;

/** A text as LIKE compares it: ASCII letters folded. */
export const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

const isHigh = (unit: number) => unit >= 0xd800 && unit < 0xdc00;
/** Extra grams' keys lie above every base key. */
const EXTRA = 2 ** 33;

/**
 * A gram's key: a number for one or two characters of the Basic Multilingual Plane (most text),
 * else the string ('\u0001' before an extra gram's).
 */
export function gramKey(gram: string, extra: boolean): number | string {
  const a = gram.charCodeAt(0);
  const b = gram.charCodeAt(1);
  if (gram.length === 1) return (extra ? EXTRA : 0) + a;
  if (gram.length === 2 && !isHigh(a) && !isHigh(b)) return (extra ? EXTRA : 0) + 0x10000 + a * 0x10000 + b;
  return extra ? `\u0001${gram}` : gram;
}

/** The one- and two-character grams of a text (its fields apart, folded as LIKE folds when `fold`). */
export function textGrams(text: string, fold: boolean): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  for (const raw of text) {
    if (raw.charCodeAt(0) === FIELD_SEPARATOR) {
      prev = null;
      continue;
    }
    const ch = fold ? foldAscii(raw) : raw;
    out.push(ch);
    if (prev !== null) out.push(prev + ch);
    prev = ch;
  }
  return out;
}

/** A record's kind: archived × 2 + flag. A count asks for a set of kinds as bits (1 << kind). */
const KINDS = 4;
export const kindsOf = (archived: boolean, flag: boolean | undefined): number =>
  (flag === undefined ? 0b11 : flag ? 0b10 : 0b01) * (archived ? 0b101 : 0b001);

/** A key's records whose rowids a grid keeps (a page of a search found in few records reads only them). */
const KEPT_ROWIDS = 2;

/**
 * One grid's tally: keys' codes ascending, with the records of each kind holding each (KINDS per
 * code), and the rowids of those records where they are at most KEPT_ROWIDS (else -1 first).
 */
interface GridTally {
  codes: Int32Array;
  counts: Int32Array;
  rowids: Int32Array;
}

type Row = [rowid: number, grid: string, archived: number, flag: number, base: string | null, extra: string | null];

export class GridChars {
  private readonly keys = new Map<number | string, number>();
  private readonly grids = new Map<string, GridTally>();
  /** Per code, the record that last held it (a record's grams counted once). */
  private seen = new Int32Array(1024);
  private record = 0;
  /** The grid being read: its records per slot (code × KINDS + kind), and the slots in use. */
  private counts = new Int32Array(1024 * KINDS);
  private touched: number[] = [];
  /** The grid being read: per code, its records and the first KEPT_ROWIDS rowids; the record being read. */
  private holders = new Int32Array(1024);
  private held = new Int32Array(1024 * KEPT_ROWIDS);
  private rowid = 0;

  constructor(
    /** The change position the tallies were read at (or after). */
    public seq: number,
    /** Each record's grid by rowid (a record's grid before a write moved it). */
    readonly at: GridKeys,
    /** Grids not read yet (gridCharSteps reads them a few at a time). */
    public pending: string[],
  ) {}

  /** Where a grid's tally holds `key`: the tally and the key's index in it (null: no record holds it). */
  private find(gridId: string, key: number | string): [GridTally, number] | null {
    const code = this.keys.get(key);
    const t = this.grids.get(gridId);
    if (code === undefined || !t) return null;
    let lo = 0;
    let hi = t.codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = t.codes[mid]!;
      if (c === code) return [t, mid];
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** The records of a grid of the `kinds` (kindsOf) holding the gram of `key`. */
  count(gridId: string, key: number | string, kinds: number): number {
    const found = this.find(gridId, key);
    if (!found) return 0;
    const [t, at] = found;
    let n = 0;
    for (let k = 0; k < KINDS; k++) if (kinds & (1 << k)) n += t.counts[at * KINDS + k]!;
    return n;
  }

  /** The rowids of a grid's records holding the gram of `key` (any kind), or null when more than KEPT_ROWIDS do. */
  rowidsOf(gridId: string, key: number | string): number[] | null {
    const found = this.find(gridId, key);
    if (!found) return [];
    const [t, at] = found;
    const kept = t.rowids.subarray(at * KEPT_ROWIDS, (at + 1) * KEPT_ROWIDS);
    return kept[0] === -1 ? null : [...kept].filter((r) => r > 0);
  }

  /** The grids holding a tallied record. */
  gridIds(): IterableIterator<string> {
    return this.grids.keys();
  }

  private code(key: number | string): number {
    let code = this.keys.get(key);
    if (code === undefined) {
      this.keys.set(key, (code = this.keys.size));
      if (code >= this.seen.length) {
        const seen = new Int32Array(this.seen.length * 2);
        seen.set(this.seen);
        this.seen = seen;
        const counts = new Int32Array(this.seen.length * KINDS);
        counts.set(this.counts);
        this.counts = counts;
        const holders = new Int32Array(this.seen.length);
        holders.set(this.holders);
        this.holders = holders;
        const held = new Int32Array(this.seen.length * KEPT_ROWIDS);
        held.set(this.held);
        this.held = held;
      }
    }
    return code;
  }

  /** Counts a key for the current record, once. */
  private add(code: number, kind: number): void {
    if (this.seen[code] === this.record) return;
    this.seen[code] = this.record;
    const n = this.holders[code]++;
    if (n < KEPT_ROWIDS) this.held[code * KEPT_ROWIDS + n] = this.rowid;
    const slot = code * KINDS + kind;
    if (this.counts[slot]++ === 0) this.touched.push(slot);
  }

  /** Counts the grams of a base text for the current record (the hot loop: characters of the BMP by number). */
  private tallyBase(text: string, kind: number): void {
    let prev = -1;
    let prevChar: string | null = null;
    for (let i = 0; i < text.length; i++) {
      let unit = text.charCodeAt(i);
      if (unit === FIELD_SEPARATOR) {
        prev = -1;
        prevChar = null;
        continue;
      }
      if (isHigh(unit) && i + 1 < text.length) {
        const ch = text.slice(i, i + 2);
        i++;
        this.add(this.code(ch), kind);
        const before = prevChar ?? (prev >= 0 ? String.fromCharCode(prev) : null);
        if (before !== null) this.add(this.code(before + ch), kind);
        prev = -1;
        prevChar = ch;
        continue;
      }
      if (unit >= 65 && unit <= 90) unit += 32;
      this.add(this.code(unit), kind);
      if (prev >= 0) this.add(this.code(0x10000 + prev * 0x10000 + unit), kind);
      else if (prevChar !== null) this.add(this.code(prevChar + String.fromCharCode(unit)), kind);
      prev = unit;
      prevChar = null;
    }
  }

  /** Counts a record's extra grams, each only where its base text does not hold it. */
  private tallyExtras(grams: Iterable<string>, kind: number): void {
    for (const gram of grams) {
      const base = this.keys.get(gramKey(foldAscii(gram), false));
      if (base !== undefined && this.seen[base] === this.record) continue;
      this.add(this.code(gramKey(gram, true)), kind);
    }
  }

  private flush(grid: string): void {
    const slots = this.touched.sort((a, b) => a - b);
    const codes = Int32Array.from(new Set(slots.map((s) => Math.floor(s / KINDS))));
    const counts = new Int32Array(codes.length * KINDS);
    const rowids = new Int32Array(codes.length * KEPT_ROWIDS);
    let j = -1;
    let last = -1;
    for (const s of slots) {
      const code = Math.floor(s / KINDS);
      if (code !== last) {
        j++;
        const n = this.holders[code]!;
        for (let r = 0; r < KEPT_ROWIDS; r++) rowids[j * KEPT_ROWIDS + r] = n > KEPT_ROWIDS ? -1 : r < n ? this.held[code * KEPT_ROWIDS + r]! : 0;
        this.holders[code] = 0;
      }
      last = code;
      counts[j * KINDS + (s % KINDS)] = this.counts[s]!;
      this.counts[s] = 0;
    }
    this.touched = [];
    this.grids.set(grid, { codes, counts, rowids });
  }

  /** Replaces the tallies of `grids` by `rows` (every record now in them, ordered by grid). */
  put(source: CharSource, grids: Iterable<string>, rows: Iterable<Row>): void {
    for (const g of grids) this.grids.delete(g);
    let grid: string | null = null;
    for (const [rowid, gridId, archived, flag, base, extra] of rows) {
      if (gridId !== grid) {
        if (grid !== null) this.flush(grid);
        grid = gridId;
      }
      this.at.put(rowid, gridId, archived);
      this.record++;
      this.rowid = rowid;
      const kind = (archived ? 2 : 0) + (flag ? 1 : 0);
      if (base) this.tallyBase(base, kind);
      if (extra) this.tallyExtras(source.extras(extra), kind);
    }
    if (grid !== null) this.flush(grid);
  }
}

function start(db: ReadDb, source: CharSource): GridChars {
  const seq = changeSeq(db);
  const max = (db.cached(`SELECT max(rowid) FROM ${source.table}`).pluck().get() as number | null) ?? 0;
  const grids = db.cached(`SELECT DISTINCT grid_id FROM ${source.table}`).pluck().all() as string[];
  return new GridChars(seq, new GridKeys(seq, max + 1024), grids);
}

/** Reads the tallies of `grids` again (every record now in them). */
function readGrids(db: ReadDb, source: CharSource, chars: GridChars, grids: readonly string[]): void {
  const sql = `${source.rows(`WHERE ${source.alias}.grid_id IN (SELECT value FROM json_each(?))`)} ORDER BY ${source.alias}.grid_id`;
  chars.put(source, grids, db.cached(sql).raw().iterate(JSON.stringify(grids)) as Iterable<Row>);
}

/** Reads up to `n` of the grids not read yet; whether any are left. */
function readPending(db: ReadDb, source: CharSource, chars: GridChars, n: number): boolean {
  if (chars.pending.length) readGrids(db, source, chars, chars.pending.splice(0, n));
  return chars.pending.length > 0;
}

/** The connection's tallies of a ledger, complete and brought up to the change log's position. */
export function gridChars(db: ReadDb, source: CharSource): GridChars {
  const now = changeSeq(db);
  const chars = db.memo(source.name, () => start(db, source), (kept: GridChars) => kept.seq <= now);
  readPending(db, source, chars, Infinity);
  if (chars.seq === now) return chars;
  const ids = writtenSince(db, source.table, chars.seq);
  const grids = new Set<string>();
  if (ids.length) {
    const found = db.cached(`SELECT rowid, grid_id FROM ${source.table} WHERE id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids)) as [number, string][];
    if (found.length < ids.length) {
      // A record removed: where it was counted is not known; count them all again.
      const again = db.memo(source.name, () => start(db, source), () => false);
      readPending(db, source, again, Infinity);
      return again;
    }
    for (const [rowid, grid] of found) {
      grids.add(grid);
      const before = chars.at.gridCode(rowid);
      if (before) grids.add(chars.at.gridOf(before));
    }
  }
  for (const rel of source.related) {
    const changed = writtenSince(db, rel.table, chars.seq);
    if (changed.length) for (const g of db.cached(rel.grids).pluck().all(JSON.stringify(changed)) as string[]) grids.add(g);
  }
  if (grids.size) readGrids(db, source, chars, [...grids]);
  chars.seq = now;
  return chars;
}

/** Grids read per step of warming: a few thousand records, some milliseconds. */
const WARM_GRIDS = 20;

/** Steps that read the tallies of `sources` in the background (db/warm-steps.ts). */
export function gridCharSteps(db: ReadDb, sources: readonly CharSource[]): (() => boolean)[] {
  return sources.map((source) => () => readPending(db, source, db.memo(source.name, () => start(db, source)), WARM_GRIDS));
}

/**
 * A search of one or two characters: its matches per grid from the tallies, the records of the
 * `kinds` (kindsOf) of the scope's grids (null: all) holding it in their base text (folded as LIKE folds), or as an extra
 * gram in the form `extra` gives for the rule (null: the rule has none).
 */
export function gramCounts(chars: GridChars, q: string, scope: readonly string[] | null, kinds: number, extra: string | null): Map<string, number> {
  const base = gramKey(foldAscii(q), false);
  const more = extra === null ? null : gramKey(extra, true);
  const out = new Map<string, number>();
  for (const g of scope ?? [...chars.gridIds()]) {
    const n = chars.count(g, base, kinds) + (more === null ? 0 : chars.count(g, more, kinds));
    if (n) out.set(g, n);
  }
  return out;
}

/**
 * Where the records of `grids` holding a search of one or two characters are (as gramCounts
 * keys it; any kind: the caller's conditions still apply): the rowids of those in grids holding
 * it in a few records, and the grids holding it in more (to read whole).
 */
export function gramRowids(chars: GridChars, q: string, grids: readonly string[], extra: string | null): { rowids: number[]; whole: string[] } {
  const keys = [gramKey(foldAscii(q), false), ...(extra === null ? [] : [gramKey(extra, true)])];
  const rowids: number[] = [];
  const whole: string[] = [];
  for (const g of grids) {
    const found = keys.map((key) => chars.rowidsOf(g, key));
    if (found.some((r) => r === null)) whole.push(g);
    else for (const r of found) rowids.push(...r!);
  }
  return { rowids, whole };
}
