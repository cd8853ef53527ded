// Applying records received from another PC (LAN sync), inside one change-writer transaction:
// the change writer stays the only writer of synced tables. Each record is merged by the rules
// of sync/sync-merge.ts; what it changes here is re-stamped with the sender's stamps and this
// transaction's change position, so it is shipped on to the next PC (store and forward), and
// its history entry is added like a local write's. References that the merge left dangling (a
// record created on one PC under a parent deleted on another) are mended the same way on every
// PC — a nullable reference is cleared, a required one takes its record with it — as local
// writes, so the mending itself syncs.
import type { SyncedTableName } from '../../../shared/db/tables';
import { AFTER_BATCH, COLUMN_GROUPS, FOLLOW_MERGED, type ColumnGroup } from '../sync/merge-policies';
import { newer, recordDecision, sameStamp } from '../sync/sync-merge';
import type { SyncRecord, SyncStamp } from '../sync/sync-records';
import type { WriteTx } from './change-writer';
import { readByKeys } from './keyed-read';
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
  /** Inserts a record: `values[i]` is column `cols[i]`'s. */
  insertRow(table: SyncedTableName, id: string, cols: readonly string[], values: readonly SqlValue[]): void;
  /**
   * Inserts records this PC has never seen, whole, all with the columns `cols`: their rows,
   * their record and cell stamps and their history entries (`nonNull`: the last record's
   * columns with a value), many rows per statement.
   */
  createRecords(table: SyncedTableName, cols: readonly string[], records: readonly NewRecord[], seq: number, nonNull: string[]): void;
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

/** A record this PC has never seen, to insert whole. */
export interface NewRecord {
  id: string;
  /** In the order of the columns given with it. */
  values: SqlValue[];
  stamp: SyncStamp;
  cells: Record<string, SyncStamp> | undefined;
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

type Row = Record<string, SqlValue>;

interface LocalRecord {
  ref: number;
  stamp: SyncStamp;
  deleted: boolean;
}

/**
 * What this PC has of a batch's records, read set-wise before anything is written: the
 * record stamps (one query per table), the cell stamps of the records to merge (one query),
 * and the rows a merge or a delete needs (one query per table). A record that occurs more
 * than once in the batch is read afresh each time (`fresh`), as the earlier copy changed it.
 */
class BatchState {
  private readonly stamps = new Map<SyncedTableName, Map<string, LocalRecord>>();
  private readonly cellsByRef = new Map<number, Map<string, SyncStamp>>();
  private readonly rows = new Map<SyncedTableName, Map<string, Row | undefined>>();

  constructor(private readonly db: ReadDb) {}

  /** Reads the record stamps of `ids` (by table); ids absent from the log are never-seen records. */
  readStamps(idsByTable: ReadonlyMap<SyncedTableName, readonly string[]>): void {
    const devices = new Map(this.db.cached('SELECT id, device_id FROM sync_device').raw().all() as [number, string][]);
    for (const [table, ids] of idsByTable) {
      const byId = new Map<string, LocalRecord>();
      const rows = readByKeys<[string, bigint, bigint, bigint, bigint]>(
        this.db,
        'SELECT row_id, id, hlc, device, deleted FROM sync_row WHERE table_id = (SELECT id FROM sync_table WHERE name = ?) AND row_id IN (:keys)',
        ids,
        [table],
        (s) => s.safeIntegers(true).raw(),
      );
      for (const [id, ref, hlc, device, deleted] of rows) {
        byId.set(id, { ref: Number(ref), stamp: { hlc, device: devices.get(Number(device))! }, deleted: deleted === 1n });
      }
      this.stamps.set(table, byId);
    }
  }

  /** Reads the cell stamps of the records `refs`. */
  readCells(refs: readonly number[]): void {
    for (const ref of refs) this.cellsByRef.set(ref, new Map());
    const rows = readByKeys<[bigint, string, bigint, string]>(
      this.db,
      `SELECT s.row_ref, c.col, s.hlc, d.device_id FROM sync_cell s JOIN sync_column c ON c.id = s.col_id JOIN sync_device d ON d.id = s.device
        WHERE s.row_ref IN (:keys)`,
      refs,
      [],
      (s) => s.safeIntegers(true).raw(),
    );
    for (const [ref, col, hlc, device] of rows) this.cellsByRef.get(Number(ref))!.set(col, { hlc, device });
  }

