// Every case's keys — the columns the queues' conditions, the filter bar, the scopes and the
// orders read — kept in memory by each connection, indexed by rowid, so a search matching tens
// of thousands of cases under a broad filter or a scope, or several facets holding many cases,
// is filtered, counted and sorted without reading its rows (each costs a seek, ~1 µs in a
// county: 路灯 in a year, 10,681 matches, 23 ms in SQL). The conditions stay SQL
// (case-queues.ts); db/column-predicate.ts reads them.
//
// Kept fresh by the change log: every write of a case goes through the change writer, which
// stamps the record or its cells with the write's change position (seq, db/change-log.ts), so
// before each use the cases stamped after the kept position are read again (a dispatcher's
// status change: one row). A case the log names that no longer exists (removed by a peer's
// tombstone) makes the keys read again which rowids exist. A position lower than the kept one
// (a restored database) reads every case again. The keys and the search are read by separate
// statements, so a write committed between them may be seen by one and not the other, as
// between a page and its count; the next call sees both.
//
// Memory: ~85 bytes of arrays and ~80 of heap (the numbers, the dictionaries) per case: 80–90 MB
// for 500,000 cases, per connection. A host's readers read them in the background from their
// start (warmCaseKeys); a connection that has not, at its first use (3–5 s for a county; a
// town's few thousand cases in milliseconds).
import { changeSeq, writtenSince } from '../db/change-log';
import { compileCounts, compileFilter, compileOrder, OrderedText, type KeptColumns, type Params, type RowOrder } from '../db/column-predicate';
import type { ReadDb } from '../db/read-db';
import { warmInSteps } from '../db/warm-steps';

/** The numeric columns and the arrays they are kept in (times need doubles; flags and stages fit in 16 bits). */
const NUMERIC: [string, Float64ArrayConstructor | Int16ArrayConstructor][] = [
  ['received_at', Float64Array], ['deadline_at', Float64Array], ['updated_at', Float64Array],
  ['supervised', Int16Array], ['done', Int16Array], ['stage', Int16Array],
];
/** The text columns the conditions compare, kept as codes. */
const CODED = [
  'status', 'source', 'handling_type', 'urgency', 'level', 'category_id', 'subcategory_id', 'grid_id', 'village_id',
  'assignee_unit_id', 'assignee_department_id', 'assignee_user_id', 'registered_by', 'sync_conflict',
] as const;
/** The text columns an order reads (the number), kept as they are. */
const TEXT = ['number'] as const;

/** A text column as codes: 0 NULL, then one per value in order of first appearance (16 bits until there are more values). */
class CodedColumn {
  values: Uint16Array | Int32Array;
  private readonly dict = new Map<string, number>();
  constructor(size: number) {
    this.values = new Uint16Array(size);
  }
  codeOf(value: string): number | undefined {
    return this.dict.get(value);
  }
  code(value: unknown): number {
    if (value === null || value === undefined) return 0;
    const s = String(value);
    let c = this.dict.get(s);
    if (c === undefined) {
      this.dict.set(s, (c = this.dict.size + 1));
      if (c > 0xffff && this.values instanceof Uint16Array) this.values = Int32Array.from(this.values);
    }
    return c;
  }
  resize(size: number): void {
    const a = this.values instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
    a.set(this.values);
    this.values = a;
  }
}

export class CaseKeys implements KeptColumns {
  private size: number;
  private readonly numeric = new Map<string, Float64Array | Int16Array>();
  private readonly coded = new Map<string, CodedColumn>();
  private readonly text = new Map<string, OrderedText>();
  /** Whether a rowid's entry was read. */
  private known: Uint8Array;
  /** The last rowid read so far; every case has been read once `complete`. */
  loadedTo = 0;
  complete = false;
  /** Every rowid held, ascending (for a filter over all cases), made again after a new case. */
  private every: Int32Array | null = null;

  constructor(
    /** The change position the keys were read at (or after). */
    public seq: number,
    size: number,
  ) {
    this.size = Math.max(size, 1024);
    this.known = new Uint8Array(this.size);
    for (const [col, Kind] of NUMERIC) this.numeric.set(col, new Kind(this.size).fill(Number.NaN));
    for (const col of CODED) this.coded.set(col, new CodedColumn(this.size));
    for (const col of TEXT) this.text.set(col, new OrderedText(this.size));
  }

  numbers(col: string): ArrayLike<number> | undefined {
    return this.numeric.get(col);
  }

