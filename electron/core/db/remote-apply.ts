// Applying records received from another PC (LAN sync), inside one change-writer transaction:
// the change writer stays the only writer of synced tables. Each record is merged by the rules
// of sync/sync-merge.ts; what it changes here is re-stamped with the sender's stamps and this
// transaction's change position, so it is shipped on to the next PC (store and forward), and
// its history entry is added like a local write's. References that the merge left dangling (a
// record created on one PC under a parent deleted on another) are mended the same way on every
// PC — a nullable reference is cleared, a required one takes its record with it — as local
// writes, so the mending itself syncs.
import type { SyncedTableName } from '../../../shared/db/tables';
import { AFTER_BATCH, COLUMN_GROUPS, FOLLOW_MERGED } from '../sync/merge-policies';
import { newer, recordDecision, sameStamp } from '../sync/sync-merge';
import type { SyncRecord, SyncStamp } from '../sync/sync-records';
import type { WriteTx } from './change-writer';
import type { ReadDb } from './read-db';
import { HistoryAction, type HistoryActionCode } from './row-history';
import { isSyncedTable, type SyncedReference } from './synced-tables';

export type SqlValue = string | number | bigint | Buffer | null;

export interface ApplyResult {
  /** Records that changed something here. */
  applied: number;
  /** Records this PC already had as new or newer. */
  skipped: number;
  /** Local writes that mended dangling references after the merge. */
  mended: number;
}

/**
 * The writes a received record needs, done by the change writer (change-writer.ts) on its own
 * connection inside its transaction: the applier decides, the writer writes.
 */
export interface RemoteWrites {
  insertRow(table: SyncedTableName, id: string, values: Record<string, SqlValue>): void;
  updateRow(table: SyncedTableName, id: string, values: Record<string, SqlValue>): void;
  deleteRow(table: SyncedTableName, id: string): void;
  /** Sets a record's stamp (a new entry, or replacing the old one and its cell stamps); returns its log ref. */
  stampRecord(table: SyncedTableName, id: string, ref: number | undefined, stamp: SyncStamp, seq: number, deleted: 0 | 1): number;
  /** Moves a live record's stamp forward, keeping its cell stamps. */
  restampRecord(ref: number, stamp: SyncStamp, seq: number): void;
  putCell(ref: number, table: SyncedTableName, col: string, stamp: SyncStamp, seq: number): void;
  dropCell(ref: number, table: SyncedTableName, col: string): void;
  /** The version vector: the newest stamp known from `device`. */
  advanceDevice(device: string, hlc: bigint): void;
  history(entry: { seq: number; ref: number; table: SyncedTableName; stamp: SyncStamp; action: HistoryActionCode; cols: string[]; priors: [string, SqlValue][] }): void;
}

/** What the change writer lends the applier for one transaction. */
export interface RemoteKit {
  /** Reads inside the transaction. */
  db: ReadDb;
  writes: RemoteWrites;
  /** This transaction's change position. */
  position(): number;
  columns(table: SyncedTableName): ReadonlySet<string>;
  touch(table: SyncedTableName): void;
  /** The same transaction's writer, for the mending writes (stamped as this PC's). */
  tx: WriteTx;
}

function toSql(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v);
  throw new Error(`Unsupported value in a sync record: ${typeof v}`);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  // Integers may arrive as bigint and be read back as number.
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) return BigInt(a as number) === BigInt(b as number) || a == b;
  return a === b;
}

export class RemoteApplier {
  constructor(private readonly references: readonly SyncedReference[]) {}

