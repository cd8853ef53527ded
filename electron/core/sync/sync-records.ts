// What one PC ships to another: every synced record changed after a change position, whole —
// its record stamp, whether it is a tombstone, all its values and the stamps of the cells that
// have their own (docs/sync.md). Shipping the whole record (rather than the changed cells) lets
// a receiver that never saw the record, or saw it deleted, take it as it is; the merge is still
// per cell (sync-merge.ts).
import { changeSeq } from '../db/change-log';
import { readByKeys } from '../db/keyed-read';
import { tableColumns, type ReadDb } from '../db/read-db';

export interface SyncStamp {
  /** The hybrid-logical-clock stamp (db/hlc.ts). */
  hlc: bigint;
  /** The global id of the device that made it. */
  device: string;
}

export interface SyncRecord {
  table: string;
  id: string;
  /** The record's stamp: its creation (or re-creation), or its deletion for a tombstone. */
  stamp: SyncStamp;
  deleted: boolean;
  /** Every column but `id` as stored (absent for a tombstone). */
  values?: Record<string, unknown>;
  /** Columns changed after the record's stamp, with their own stamps. */
  cells?: Record<string, SyncStamp>;
  /** The sender's change position of this record's newest change (what a receiver acknowledges). */
  seq: number;
}

/**
 * How many records a peer asks for in one batch (`limit` of batchSince): each batch is one
 * transaction on the receiver. Measured (test/bench/sync-apply.bench.test.ts): 2,000–10,000
 * catch up alike; bigger batches are slower (more memory held per batch), smaller ones pay
 * the per-batch costs more often.
 */
export const SYNC_BATCH_RECORDS = 5_000;

/**
 * The records changed after `afterSeq`, oldest change first: about `limit` of them, always
 * whole positions (a transaction's records are never split between two batches).
 */
export function recordsSince(db: ReadDb, afterSeq: number, limit = Number.MAX_SAFE_INTEGER): SyncRecord[] {
  return batchSince(db, afterSeq, { limit }).records;
}

export interface SyncBatch {
  records: SyncRecord[];
  /** The last position the batch covers: what the receiver acknowledges once it is applied. */
  upTo: number;
}

/**
 * One batch for a peer: the records changed after `afterSeq` (whole positions, about `limit`
 * records), leaving out those the peer already has — every stamp of the record at or below
 * the peer's version vector `known` — so a change is not sent back where it came from.
 */