  codes(col: string): { values: ArrayLike<number>; codeOf(value: string): number | undefined } | undefined {
    return this.coded.get(col);
  }

  texts(col: string): OrderedText | undefined {
    return this.text.get(col);
  }

  has(rowid: number): boolean {
    return rowid < this.size && this.known[rowid] === 1;
  }

  /** Every rowid held, ascending. */
  rowids(): Int32Array {
    if (!this.every) {
      let n = 0;
      for (let r = 0; r < this.size; r++) n += this.known[r]!;
      const out = new Int32Array(n);
      for (let r = 0, i = 0; r < this.size; r++) if (this.known[r]) out[i++] = r;
      this.every = out;
    }
    return this.every;
  }

  /** Holds exactly `rowids` (the cases that exist: a case removed by sync leaves the log no rowid to forget). */
  holdOnly(rowids: number[]): void {
    const held = new Uint8Array(this.size);
    for (const r of rowids) if (r < this.size) held[r] = this.known[r]!;
    this.known = held;
    this.every = null;
  }

  /** Keeps a row read as (rowid, NUMERIC…, CODED…, TEXT…). */
  put(row: unknown[]): void {
    const rowid = row[0] as number;
    if (rowid >= this.size) this.grow(rowid + 1);
    if (!this.known[rowid]) this.every = null;
    this.known[rowid] = 1;
    let i = 1;
    for (const [col] of NUMERIC) {
      const v = row[i++];
      this.numeric.get(col)![rowid] = typeof v === 'number' ? v : v === null ? Number.NaN : Number(v);
    }
    for (const col of CODED) {
      const c = this.coded.get(col)!;
      c.values[rowid] = c.code(row[i++]);
    }
    for (const col of TEXT) {
      const v = row[i++];
      this.text.get(col)!.set(rowid, v === null || v === undefined ? null : String(v));
    }
  }

  private grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.size * 1.5));
    const known = new Uint8Array(size);
    known.set(this.known);
    this.known = known;
    for (const [col, Kind] of NUMERIC) {
      const a = new Kind(size).fill(Number.NaN);
      a.set(this.numeric.get(col)!);
      this.numeric.set(col, a);
    }
    for (const col of CODED) this.coded.get(col)!.resize(size);
    for (const col of TEXT) this.text.get(col)!.resize(size);
    this.size = size;
  }
}

/** Cases read per statement while the keys are first read (a reader warming up answers calls between them). */
const CHUNK = 10_000;
const COLUMNS = ['rowid', ...NUMERIC.map(([col]) => col), ...CODED, ...TEXT].join(', ');

/** The keys of the next CHUNK cases by rowid (as one JSON array: a row at a time through the driver took twice as long). */
function readChunk(db: ReadDb, keys: CaseKeys): void {
  const json = db.cached(`SELECT json_group_array(json_array(${COLUMNS})) FROM (SELECT ${COLUMNS} FROM case_record WHERE rowid > ? ORDER BY rowid LIMIT ${CHUNK})`)
    .pluck()
    .get(keys.loadedTo) as string;
  const rows = JSON.parse(json) as unknown[][];
  for (const row of rows) keys.put(row);
  if (rows.length) keys.loadedTo = rows[rows.length - 1]![0] as number;
  if (rows.length < CHUNK) keys.complete = true;
}

/** Keys to be read from the change position now (cases written while they are read are read again after). */
function startKeys(db: ReadDb): CaseKeys {
  const seq = changeSeq(db);
  const max = (db.cached('SELECT max(rowid) FROM case_record').pluck().get() as number | null) ?? 0;
  return new CaseKeys(seq, max + 1024);
}

const MEMO = 'case-keys';