  /** Applies `records` with `kit` (inside the writer's transaction, foreign keys deferred). */
  apply(records: readonly SyncRecord[], kit: RemoteKit): ApplyResult {
    const result: ApplyResult = { applied: 0, skipped: 0, mended: 0 };
    const removed: { table: SyncedTableName; id: string }[] = [];
    const written: { table: SyncedTableName; id: string }[] = [];
    const newest = new Map<string, bigint>();
    for (const rec of records) {
      if (!isSyncedTable(rec.table)) throw new Error(`Not a synced table: ${rec.table}`);
      const seen = newest.get(rec.stamp.device);
      if (seen === undefined || rec.stamp.hlc > seen) newest.set(rec.stamp.device, rec.stamp.hlc);
      for (const c of Object.values(rec.cells ?? {})) {
        const s = newest.get(c.device);
        if (s === undefined || c.hlc > s) newest.set(c.device, c.hlc);
      }
      const changed = this.applyOne(rec, kit);
      if (!changed) {
        result.skipped++;
        continue;
      }
      result.applied++;
      (rec.deleted ? removed : written).push({ table: rec.table, id: rec.id });
    }
    result.mended = this.mend(removed, written, kit);
    const byTable = new Map<SyncedTableName, string[]>();
    for (const w of written) byTable.set(w.table, [...(byTable.get(w.table) ?? []), w.id]);
    for (const repair of AFTER_BATCH) result.mended += repair(kit.tx, byTable);
    for (const [device, hlc] of newest) kit.writes.advanceDevice(device, hlc);
    return result;
  }

  private applyOne(rec: SyncRecord, kit: RemoteKit): boolean {
    const table = rec.table as SyncedTableName;
    const w = kit.writes;
    const row = kit.db
      .cached(
        `SELECT r.id, r.hlc, d.device_id, r.deleted FROM sync_row r JOIN sync_table t ON t.id = r.table_id JOIN sync_device d ON d.id = r.device
         WHERE t.name = ? AND r.row_id = ?`,
      )
      .safeIntegers(true)
      .raw()
      .get(table, rec.id) as [bigint, bigint, string, bigint] | undefined;
    const local = row ? { ref: Number(row[0]), stamp: { hlc: row[1], device: row[2] }, deleted: row[3] === 1n } : null;
    const decision = recordDecision(local, rec);
    if (decision === 'skip') return false;
    const seq = kit.position();
    const readRow = () => kit.db.cached(`SELECT * FROM ${table} WHERE id = ?`).get(rec.id) as Record<string, SqlValue> | undefined;
    if (decision === 'tombstone') {
      const before = readRow();
      if (before) w.deleteRow(table, rec.id);
      const ref = w.stampRecord(table, rec.id, local?.ref, rec.stamp, seq, 1);
      if (before) {
        const priors = Object.entries(before).filter(([c, v]) => c !== 'id' && v !== null);
        w.history({ seq, ref, table, stamp: rec.stamp, action: HistoryAction.delete, cols: [], priors });
      }
      kit.touch(table);
      return true;
    }
    const cols = kit.columns(table);
    const values = rec.values ?? {};
    for (const c of Object.keys(values)) if (!cols.has(c)) throw new Error(`Unknown column ${table}.${c}`);
    if (decision === 'create') {
      const names = Object.keys(values);
      w.insertRow(table, rec.id, Object.fromEntries(names.map((c) => [c, toSql(values[c])])));
      const ref = w.stampRecord(table, rec.id, local?.ref, rec.stamp, seq, 0);
      for (const [col, st] of Object.entries(rec.cells ?? {})) w.putCell(ref, table, col, st, seq);
      const nonNull = names.filter((c) => values[c] !== null && values[c] !== undefined);
      w.history({ seq, ref, table, stamp: rec.stamp, action: HistoryAction.create, cols: nonNull, priors: [] });
      kit.touch(table);
      return true;
    }
    // Both live: cell by cell, the newest stamp wins.
    const ref = local!.ref;
    const localStamp = local!.stamp;
    const localCells = new Map(
      (
        kit.db
          .cached('SELECT c.col, s.hlc, d.device_id FROM sync_cell s JOIN sync_column c ON c.id = s.col_id JOIN sync_device d ON d.id = s.device WHERE s.row_ref = ?')
          .safeIntegers(true)
          .raw()
          .all(ref) as [string, bigint, string][]
      ).map(([col, hlc, dev]) => [col, { hlc, device: dev }] as const),
    );
    const rowStamp = newer(rec.stamp, localStamp) ? rec.stamp : localStamp;
    const current = readRow();
    if (!current) throw new Error(`Record ${table}/${rec.id} is in the change log but not in its table`);
    const changedValues: string[] = [];
    let changedStamps = !sameStamp(rowStamp, localStamp);
    // Columns of a group (a case's workflow state) follow the group's order as one.
    const group = COLUMN_GROUPS[table];
    const groupOrder = group ? group.compare(current, values) : 0;
    for (const col of cols) {
      if (col === 'id') continue;
      const mine = localCells.get(col) ?? localStamp;
      const theirs = rec.cells?.[col] ?? rec.stamp;
      const inGroup = !!group?.columns.has(col) && groupOrder !== 0;
      const incomingWins = col in values && (inGroup ? groupOrder < 0 && !sameStamp(theirs, mine) : newer(theirs, mine));
      const final = incomingWins ? theirs : mine;
      if (incomingWins && !sameValue(current[col], toSql(values[col]))) changedValues.push(col);
      const hadCell = localCells.has(col);
      if (sameStamp(final, rowStamp)) {
        if (hadCell) {
          w.dropCell(ref, table, col);
          changedStamps = true;
        }
      } else if (!hadCell || !sameStamp(final, mine)) {
        w.putCell(ref, table, col, final, seq);
        changedStamps = true;
      }
    }
    if (!sameStamp(rowStamp, localStamp)) w.restampRecord(ref, rowStamp, seq);
    if (changedValues.length > 0) {
      w.updateRow(table, rec.id, Object.fromEntries(changedValues.map((c) => [c, toSql(values[c])])));
      const priors = changedValues.map((c) => [c, current[c] ?? null] as [string, SqlValue]);
      w.history({ seq, ref, table, stamp: rec.stamp, action: HistoryAction.update, cols: changedValues, priors });
      kit.touch(table);
    }
    return changedValues.length > 0 || changedStamps;
  }

