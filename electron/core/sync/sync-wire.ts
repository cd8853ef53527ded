// The frames peers exchange over their WebSocket (docs/sync.md, "The protocol"): JSON text,
// stamps as decimal strings (64-bit), blobs as base64. A batch names its tables' columns and its
// devices once, and each record as a short array that refers to them (a record's values are not
// keyed by column name a thousand times over). Every incoming frame is parsed and checked here —
// size, shape, synced table, known columns — before anything acts on it; a frame that fails is
// refused whole, and nothing of it is written.
import { z } from 'zod';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { SyncRecord, SyncStamp } from './sync-records';

/** Version of this protocol; a peer speaking another is told so and not served. (2: batches in the compact form.) */
export const PROTOCOL_VERSION = 2;
/** The largest frame a paired peer may send (a batch with attachments). */
export const MAX_SYNC_FRAME = 256 * 1024 * 1024;
/** The largest frame before pairing (a pairing request is a few hundred bytes). */
export const MAX_PAIR_FRAME = 16 * 1024;

const hlcText = z.string().regex(/^\d{1,20}$/);
const deviceText = z.string().min(1).max(100);
const name = z.string().min(1).max(80);
const position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A value as stored: null, a number, a string, a blob (`{b: base64}`) or a 64-bit integer (`{n}`). */
type WireValue = null | number | string | { b: string } | { n: string };

/**
 * One record on its own (a record held in quarantine is kept in this form), checked by hand in
 * `decodeRecord` (every field's type and size, the table and its columns).
 */
export interface WireRecord {
  t: string;
  i: string;
  h: string;
  d: string;
  x?: 1;
  v?: Record<string, WireValue>;
  c?: Record<string, [string, string]>;
  s: number;
}

export const helloFrame = z
  .object({
    type: z.literal('hello'),
    proto: z.number().int(),
    schema: z.number().int(),
    deviceId: deviceText,
    name,
    /** The port this device listens on for peers (to dial it back later), or null. */
    port: z.number().int().min(1).max(65535).nullable(),
    /** The sender's current change position. */
    seq: position,
    /** The position of the receiver's log the sender has applied. */
    have: position,
    /** The sender's version vector: the newest stamp it knows from each device. */
    vector: z.record(deviceText, hlcText),
  })
  .strict();

/**
 * A record of a batch: [shape, id, hlc, device, seq, values, cells?] — `shape` an index into the
 * batch's `shapes` (a table and the columns its records' values follow), `device` an index into
 * its `devices`; `values` one per column of the shape, or null for a tombstone; `cells` the
 * stamps of columns written after the record's own stamp, `{column: [hlc, device]}`.
 */
export type WireBatchRecord = [number, string, string, number, number, WireValue[] | null, Record<string, [string, number]>?];

const MAX_BATCH_RECORDS = 200_000;
const batchFrame = z
  .object({
    type: z.literal('batch'),
    upTo: position,
    /** The sender's current position (catch-up progress). */
    of: position,
    /** [table, its columns]: what the records' values follow. */
    shapes: z.array(z.tuple([z.string().max(64), z.array(z.string().max(64)).max(1000)])).max(1000),
    devices: z.array(deviceText).max(MAX_BATCH_RECORDS),
    /** Checked one by one in decodeBatch. */
    records: z.array(z.unknown()).max(MAX_BATCH_RECORDS),
  })
  .strict();
export type BatchFrame = z.infer<typeof batchFrame>;

const ackFrame = z.object({ type: z.literal('ack'), upTo: position }).strict();
const refuseFrame = z.object({ type: z.literal('refuse'), message: z.string().max(500) }).strict();

export const syncFrame = z.discriminatedUnion('type', [helloFrame, batchFrame, ackFrame, refuseFrame]);
export type SyncFrame = z.infer<typeof syncFrame>;
export type HelloFrame = z.infer<typeof helloFrame>;

export const pairFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pair-request'), name, schema: z.number().int(), proto: z.number().int(), port: z.number().int().min(1).max(65535).nullable() }).strict(),
  z.object({ type: z.literal('pair-pending'), name }).strict(),
  z.object({ type: z.literal('pair-accepted'), name, deviceId: deviceText }).strict(),
  z.object({ type: z.literal('pair-rejected') }).strict(),
  refuseFrame,
]);
export type PairFrame = z.infer<typeof pairFrame>;

/** Parses a frame's text with `schema`; null for anything malformed (not JSON, wrong shape, too big). */
export function parseFrame<T>(schema: z.ZodType<T>, data: unknown, maxBytes: number): T | null {
  const text = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data as Buffer[]) : data instanceof ArrayBuffer ? Buffer.from(data) : null;
  if (!text || text.length > maxBytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.toString('utf8'));
  } catch {
    return null;
  }
  const r = schema.safeParse(json);
  return r.success ? r.data : null;
}

