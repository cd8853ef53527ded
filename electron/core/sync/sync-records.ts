// What one PC ships to another: every synced record changed after a change position, whole —
// its record stamp, whether it is a tombstone, all its values and the stamps of the cells that
// have their own (docs/sync.md). Shipping the whole record (rather than the changed cells) lets
// a receiver that never saw the record, or saw it deleted, take it as it is; the merge is still
// per cell (sync-merge.ts).
import { changeSeq } from '../db/change-log';
import { tableColumns, type ReadDb, type ReadStatement } from '../db/read-db';

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
  // A batch ends on a position boundary (a position is one transaction, acknowledged whole):
  // up to the position of the `limit`-th stamp after `afterSeq`, found by walking the seq indexes.
  const nth = (table: 'sync_row' | 'sync_cell') =>
    db.cached(`SELECT seq FROM ${table} WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?`).pluck().get(afterSeq, Math.max(0, limit - 1)) as number | undefined;
  const upTo = Math.min(nth('sync_row') ?? current, nth('sync_cell') ?? current);
  const refs = db
    .cached(
      `SELECT ref, max(seq) AS seq FROM (
         SELECT id AS ref, seq FROM sync_row WHERE seq > @after AND seq <= @upTo
         UNION ALL SELECT row_ref AS ref, seq FROM sync_cell WHERE seq > @after AND seq <= @upTo)
       GROUP BY ref ORDER BY seq, ref`,
    )
    .raw()
    .all({ after: afterSeq, upTo }) as [number, number][];
  const rowStmt = db
    .cached('SELECT r.row_id, t.name, r.hlc, r.device, r.deleted FROM sync_row r JOIN sync_table t ON t.id = r.table_id WHERE r.id = ?')
    .safeIntegers(true)
    .raw();
  const cellStmt = db.cached('SELECT col_id, hlc, device FROM sync_cell WHERE row_ref = ?').safeIntegers(true).raw();
  const reads = new Map<string, { cols: string[]; read: ReadStatement }>();
  const known = opts.known;
  const covered = (st: SyncStamp) => {
    const top = known?.get(st.device);
    return top !== undefined && st.hlc <= top;
  };
  const out: SyncRecord[] = [];
  for (const [ref, seq] of refs) {
    const [id, table, hlc, device, deleted] = rowStmt.get(ref) as [string, string, bigint, bigint, bigint];
    const stamp = { hlc, device: devices.get(Number(device))! };
    if (deleted === 1n) {
      if (!covered(stamp)) out.push({ table, id, stamp, deleted: true, seq });
      continue;
    }
    let r = reads.get(table);
    if (!r) {
      const cols = db.memo(`sync-columns:${table}`, () => tableColumns(db, table).filter((c) => c !== 'id'));
      r = { cols, read: db.cached<unknown[]>(`SELECT ${cols.join(', ')} FROM ${table} WHERE id = ?`) };
      reads.set(table, r);
    }
    const values = r.read.get(id) as Record<string, unknown> | undefined;
    if (!values) continue; // written outside the change writer: nothing consistent to ship
    const cells: Record<string, SyncStamp> = {};
    for (const [col, h, d] of cellStmt.all(ref) as [bigint, bigint, bigint][]) {
      cells[columnNames.get(Number(col))!] = { hlc: h, device: devices.get(Number(d))! };
    }
    if (covered(stamp) && Object.values(cells).every(covered)) continue;
    out.push({ table, id, stamp, deleted: false, values: { ...values }, cells, seq });
  }
  return { records: out, upTo };
}