  /**
   * Mends references the merge left dangling, until none is left: children of removed records
   * (a nullable reference cleared, a required one removed with its record), and written records
   * whose parent is gone here. Returns the number of mending writes.
   */
  private mend(removed: { table: SyncedTableName; id: string }[], written: { table: SyncedTableName; id: string }[], kit: RemoteKit): number {
    let writes = 0;
    const queue = [...removed];
    const fixChild = (ref: SyncedReference, childId: string, goneId: string) => {
      // A parent merged into another (a duplicate natural key) is followed there.
      const followed = FOLLOW_MERGED(kit.tx, ref, childId, goneId);
      if (followed !== null) {
        writes += followed;
        return;
      }
      if (ref.nullable) {
        if (kit.tx.update(ref.child, childId, { [ref.column]: null } as never).length > 0) writes++;
      } else if (kit.tx.remove(ref.child, childId)) {
        writes++;
        queue.push({ table: ref.child, id: childId });
      }
    };
    for (const w of written) {
      for (const ref of this.references.filter((r) => r.child === w.table)) {
        const value = (kit.db.cached(`SELECT ${ref.column} AS v FROM ${w.table} WHERE id = ?`).get(w.id) as { v: unknown } | undefined)?.v;
        if (value === null || value === undefined) continue;
        const parentThere = kit.db.cached(`SELECT 1 AS ok FROM ${ref.parent} WHERE id = ?`).get(value);
        if (!parentThere) fixChild(ref, w.id, String(value));
      }
    }
    while (queue.length > 0) {
      const gone = queue.shift()!;
      for (const ref of this.references.filter((r) => r.parent === gone.table)) {
        const children = (kit.db.cached(`SELECT id FROM ${ref.child} WHERE ${ref.column} = ?`).all(gone.id) as { id: string }[]).map((r) => r.id);
        for (const childId of children) fixChild(ref, childId, gone.id);
      }
    }
    return writes;
  }
}