/** The connection's case keys, read in full and brought up to the change log's position. */
export function caseKeys(db: ReadDb): CaseKeys {
  const now = changeSeq(db);
  const keys = db.memo(MEMO, () => startKeys(db), (kept: CaseKeys) => kept.seq <= now);
  while (!keys.complete) readChunk(db, keys);
  if (keys.seq === now) return keys;
  const ids = writtenSince(db, 'case_record', keys.seq);
  if (ids.length) {
    const rows = db.cached(`SELECT ${COLUMNS} FROM case_record WHERE id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids)) as unknown[][];
    for (const row of rows) keys.put(row);
    // A case gone (removed by a peer's tombstone; the product never removes one itself): the
    // rowids that exist, from the narrowest index (~50 ms for the county, at most once per such write).
    if (rows.length < ids.length) {
      keys.holdOnly(JSON.parse(db.cached('SELECT json_group_array(rowid) FROM case_record INDEXED BY case_received').pluck().get() as string) as number[]);
    }
  }
  keys.seq = now;
  return keys;
}

/**
 * Reads the connection's case keys a chunk at a time in the background (a host's readers, from
 * their start), so the first search does not wait for them; calls are answered between chunks.
 */
export function warmCaseKeys(db: ReadDb): { stop(): void } {
  return warmInSteps([
    () => {
      const keys = db.memo(MEMO, () => startKeys(db));
      if (keys.complete) return false;
      readChunk(db, keys);
      return !keys.complete;
    },
  ]);
}

/** A search's matches kept by the keys: the rowids that pass every condition. */
export interface KeptMatches {
  keys: CaseKeys;
  rows: number[];
}

/**
 * The rowids `matches` (a statement of rowids: the search indexes' matches) selects that pass
 * every condition, tested on the keys; null where a condition is outside what the keys answer,
 * or a match is not among them (a case written after they were read: the SQL answers).
 */
export function keptMatches(db: ReadDb, matches: string, conditions: string[], params: Params): KeptMatches | null {
  const keys = caseKeys(db);
  const filter = compileFilter(conditions, keys, params);
  if (!filter) return null;
  // As one JSON array: 36,835 rowids in 6 ms, where a row at a time through the driver took 10.
  const rowids = JSON.parse(db.cached(`SELECT json_group_array(rowid) FROM (${matches})`).pluck().get(params) as string) as number[];
  if (!rowids.every((r) => keys.has(r))) return null;
  return { keys, rows: filter(rowids) };
}

/** Every case that passes every condition, tested on the keys (a filter over all cases: ~2–5 ms for the county); null as keptMatches. */
export function keptAll(db: ReadDb, conditions: string[], params: Params): KeptMatches | null {
  const keys = caseKeys(db);
  const filter = compileFilter(conditions, keys, params);
  return filter && { keys, rows: filter(keys.rowids()) };
}

/** An order the keys can sort by (null: not kept, e.g. a title). */
export const keptOrder = (db: ReadDb, order: string): RowOrder | null => compileOrder(order, caseKeys(db));

/** The rows of `kept` that pass `condition`, and the page of them in `order`; null where the condition is outside the keys. */
export function keptPage(kept: KeptMatches, condition: string, order: RowOrder, params: Params, offset: number, limit: number): { rids: number[]; total: number } | null {
  const filter = compileFilter([condition], kept.keys, params);
  if (!filter) return null;
  const rows = filter(kept.rows);
  return { rids: firstInOrder(rows, order, offset + limit).slice(offset), total: rows.length };
}

/** How many rows of `kept` pass each condition; null where one is outside the keys. */
export function keptCounts<K extends string>(kept: KeptMatches, conditions: Record<K, string>, params: Params): Record<K, number> | null {
  const keys = Object.keys(conditions) as K[];
  const count = compileCounts(keys.map((k) => conditions[k]), kept.keys, params);
  if (!count) return null;
  const n = count(kept.rows);
  return Object.fromEntries(keys.map((k, i) => [k, n[i]])) as Record<K, number>;
}

/**
 * The first `k` rows in `order`: sorted outright when they are a fair share of all, else through a
 * heap of the best `k` so far. Rows come by rowid, mostly in order of receipt: where the order
 * runs the other way (newest first) they are read from the end, so that most are turned away by
 * one comparison with the heap's worst (read from the start, each became the new best: 36,835
 * matches took 5 ms).
 */
function firstInOrder(rows: number[], order: RowOrder, k: number): number[] {
  if (k <= 0) return [];
  if (k * 8 >= rows.length) return rows.slice().sort(order).slice(0, k);
  const heap: number[] = [];
  // A max-heap by the order: the worst of the best k at the top.
  const worse = (a: number, b: number) => order(heap[a]!, heap[b]!) > 0;
  const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b]!, heap[a]!]);
  const add = (r: number) => {
    if (heap.length < k) {
      heap.push(r);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      return;
    }
    if (order(r, heap[0]!) >= 0) return;
    heap[0] = r;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const m = l + 1 < k && worse(l + 1, l) ? l + 1 : l;
      if (l >= k || !worse(m, i)) break;
      swap(i, m);
      i = m;
    }
  };
  if (order(rows[rows.length - 1]!, rows[0]!) < 0) for (let i = rows.length - 1; i >= 0; i--) add(rows[i]!);
  else for (const r of rows) add(r);
  return heap.sort(order);
}