function encodeValue(v: unknown): WireValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { n: v.toString() };
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { b: Buffer.from(v).toString('base64') };
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new Error(`Unsupported value in a sync record: ${typeof v}`);
}

const HLC_TEXT = /^\d{1,20}$/;
const INT_TEXT = /^-?\d{1,20}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_TEXT = 64 * 1024 * 1024;
const NOT_A_VALUE = Symbol('not a value');

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A received value as stored, or NOT_A_VALUE for anything else. */
function decodeValue(v: unknown): unknown {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NOT_A_VALUE;
  if (typeof v === 'string') return v.length <= MAX_TEXT ? v : NOT_A_VALUE;
  if (!isPlainObject(v)) return NOT_A_VALUE;
  const keys = Object.keys(v);
  if (keys.length !== 1) return NOT_A_VALUE;
  if (typeof v.b === 'string' && BASE64.test(v.b)) return Buffer.from(v.b, 'base64');
  if (typeof v.n === 'string' && INT_TEXT.test(v.n)) return BigInt(v.n);
  return NOT_A_VALUE;
}

const isStamp = (h: unknown, d: unknown): h is string => typeof h === 'string' && HLC_TEXT.test(h) && typeof d === 'string' && d.length > 0 && d.length <= 100;

export function encodeRecord(r: SyncRecord): WireRecord {
  const out: WireRecord = { t: r.table, i: r.id, h: r.stamp.hlc.toString(), d: r.stamp.device, s: r.seq };
  if (r.deleted) out.x = 1;
  if (r.values) out.v = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, encodeValue(v)]));
  if (r.cells && Object.keys(r.cells).length > 0) out.c = Object.fromEntries(Object.entries(r.cells).map(([k, s]) => [k, [s.hlc.toString(), s.device]]));
  return out;
}

/**
 * A received record, checked field by field against this PC's synced tables and their columns;
 * null for anything malformed, a table that is not synced, or a column the table does not have
 * (a malformed or hostile frame: the whole batch is refused).
 */
export function decodeRecord(w: unknown, columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>): SyncRecord | null {
  if (!isPlainObject(w)) return null;
  for (const k of Object.keys(w)) if (!RECORD_KEYS.has(k)) return null;
  const { t, i, h, d, x, v, c, s } = w;
  if (typeof t !== 'string' || typeof i !== 'string' || i.length === 0 || i.length > 64 || !isStamp(h, d)) return null;
  if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) return null;
  const cols = columns.get(t as SyncedTableName);
  if (!cols) return null;
  const stamp = (hh: string, dd: string): SyncStamp => ({ hlc: BigInt(hh), device: dd });
  if (x !== undefined) {
    if (x !== 1 || v !== undefined || c !== undefined) return null;
    return { table: t, id: i, stamp: stamp(h, d as string), deleted: true, seq: s };
  }
  if (!isPlainObject(v)) return null;
  const values: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(v)) {
    if (k === 'id' || !cols.has(k)) return null;
    const value = decodeValue(raw);
    if (value === NOT_A_VALUE) return null;
    values[k] = value;
  }
  const cells: Record<string, SyncStamp> = {};
  if (c !== undefined) {
    if (!isPlainObject(c)) return null;
    for (const [k, st] of Object.entries(c)) {
      if (k === 'id' || !cols.has(k) || !Array.isArray(st) || st.length !== 2 || !isStamp(st[0], st[1])) return null;
      cells[k] = stamp(st[0], st[1] as string);
    }
  }
  return { table: t, id: i, stamp: stamp(h, d as string), deleted: false, values, cells, seq: s };
}

const RECORD_KEYS = new Set(['t', 'i', 'h', 'd', 'x', 'v', 'c', 's']);