  /** Reads the rows `ids` (by table). */
  readRows(idsByTable: ReadonlyMap<SyncedTableName, readonly string[]>): void {
    for (const [table, ids] of idsByTable) {
      const byId = new Map<string, Row | undefined>(ids.map((id) => [id, undefined]));
      for (const row of readByKeys<Row>(this.db, `SELECT * FROM ${table} WHERE id IN (:keys)`, ids)) byId.set(row.id as string, row);
      this.rows.set(table, byId);
    }
  }

  local(table: SyncedTableName, id: string, fresh: boolean): LocalRecord | null {
    if (!fresh) return this.stamps.get(table)?.get(id) ?? null;
    const row = this.db
      .cached(
        `SELECT r.id, r.hlc, d.device_id, r.deleted FROM sync_row r JOIN sync_table t ON t.id = r.table_id JOIN sync_device d ON d.id = r.device
         WHERE t.name = ? AND r.row_id = ?`,
      )
      .safeIntegers(true)
      .raw()
      .get(table, id) as [bigint, bigint, string, bigint] | undefined;
    return row ? { ref: Number(row[0]), stamp: { hlc: row[1], device: row[2] }, deleted: row[3] === 1n } : null;
  }

  cells(ref: number, fresh: boolean): Map<string, SyncStamp> {
    const kept = fresh ? undefined : this.cellsByRef.get(ref);
    if (kept) return kept;
    return new Map(
      (
        this.db
          .cached('SELECT c.col, s.hlc, d.device_id FROM sync_cell s JOIN sync_column c ON c.id = s.col_id JOIN sync_device d ON d.id = s.device WHERE s.row_ref = ?')
          .safeIntegers(true)
          .raw()
          .all(ref) as [string, bigint, string][]
      ).map(([col, hlc, dev]) => [col, { hlc, device: dev }] as const),
    );
  }

  row(table: SyncedTableName, id: string, fresh: boolean): Row | undefined {
    const kept = fresh ? undefined : this.rows.get(table);
    if (kept?.has(id)) return kept.get(id);
    return this.db.cached(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  }
}

/** A batch's records never seen here, by table and by their columns, inserted together at the end of the batch. */
class PendingCreates {
  private readonly groups: { table: SyncedTableName; cols: string[]; records: NewRecord[]; last: SyncRecord }[] = [];
  private seq = 0;

  add(table: SyncedTableName, cols: string[], rec: SyncRecord, seq: number): void {
    this.seq = seq;
    let group = this.groups.find((g) => g.table === table && g.cols.length === cols.length && g.cols.every((c, i) => c === cols[i]));
    if (!group) this.groups.push((group = { table, cols, records: [], last: rec }));
    const values = rec.values ?? {};
    group.records.push({ id: rec.id, values: cols.map((c) => toSql(values[c])), stamp: rec.stamp, cells: rec.cells });
    group.last = rec;
  }

  flush(kit: RemoteKit): void {
    for (const g of this.groups) {
      const values = g.last.values ?? {};
      const nonNull = g.cols.filter((c) => values[c] !== null && values[c] !== undefined);
      kit.writes.createRecords(g.table, g.cols, g.records, this.seq, nonNull);
    }
    this.groups.length = 0;
  }
}

/** Whether an incoming column takes the place of the local one (rule 1, or its group's order). */
function incomingWins(col: string, values: Record<string, unknown>, theirs: SyncStamp, mine: SyncStamp, group: ColumnGroup | undefined, order: () => number): boolean {
  if (!(col in values)) return false;
  if (group?.columns.has(col)) {
    // A group's columns follow the group's order as one; between equal copies the newest cell wins.
    if (sameStamp(theirs, mine)) return false;
    const o = order();
    return o < 0 || (o === 0 && newer(theirs, mine));
  }
  return newer(theirs, mine);
}

/** Groups ids by table, in order, each once. */
function byTable(items: readonly { table: SyncedTableName; id: string }[]): Map<SyncedTableName, string[]> {
  const out = new Map<SyncedTableName, string[]>();
  for (const { table, id } of items) {
    let ids = out.get(table);
    if (!ids) out.set(table, (ids = []));
    ids.push(id);
  }
  return out;
}

export class RemoteApplier {
  constructor(private readonly references: readonly SyncedReference[]) {}

