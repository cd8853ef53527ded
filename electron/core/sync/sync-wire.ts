// The frames peers exchange over their WebSocket (docs/sync.md, "The protocol"): JSON text,
// stamps as decimal strings (64-bit), blobs as base64. Every incoming frame is parsed and checked
// here — size, shape, synced table, known columns — before anything acts on it; a frame that
// fails is refused whole, and nothing of it is written.
import { z } from 'zod';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { SyncRecord, SyncStamp } from './sync-records';

/** Version of this protocol; a peer speaking another is told so and not served. */
export const PROTOCOL_VERSION = 1;
/** The largest frame a paired peer may send (a batch with attachments). */
export const MAX_SYNC_FRAME = 256 * 1024 * 1024;
/** The largest frame before pairing (a pairing request is a few hundred bytes). */
export const MAX_PAIR_FRAME = 16 * 1024;

const hlcText = z.string().regex(/^\d{1,20}$/);
const deviceText = z.string().min(1).max(100);
const name = z.string().min(1).max(80);
const position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const wireValue = z.union([
  z.null(),
  z.number(),
  z.string().max(64 * 1024 * 1024),
  z.object({ b: z.string().max(MAX_SYNC_FRAME) }).strict(),
  z.object({ n: z.string().regex(/^-?\d{1,20}$/) }).strict(),
]);

const wireRecord = z
  .object({
    t: z.string().max(64),
    i: z.string().min(1).max(64),
    h: hlcText,
    d: deviceText,
    x: z.literal(1).optional(),
    v: z.record(z.string().max(64), wireValue).optional(),
    c: z.record(z.string().max(64), z.tuple([hlcText, deviceText])).optional(),
    s: position,
  })
  .strict();
export type WireRecord = z.infer<typeof wireRecord>;

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

const batchFrame = z
  .object({
    type: z.literal('batch'),
    upTo: position,
    /** The sender's current position (catch-up progress). */
    of: position,
    records: z.array(wireRecord).max(200_000),
  })
  .strict();

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

function encodeValue(v: unknown): z.infer<typeof wireValue> {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { n: v.toString() };
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { b: Buffer.from(v).toString('base64') };
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new Error(`Unsupported value in a sync record: ${typeof v}`);
}

function decodeValue(v: z.infer<typeof wireValue>): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'string') return v;
  if ('b' in v) return Buffer.from(v.b, 'base64');
  return BigInt(v.n);
}

export function encodeRecord(r: SyncRecord): WireRecord {
  const out: WireRecord = { t: r.table, i: r.id, h: r.stamp.hlc.toString(), d: r.stamp.device, s: r.seq };
  if (r.deleted) out.x = 1;
  if (r.values) out.v = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, encodeValue(v)]));
  if (r.cells && Object.keys(r.cells).length > 0) out.c = Object.fromEntries(Object.entries(r.cells).map(([k, s]) => [k, [s.hlc.toString(), s.device]]));
  return out;
}

/**
 * A received record, checked against this PC's synced tables and their columns; null when it
 * names a table that is not synced or a column the table does not have (a malformed or hostile
 * frame: the whole batch is refused).
 */
export function decodeRecord(w: WireRecord, columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>): SyncRecord | null {
  const cols = columns.get(w.t as SyncedTableName);
  if (!cols) return null;
  const stamp = (h: string, d: string): SyncStamp => ({ hlc: BigInt(h), device: d });
  if (w.x === 1) {
    if (w.v || w.c) return null;
    return { table: w.t, id: w.i, stamp: stamp(w.h, w.d), deleted: true, seq: w.s };
  }
  if (!w.v) return null;
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(w.v)) {
    if (k === 'id' || !cols.has(k)) return null;
    values[k] = decodeValue(v);
  }
  const cells: Record<string, SyncStamp> = {};
  for (const [k, [h, d]] of Object.entries(w.c ?? {})) {
    if (k === 'id' || !cols.has(k)) return null;
    cells[k] = stamp(h, d);
  }
  return { table: w.t, id: w.i, stamp: stamp(w.h, w.d), deleted: false, values, cells, seq: w.s };
}

export function vectorToWire(v: ReadonlyMap<string, bigint>): Record<string, string> {
  return Object.fromEntries([...v].map(([d, h]) => [d, h.toString()]));
}

export function vectorFromWire(v: Record<string, string>): Map<string, bigint> {
  return new Map(Object.entries(v).map(([d, h]) => [d, BigInt(h)]));
}