export function batchSince(db: ReadDb, afterSeq: number, opts: { limit?: number; known?: ReadonlyMap<string, bigint> } = {}): SyncBatch {
  const limit = opts.limit ?? Number.MAX_SAFE_INTEGER;
  // Statements are cached per connection (ReadDb.cached): a peer asks again and again.
  const current = changeSeq(db);
  if (current <= afterSeq) return { records: [], upTo: afterSeq };
  const devices = new Map(db.cached('SELECT id, device_id FROM sync_device').raw().all() as [number, string][]);
  const columnNames = new Map(db.cached('SELECT id, col FROM sync_column').raw().all() as [number, string][]);
  const tableNames = new Map(db.cached('SELECT id, name FROM sync_table').raw().all() as [number, string][]);
  // A batch ends on a position boundary (a position is one transaction, acknowledged whole):
  // up to the position of the `limit`-th stamp after `afterSeq`, found by walking the seq indexes.
  const nth = (table: 'sync_row' | 'sync_cell') =>
    db.cached(`SELECT seq FROM ${table} WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?`).pluck().get(afterSeq, Math.max(0, limit - 1)) as number | undefined;
  const upTo = Math.min(nth('sync_row') ?? current, nth('sync_cell') ?? current);
  // The batch's records with their row stamps, in one query over the two seq ranges. A record
  // goes with its newest change: one changed again after `upTo` is left for the batch that
  // covers that change. Shipped here (it is shipped whole), it would bring stamps from beyond
  // the position the receiver acknowledges, and raise the receiver's version vector past
  // records still to come — which a later session's hello then says it has, so they would be
  // left out for good.
  const rows = db
    .cached(
      `SELECT b.ref, b.seq, r.table_id, r.row_id, r.hlc, r.device, r.deleted FROM (
         SELECT ref, max(seq) AS seq FROM (
           SELECT id AS ref, seq FROM sync_row WHERE seq > @after AND seq <= @upTo
           UNION ALL SELECT row_ref AS ref, seq FROM sync_cell WHERE seq > @after AND seq <= @upTo)
         GROUP BY ref) b
       JOIN sync_row r ON r.id = b.ref
       WHERE r.seq <= @upTo AND NOT EXISTS (SELECT 1 FROM sync_cell c WHERE c.row_ref = b.ref AND c.seq > @upTo)
       ORDER BY b.seq, b.ref`,
    )
    .safeIntegers(true)
    .raw()
    .all({ after: afterSeq, upTo }) as [bigint, bigint, bigint, string, bigint, bigint, bigint][];
  // Their cell stamps (all of them, not only those in the range: a record is shipped whole) …
  const live = rows.filter((r) => r[6] !== 1n);
  const cells = new Map<bigint, [bigint, bigint, bigint][]>();
  const cellRows = readByKeys<[bigint, bigint, bigint, bigint]>(
    db,
    'SELECT row_ref, col_id, hlc, device FROM sync_cell WHERE row_ref IN (:keys)',
    live.map((r) => Number(r[0])),
    [],
    (s) => s.safeIntegers(true).raw(),
  );
  for (const [ref, col, h, d] of cellRows) {
    let list = cells.get(ref);
    if (!list) cells.set(ref, (list = []));
    list.push([col, h, d]);
  }
  // Which records the peer lacks — decided from the stamps alone, so the values of what it has
  // (most of a batch just received from it, when this PC pushes on) are never read.
  const known = opts.known;
  const covered = (st: SyncStamp) => {
    const top = known?.get(st.device);
    return top !== undefined && st.hlc <= top;
  };
  const shipped: { row: (typeof rows)[number]; table: string; stamp: SyncStamp; stamps: Record<string, SyncStamp> }[] = [];
  for (const row of rows) {
    const [ref, , tableId, , hlc, device, deleted] = row;
    const table = tableNames.get(Number(tableId))!;
    const stamp = { hlc, device: devices.get(Number(device))! };
    const stamps: Record<string, SyncStamp> = {};
    if (deleted !== 1n) for (const [col, h, d] of cells.get(ref) ?? []) stamps[columnNames.get(Number(col))!] = { hlc: h, device: devices.get(Number(d))! };
    if (covered(stamp) && Object.values(stamps).every(covered)) continue;
    shipped.push({ row, table, stamp, stamps });
  }
  // … and the values of those, one query per table.
  const values = new Map<bigint, Map<string, Record<string, unknown>>>();
  const idsByTable = new Map<bigint, string[]>();
  for (const { row: r } of shipped) {
    if (r[6] === 1n) continue;
    let ids = idsByTable.get(r[2]);
    if (!ids) idsByTable.set(r[2], (ids = []));
    ids.push(r[3]);
  }
  for (const [tableId, ids] of idsByTable) {
    const table = tableNames.get(Number(tableId))!;
    const cols = db.memo(`sync-columns:${table}`, () => tableColumns(db, table).filter((c) => c !== 'id'));
    const byId = new Map<string, Record<string, unknown>>();
    for (const row of readByKeys<unknown[]>(db, `SELECT id, ${cols.join(', ')} FROM ${table} WHERE id IN (:keys)`, ids, [], (st) => st.raw())) {
      const v: Record<string, unknown> = {};
      for (let i = 0; i < cols.length; i++) v[cols[i]!] = row[i + 1];
      byId.set(row[0] as string, v);
    }
    values.set(tableId, byId);
  }
  const out: SyncRecord[] = [];
  for (const { row, table, stamp, stamps } of shipped) {
    const [, seq, tableId, id, , , deleted] = row;
    if (deleted === 1n) {
      out.push({ table, id, stamp, deleted: true, seq: Number(seq) });
      continue;
    }
    const v = values.get(tableId)?.get(id);
    if (!v) continue; // written outside the change writer: nothing consistent to ship
    out.push({ table, id, stamp, deleted: false, values: v, cells: stamps, seq: Number(seq) });
  }
  return { records: out, upTo };
}