  /** Applies `records` with `kit` (inside the writer's transaction, foreign keys deferred). */
  apply(records: readonly SyncRecord[], kit: RemoteKit): ApplyResult {
    const result: ApplyResult = { applied: 0, skipped: 0, mended: 0 };
    const removed: { table: SyncedTableName; id: string }[] = [];
    const written: { table: SyncedTableName; id: string }[] = [];
    const newest = new Map<string, bigint>();
    // How often each record occurs in the batch (once, nearly always).
    const occurs = new Map<SyncedTableName, Map<string, number>>();
    for (const rec of records) {
      if (!isSyncedTable(rec.table)) throw new Error(`Not a synced table: ${rec.table}`);
      const seen = newest.get(rec.stamp.device);
      if (seen === undefined || rec.stamp.hlc > seen) newest.set(rec.stamp.device, rec.stamp.hlc);
      if (rec.cells) {
        for (const col in rec.cells) {
          const c = rec.cells[col]!;
          const s = newest.get(c.device);
          if (s === undefined || c.hlc > s) newest.set(c.device, c.hlc);
        }
      }
      let ids = occurs.get(rec.table);
      if (!ids) occurs.set(rec.table, (ids = new Map()));
      ids.set(rec.id, (ids.get(rec.id) ?? 0) + 1);
    }
    const state = this.prefetch(records, occurs, kit);
    const creates = new PendingCreates();
    for (const rec of records) {
      const fresh = occurs.get(rec.table as SyncedTableName)!.get(rec.id)! > 1;
      if (!this.applyOne(rec, kit, state, fresh, creates)) {
        result.skipped++;
        continue;
      }
      result.applied++;
      (rec.deleted ? removed : written).push({ table: rec.table as SyncedTableName, id: rec.id });
    }
    creates.flush(kit);
    const writtenByTable = byTable(written);
    result.mended = this.mend(removed, writtenByTable, kit);
    for (const repair of AFTER_BATCH) result.mended += repair(kit.tx, writtenByTable);
    for (const [device, hlc] of newest) kit.writes.advanceDevice(device, hlc);
    return result;
  }

  /** Reads what this PC has of the batch's records (those that occur once), before any write. */
  private prefetch(records: readonly SyncRecord[], occurs: ReadonlyMap<SyncedTableName, ReadonlyMap<string, number>>, kit: RemoteKit): BatchState {
    const state = new BatchState(kit.db);
    const once = (rec: SyncRecord) => occurs.get(rec.table as SyncedTableName)!.get(rec.id) === 1;
    state.readStamps(new Map([...occurs].map(([table, ids]) => [table, [...ids.keys()]])));
    const merges: [SyncRecord, LocalRecord][] = [];
    const rowsToRead: { table: SyncedTableName; id: string }[] = [];
    for (const rec of records) {
      if (!once(rec)) continue;
      const table = rec.table as SyncedTableName;
      const local = state.local(table, rec.id, false);
      const decision = recordDecision(local, rec);
      if (decision === 'tombstone') rowsToRead.push({ table, id: rec.id });
      else if (decision === 'merge') merges.push([rec, local!]);
    }
    state.readCells(merges.map(([, local]) => local.ref));
    // A merge needs the local row only when an incoming cell may win (its value is compared,
    // and kept as the prior in the history), or when its group's order must be known.
    for (const [rec, local] of merges) {
      const table = rec.table as SyncedTableName;
      const values = rec.values ?? {};
      const cells = state.cells(local.ref, false);
      const group = COLUMN_GROUPS[table];
      let needed = false;
      const order = () => {
        needed = true;
        return 0;
      };
      for (const col of kit.columns(table)) {
        if (col === 'id') continue;
        if (incomingWins(col, values, rec.cells?.[col] ?? rec.stamp, cells.get(col) ?? local.stamp, group, order)) needed = true;
        if (needed) break;
      }
      if (needed) rowsToRead.push({ table, id: rec.id });
    }
    state.readRows(byTable(rowsToRead));
    return state;
  }