/** A batch's records in the compact form of the wire (WireBatchRecord). */
export function encodeBatch(records: readonly SyncRecord[]): Pick<BatchFrame, 'shapes' | 'devices' | 'records'> {
  const shapes: [string, string[]][] = [];
  const devices: string[] = [];
  const deviceIndex = new Map<string, number>();
  const device = (d: string) => {
    let i = deviceIndex.get(d);
    if (i === undefined) {
      deviceIndex.set(d, (i = devices.length));
      devices.push(d);
    }
    return i;
  };
  // The last shape used for each table: a table's records nearly always have the same columns.
  const lastShape = new Map<string, number>();
  const out: WireBatchRecord[] = [];
  for (const r of records) {
    const d = device(r.stamp.device);
    const h = r.stamp.hlc.toString();
    if (r.deleted || !r.values) {
      out.push([shapeOf(r.table, []), r.id, h, d, r.seq, null]);
      continue;
    }
    const cols = Object.keys(r.values);
    const shape = shapeOf(r.table, cols);
    const values: WireValue[] = new Array<WireValue>(cols.length);
    for (let i = 0; i < cols.length; i++) values[i] = encodeValue(r.values[cols[i]!]);
    const rec: WireBatchRecord = [shape, r.id, h, d, r.seq, values];
    if (r.cells) {
      let cells: Record<string, [string, number]> | undefined;
      for (const col in r.cells) (cells ??= {})[col] = [r.cells[col]!.hlc.toString(), device(r.cells[col]!.device)];
      if (cells) rec.push(cells);
    }
    out.push(rec);
  }
  return { shapes, devices, records: out };

  function shapeOf(table: string, cols: string[]): number {
    const last = lastShape.get(table);
    if (last !== undefined) {
      const known = shapes[last]![1];
      if (known.length === cols.length && known.every((c, i) => c === cols[i])) return last;
    }
    let i = shapes.findIndex(([t, c]) => t === table && c.length === cols.length && c.every((x, j) => x === cols[j]));
    if (i < 0) {
      i = shapes.length;
      shapes.push([table, cols]);
    }
    lastShape.set(table, i);
    return i;
  }
}

/**
 * A received batch's records, each checked field by field against this PC's synced tables and
 * their columns; null when anything is malformed — a shape naming a table that is not synced or
 * a column the table does not have, a record of the wrong form, a value or stamp that is not
 * one — and then the whole batch is refused.
 */
export function decodeBatch(frame: Pick<BatchFrame, 'shapes' | 'devices' | 'records'>, columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>): SyncRecord[] | null {
  const shapes: { table: string; cols: string[]; known: ReadonlySet<string> }[] = [];
  for (const [table, cols] of frame.shapes) {
    const known = columns.get(table as SyncedTableName);
    if (!known) return null;
    if (new Set(cols).size !== cols.length) return null;
    for (const c of cols) if (c === 'id' || !known.has(c)) return null;
    shapes.push({ table, cols, known });
  }
  const devices = frame.devices;
  const out: SyncRecord[] = new Array<SyncRecord>(frame.records.length);
  for (let n = 0; n < frame.records.length; n++) {
    const w = frame.records[n];
    if (!Array.isArray(w) || w.length < 6 || w.length > 7) return null;
    const [si, id, h, di, seq, v, c] = w as unknown[];
    const shape = typeof si === 'number' ? shapes[si] : undefined;
    if (!shape || typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
    if (typeof h !== 'string' || !HLC_TEXT.test(h)) return null;
    const device = typeof di === 'number' ? devices[di] : undefined;
    if (device === undefined) return null;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    const stamp: SyncStamp = { hlc: BigInt(h), device };
    if (v === null) {
      if (c !== undefined || shape.cols.length !== 0) return null;
      out[n] = { table: shape.table, id, stamp, deleted: true, seq };
      continue;
    }
    if (!Array.isArray(v) || v.length !== shape.cols.length) return null;
    const values: Record<string, unknown> = {};
    for (let i = 0; i < v.length; i++) {
      const value = decodeValue(v[i]);
      if (value === NOT_A_VALUE) return null;
      values[shape.cols[i]!] = value;
    }
    let cells: Record<string, SyncStamp> | undefined;
    if (c !== undefined) {
      if (!isPlainObject(c)) return null;
      cells = {};
      for (const col of Object.keys(c)) {
        const st = c[col];
        if (col === 'id' || !shape.known.has(col) || !Array.isArray(st) || st.length !== 2) return null;
        const [ch, cd] = st as unknown[];
        const cdev = typeof cd === 'number' ? devices[cd] : undefined;
        if (typeof ch !== 'string' || !HLC_TEXT.test(ch) || cdev === undefined) return null;
        cells[col] = { hlc: BigInt(ch), device: cdev };
      }
    }
    out[n] = { table: shape.table, id, stamp, deleted: false, values, cells, seq };
  }
  return out;
}

export function vectorToWire(v: ReadonlyMap<string, bigint>): Record<string, string> {
  return Object.fromEntries([...v].map(([d, h]) => [d, h.toString()]));
}

export function vectorFromWire(v: Record<string, string>): Map<string, bigint> {
  return new Map(Object.entries(v).map(([d, h]) => [d, BigInt(h)]));
}