  private applyOne(rec: SyncRecord, kit: RemoteKit, state: BatchState, fresh: boolean, creates: PendingCreates): boolean {
    const table = rec.table as SyncedTableName;
    const w = kit.writes;
    const local = state.local(table, rec.id, fresh);
    const decision = recordDecision(local, rec);
    if (decision === 'skip') return false;
    const seq = kit.position();
    if (decision === 'tombstone') {
      const before = state.row(table, rec.id, fresh);
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
    const names = Object.keys(values);
    for (const c of names) if (!cols.has(c)) throw new Error(`Unknown column ${table}.${c}`);
    if (decision === 'create' && !local && !fresh) {
      // Never seen here (the common case of a catch-up): inserted with the batch's other new
      // records, many per statement, before the mending.
      creates.add(table, names, rec, seq);
      kit.touch(table);
      return true;
    }
    if (decision === 'create') {
      w.insertRow(
        table,
        rec.id,
        names,
        names.map((c) => toSql(values[c])),
      );
      const ref = w.stampRecord(table, rec.id, local?.ref, rec.stamp, seq, 0);
      if (rec.cells) for (const col in rec.cells) w.putCell(ref, table, col, rec.cells[col]!, seq);
      const nonNull = names.filter((c) => values[c] !== null && values[c] !== undefined);
      w.history({ seq, ref, table, stamp: rec.stamp, action: HistoryAction.create, cols: nonNull, priors: [] });
      kit.touch(table);
      return true;
    }
    // Both live: cell by cell, the newest stamp wins. The local row is read only when needed.
    const ref = local!.ref;
    const localStamp = local!.stamp;
    const localCells = state.cells(ref, fresh);
    const rowStamp = newer(rec.stamp, localStamp) ? rec.stamp : localStamp;
    let current: Row | undefined;
    const readCurrent = (): Row => {
      current ??= state.row(table, rec.id, fresh);
      if (!current) throw new Error(`Record ${table}/${rec.id} is in the change log but not in its table`);
      return current;
    };
    const group = COLUMN_GROUPS[table];
    let groupOrder: number | undefined;
    const order = () => (groupOrder ??= group!.compare(readCurrent(), values));
    const changedValues: string[] = [];
    let changedStamps = !sameStamp(rowStamp, localStamp);
    for (const col of cols) {
      if (col === 'id') continue;
      const mine = localCells.get(col) ?? localStamp;
      const theirs = rec.cells?.[col] ?? rec.stamp;
      const wins = incomingWins(col, values, theirs, mine, group, order);
      const final = wins ? theirs : mine;
      if (wins && !sameValue(readCurrent()[col], toSql(values[col]))) changedValues.push(col);
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
      const before = readCurrent();
      w.updateRow(table, rec.id, Object.fromEntries(changedValues.map((c) => [c, toSql(values[c])])));
      const priors = changedValues.map((c) => [c, before[c] ?? null] as [string, SqlValue]);
      w.history({ seq, ref, table, stamp: rec.stamp, action: HistoryAction.update, cols: changedValues, priors });
      kit.touch(table);
    }
    return changedValues.length > 0 || changedStamps;
  }

  /**
   * Mends references the merge left dangling, until none is left: children of removed records
   * (a nullable reference cleared, a required one removed with its record), and written records
   * whose parent is gone here — one query per reference over the whole batch, then one per
   * reference for each round of removals. Returns the number of mending writes.
   */
  private mend(removed: { table: SyncedTableName; id: string }[], written: ReadonlyMap<SyncedTableName, readonly string[]>, kit: RemoteKit): number {
    let writes = 0;
    let queue = [...removed];
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
    for (const [table, ids] of written) {
      for (const ref of this.references.filter((r) => r.child === table)) {
        // [child, the parent it names that is gone here]
        const dangling = readByKeys<[string, unknown]>(
          kit.db,
          `SELECT c.id, c.${ref.column} FROM ${ref.child} c WHERE c.id IN (:keys) AND c.${ref.column} IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM ${ref.parent} p WHERE p.id = c.${ref.column})`,
          [...new Set(ids)],
          [],
          (s) => s.raw(),
        );
        for (const [childId, parent] of dangling) fixChild(ref, childId, String(parent));
      }
    }
    while (queue.length > 0) {
      const round = byTable(queue);
      queue = [];
      for (const [table, ids] of round) {
        for (const ref of this.references.filter((r) => r.parent === table)) {
          // [child, its removed parent]
          const children = readByKeys<[string, string]>(kit.db, `SELECT id, ${ref.column} FROM ${ref.child} WHERE ${ref.column} IN (:keys)`, [...new Set(ids)], [], (s) => s.raw());
          for (const [childId, parent] of children) fixChild(ref, childId, parent);
        }
      }
    }
    return writes;
  }
}
