// The change writer: the only way to write synced tables. In the same transaction as the
// write it stamps what changed in the change log (docs/sync.md) with a hybrid-logical-clock
// stamp and this device's id — a new record once as a whole (`sync_row`), an update per
// changed cell (`sync_cell`, replacing that cell's older stamp), a delete as a tombstone that
// drops the record's cell stamps — and adds an entry to the record's local history (who, when,
// and the values before). A write that changes nothing records nothing. After commit it
// reports which tables changed so the core can push `changed` events.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { ColumnOf, SyncedTableName } from '../../../shared/db/tables';
import type { Db } from './connection';
import { setMeta } from './device';
import { readOnlyDb, type ReadDb } from './read-db';
import { changeSeq, LogIds, TOMBSTONE_COLUMN } from './change-log';
import { Hlc } from './hlc';
import { HistoryAction, HistoryWriter } from './row-history';
import { RemoteApplier, type ApplyResult, type RemoteWrites } from './remote-apply';
import type { SyncRecord } from '../sync/sync-records';
import { describeSyncedTables, isSyncedTable, type SyncedSchema } from './synced-tables';
import { assertKeyFree, naturalKeyOf } from '../sync/natural-keys';

export { TOMBSTONE_COLUMN };

export type Row = Record<string, unknown>;

/** Rows per statement when the records of a received batch are inserted together. */
const INSERT_ROWS = 50;
/** SQLite's limit on the parameters of one statement (SQLITE_MAX_VARIABLE_NUMBER, since 3.32). */
const MAX_SQL_PARAMS = 32_766;

/** How far ahead of this PC's clock a received stamp may be (docs/sync.md, clock safety). */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
/** Values for some columns of a synced table; the compiler rejects a column the table lacks. */
export type RowPatch<T extends SyncedTableName> = { [C in ColumnOf<T>]?: unknown };
/** A new row of a synced table: its columns, and always its `id`. */
export type NewRow<T extends SyncedTableName> = RowPatch<T> & { id: string };
type SqlValue = string | number | bigint | Buffer | null;
/** Puts row `i`'s values into `params` from `at` (insertMany). */
type RowFill = (i: number, params: unknown[], at: number) => void;

export interface WriteTx {
  /** Reads inside the transaction (they see its writes); every write goes through the methods below. */
  readonly db: ReadDb;
  /** Insert a new row (must carry `id`); the record is stamped once, covering all its cells. */
  insert<T extends SyncedTableName>(table: T, row: NewRow<T>): void;
  /** Update columns of one row; returns the names of the columns that actually changed. */
  update<T extends SyncedTableName>(table: T, id: string, patch: RowPatch<T>): ColumnOf<T>[];
  /** Delete a row; logged as a tombstone. Returns false when the row did not exist. */
  remove(table: SyncedTableName, id: string): boolean;
  /** Sets a key of this device's local, unsynced `meta` table (e.g. a case-number counter) in this transaction. Not logged. */
  setMeta(key: string, value: string): void;
}

function toSql(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || Buffer.isBuffer(v)) return v;
  return JSON.stringify(v);
}

interface Stamp {
  hlc: bigint;
  seq: number;
}

export class ChangeWriter {
  private readonly hlc: Hlc;
  private readonly ids: LogIds;
  private readonly history: HistoryWriter;
  private depth = 0;
  private touched = new Set<SyncedTableName>();
  /** This transaction's change position (0 until its first write). */
  private seq = 0;
  private lastHlc: bigint | null = null;
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly inserts = new Map<SyncedTableName, { cols: string[]; stmt: Statement<unknown[]> }>();
  private readonly reads: ReadDb;
  private readonly findRow: Statement<unknown[]>;
  private readonly addRow: Statement<unknown[]>;
  private readonly maxRowRef: Statement<unknown[]>;
  private readonly restamp: Statement<unknown[]>;
  private readonly dropCells: Statement<unknown[]>;
  private readonly putCell: Statement<unknown[]>;
  private readonly setMaxHlc: Statement<unknown[]>;
  private applier: RemoteApplier | null = null;

  constructor(
    private readonly db: Db,
    private readonly deviceId: string,
    private readonly onCommit: (tables: SyncedTableName[]) => void = () => {},
    private readonly now: () => number = Date.now,
    /** The synced tables' shape; read from `db` unless given (copies of one schema may share it). */
    private readonly schema: SyncedSchema = describeSyncedTables(readOnlyDb(db)),
  ) {
    this.reads = readOnlyDb(db);
    this.ids = new LogIds(db);
    // This device's newest stamp, kept in its version-vector entry, so the clock continues
    // after it across restarts even when the wall clock was set back. (The entry is made at
    // the first write: a reader core's writer, on a read-only connection, never makes it.)
    const last = db.prepare('SELECT max_hlc FROM sync_device WHERE device_id = ?').safeIntegers(true).pluck().get(deviceId) as bigint | undefined;
    this.hlc = new Hlc(now, last ?? 0n);
    this.history = new HistoryWriter(db);
    this.findRow = db.prepare('SELECT id FROM sync_row WHERE table_id = ? AND row_id = ?').pluck();
    // Plain INSERTs with the new rowid read from the result: cheaper than RETURNING, which SQLite buffers.
    this.addRow = db.prepare('INSERT INTO sync_row (table_id, row_id, hlc, device, seq, deleted) VALUES (?, ?, ?, ?, ?, ?)');
    this.maxRowRef = db.prepare('SELECT coalesce(max(id), 0) FROM sync_row').pluck();
    this.restamp = db.prepare('UPDATE sync_row SET hlc = ?, device = ?, seq = ?, deleted = ? WHERE id = ?');
    this.dropCells = db.prepare('DELETE FROM sync_cell WHERE row_ref = ?');
    this.putCell = db.prepare(
      `INSERT INTO sync_cell (row_ref, col_id, hlc, device, seq) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (row_ref, col_id) DO UPDATE SET hlc = excluded.hlc, device = excluded.device, seq = excluded.seq`,
    );
    this.setMaxHlc = db.prepare('UPDATE sync_device SET max_hlc = max(max_hlc, ?) WHERE id = ?');
  }

  /** This device's small id in the log (made inside the first write transaction). */
  private get device(): number {
    return this.ids.device(this.deviceId);
  }

  get clock(): Hlc {
    return this.hlc;
  }

  /**
   * Runs `fn` in one transaction. Nested calls join the outer transaction.
   * `actor` is the user id recorded with each change (null for the system).
   */
  transaction<T>(actor: string | null, fn: (tx: WriteTx) => T): T {
    if (this.depth > 0) return fn(this.makeTx(actor));
    this.begin();
    this.depth++;
    let result: T;
    try {
      result = this.db.transaction(() => {
        const r = fn(this.makeTx(actor));
        this.beforeCommit();
        return r;
      })();
    } catch (err) {
      this.rolledBack();
      throw err;
    } finally {
      this.depth--;
    }
    const tables = [...this.touched];
    this.touched = new Set();
    if (tables.length > 0) this.onCommit(tables);
    return result;
  }

  /**
   * Runs `fn` in one transaction that may await between batches (to report progress and let
   * a cancel arrive); any failure, a cancel included, rolls everything back. The caller must
   * hold the connection (core.exclusive) for the whole run, so no other call's statements
   * fall into the open transaction.
   */
  async transactionAsync<T>(actor: string | null, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    if (this.depth > 0) throw new Error('transactionAsync cannot run inside another transaction');
    this.begin();
    this.depth++;
    let result: T;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      result = await fn(this.makeTx(actor));
      this.beforeCommit();
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.rolledBack();
      throw err;
    } finally {
      this.depth--;
    }
    const tables = [...this.touched];
    this.touched = new Set();
    if (tables.length > 0) this.onCommit(tables);
    return result;
  }

  /**
   * Applies records received from another PC in one transaction (remote-apply.ts): merged
   * cell by cell, re-stamped with their own stamps and this transaction's position so they are
   * shipped on, and dangling references mended. The clock moves past what was received, so
   * this PC's next write is newer. All or nothing: a failure leaves the database as it was.
   */
  applyRemote(records: readonly SyncRecord[]): ApplyResult & { held: SyncRecord[] } {
    // A record stamped further ahead of this PC's clock than MAX_CLOCK_AHEAD_MS is held back, not
    // applied: taking it would drag this PC's clock (and every later stamp) into the future.
    const limit = BigInt(this.now() + MAX_CLOCK_AHEAD_MS) << 16n;
    const held: SyncRecord[] = [];
    const ready: SyncRecord[] = [];
    let newest = 0n;
    for (const r of records) {
      const top = Object.values(r.cells ?? {}).reduce((m, c) => (c.hlc > m ? c.hlc : m), r.stamp.hlc);
      if (top >= limit) held.push(r);
      else {
        ready.push(r);
        if (top > newest) newest = top;
      }
    }
    if (ready.length === 0) return { applied: 0, skipped: 0, mended: 0, held };
    this.applier ??= new RemoteApplier(this.schema.references);
    const applier = this.applier;
    this.hlc.receive(newest);
    const result = this.transaction(null, (tx) => {
      // A record may arrive before the one it refers to, in the same batch: references are
      // checked when the transaction commits, after the mending.
      this.db.pragma('defer_foreign_keys = ON');
      return applier.apply(ready, {
        db: this.reads,
        writes: this.remoteWrites(),
        position: () => this.position(),
        columns: (table) => this.schema.columns.get(table)!,
        touch: (table) => this.touched.add(table),
        tx,
      });
    });
    return { ...result, held };
  }

  /** The writes of a received record (remote-apply.ts decides them), on this connection, stamped with the sender's stamps. */
  private remoteWrites(): RemoteWrites {
    const ids = this.ids;
    return {
      insertRow: (table, id, cols, values) => this.insertStatement(table, cols).run(id, ...values),
      createRecords: (table, cols, records, seq, nonNull) => {
        const tableId = ids.table(table);
        this.insertMany(table, ['id', ...cols], records.length, (i, p, at) => {
          const r = records[i]!;
          p[at] = r.id;
          for (let j = 0; j < r.values.length; j++) p[at + 1 + j] = r.values[j];
        });
        // Record stamps with their ids given (the next free ones, as SQLite would pick them): the
        // cell stamps and history entries refer to them.
        const first = (this.maxRowRef.get() as number) + 1;
        const devices = records.map((r) => ids.device(r.stamp.device));
        this.insertMany('sync_row', ['id', 'table_id', 'row_id', 'hlc', 'device', 'seq', 'deleted'], records.length, (i, p, at) => {
          const r = records[i]!;
          p[at] = first + i;
          p[at + 1] = tableId;
          p[at + 2] = r.id;
          p[at + 3] = r.stamp.hlc;
          p[at + 4] = devices[i];
          p[at + 5] = seq;
          p[at + 6] = 0;
        });
        records.forEach((r, i) => {
          if (r.cells) for (const col in r.cells) this.putCell.run(first + i, ids.column(table, col), r.cells[col]!.hlc, ids.device(r.cells[col]!.device), seq);
        });
        this.history.recordCreates(
          records.map((r, i) => ({ ref: first + i, hlc: r.stamp.hlc, device: devices[i]! })),
          seq,
          nonNull.map((c) => ids.column(table, c)),
          (count, fill) => this.insertMany('row_history', ['id', 'row_ref', 'hlc', 'device', 'actor', 'action'], count, fill),
        );
      },
      updateRow: (table, id, values) => {
        const cols = Object.keys(values);
        this.stmt(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => values[c]), id);
      },
      deleteRow: (table, id) => void this.stmt(`DELETE FROM ${table} WHERE id = ?`).run(id),
      stampRecord: (table, id, ref, stamp, seq, deleted) => {
        const device = ids.device(stamp.device);
        if (ref === undefined) return Number(this.addRow.run(ids.table(table), id, stamp.hlc, device, seq, deleted).lastInsertRowid);
        this.restamp.run(stamp.hlc, device, seq, deleted, ref);
        this.dropCells.run(ref);
        return ref;
      },
      restampRecord: (ref, stamp, seq) => void this.restamp.run(stamp.hlc, ids.device(stamp.device), seq, 0, ref),
      putCell: (ref, table, col, stamp, seq) => void this.putCell.run(ref, ids.column(table, col), stamp.hlc, ids.device(stamp.device), seq),
      dropCell: (ref, table, col) => void this.stmt('DELETE FROM sync_cell WHERE row_ref = ? AND col_id = ?').run(ref, ids.column(table, col)),
      advanceDevice: (device, hlc) => void this.setMaxHlc.run(hlc, ids.device(device)),
      history: (e) =>
        this.history.record({
          seq: e.seq,
          ref: e.ref,
          hlc: e.stamp.hlc,
          device: ids.device(e.stamp.device),
          actor: null,
          action: e.action,
          cols: e.cols.map((c) => ids.column(e.table, c)),
          priors: e.priors.map(([c, v]) => [ids.column(e.table, c), v]),
        }),
    };
  }

  /** This transaction's change position, taken at its first write. */
  private position(): number {
    if (this.seq === 0) this.seq = changeSeq(this.db) + 1;
    return this.seq;
  }

  /** Resets the per-transaction state at the start of an outermost transaction. */
  private begin(): void {
    this.touched = new Set();
    this.seq = 0;
    this.lastHlc = null;
    this.history.begin();
  }

  /** Inside the transaction, after its last write: this device's version-vector entry. */
  private beforeCommit(): void {
    if (this.lastHlc !== null) this.setMaxHlc.run(this.lastHlc, this.device);
  }

  private rolledBack(): void {
    this.touched = new Set();
    // Ids made inside the rolled-back transaction no longer exist.
    this.ids.forget();
  }

  /**
   * Inserts `count` rows into `table`, INSERT_ROWS rows per statement: far cheaper per row than
   * one statement each. `fill(i, params, at)` puts row i's values, in the order of `cols`, into
   * `params` from `at`: the parameters are bound from one array, reused for every run of the
   * statement (no array per row, no copy per statement).
   */
  private insertMany(table: string, cols: readonly string[], count: number, fill: RowFill): void {
    const width = cols.length;
    const per = Math.max(1, Math.min(INSERT_ROWS, Math.floor(MAX_SQL_PARAMS / width)));
    const sql = (n: number) => `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array.from({ length: n }, () => `(${cols.map(() => '?').join(', ')})`).join(', ')}`;
    let i = 0;
    if (count >= per) {
      const many = this.stmt(sql(per));
      const params = new Array<unknown>(per * width);
      for (; i + per <= count; i += per) {
        for (let r = 0; r < per; r++) fill(i + r, params, r * width);
        many.run(params);
      }
    }
    if (i < count) {
      const one = this.stmt(sql(1));
      const params = new Array<unknown>(width);
      for (; i < count; i++) {
        fill(i, params, 0);
        one.run(params);
      }
    }
  }

  /** The INSERT of a received record with these columns (the last one made for the table is kept: records of a table come with the same columns). */
  private insertStatement(table: SyncedTableName, cols: readonly string[]): Statement<unknown[]> {
    const kept = this.inserts.get(table);
    if (kept && kept.cols.length === cols.length && kept.cols.every((c, i) => c === cols[i])) return kept.stmt;
    const stmt = this.stmt(`INSERT INTO ${table} (id${cols.map((c) => `, ${c}`).join('')}) VALUES (?${cols.map(() => ', ?').join('')})`);
    this.inserts.set(table, { cols: [...cols], stmt });
    return stmt;
  }

  private stmt(sql: string): Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private checkTable(table: string, cols: string[]): void {
    if (!isSyncedTable(table)) throw new Error(`Not a synced table: ${table}`);
    const known = this.schema.columns.get(table)!;
    for (const c of cols) if (!known.has(c)) throw new Error(`Unknown column ${table}.${c}`);
  }

  /** A new stamp; the transaction's position is taken at its first write. */
  private stamp(): Stamp {
    const seq = this.position();
    const hlc = this.hlc.next();
    this.lastHlc = hlc;
    return { hlc, seq };
  }

  /** Stamps a whole record (created, re-created, or deleted); its cell stamps are superseded. */
  private stampRow(table: string, id: string, st: Stamp, deleted: 0 | 1): number {
    const tableId = this.ids.table(table);
    const ref = this.findRow.get(tableId, id) as number | undefined;
    if (ref === undefined) return Number(this.addRow.run(tableId, id, st.hlc, this.device, st.seq, deleted).lastInsertRowid);
    this.restamp.run(st.hlc, this.device, st.seq, deleted, ref);
    this.dropCells.run(ref);
    return ref;
  }

  private makeTx(actor: string | null): WriteTx {
    return {
      db: this.reads,
      insert: (table, newRow) => {
        const row: Row = newRow;
        const id = row.id;
        if (typeof id !== 'string' || id.length === 0) throw new Error(`Insert into ${table} without id`);
        const cols = Object.keys(row).filter((c) => row[c] !== undefined);
        this.checkTable(table, cols);
        const values = cols.map((c) => toSql(row[c]));
        // A natural key (citizen ID, user name, code …) is not UNIQUE in the schema, so that sync
        // can keep two records made apart; a local write that would duplicate one is refused here.
        if (naturalKeyOf(table)) assertKeyFree(this.reads, table, id, Object.fromEntries(cols.map((c, i) => [c, values[i]])));
        this.stmt(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
        const st = this.stamp();
        const ref = this.stampRow(table, id, st, 0);
        const written = cols.filter((c, i) => c !== 'id' && values[i] !== null).map((c) => this.ids.column(table, c));
        this.history.record({ seq: st.seq, ref, hlc: st.hlc, device: this.device, actor, action: HistoryAction.create, cols: written, priors: [] });
        this.touched.add(table);
      },
      update: <T extends SyncedTableName>(table: T, id: string, rowPatch: RowPatch<T>): ColumnOf<T>[] => {
        const patch: Row = rowPatch;
        const cols = Object.keys(patch).filter((c) => patch[c] !== undefined && c !== 'id') as ColumnOf<T>[];
        this.checkTable(table, cols);
        if (cols.length === 0) return [];
        const current = this.stmt(`SELECT ${cols.join(', ')} FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
        if (!current) throw new Error(`Row ${table}/${id} not found`);
        const changed = cols.filter((c) => current[c] !== toSql(patch[c]));
        if (changed.length === 0) return [];
        const key = naturalKeyOf(table);
        if (key && changed.some((c) => key.columns.includes(c))) {
          // The whole record: a key that holds only for some records (its `where`) looks at other columns too.
          const keyNow = this.stmt(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
          assertKeyFree(this.reads, table, id, { ...keyNow, ...Object.fromEntries(changed.map((c) => [c, toSql(patch[c])])) });
        }
        this.stmt(`UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
          ...changed.map((c) => toSql(patch[c])),
          id,
        );
        const st = this.stamp();
        const tableId = this.ids.table(table);
        let ref = this.findRow.get(tableId, id) as number | undefined;
        if (ref === undefined) {
          // A record written before the log knew it: its row stamp now covers every cell.
          ref = Number(this.addRow.run(tableId, id, st.hlc, this.device, st.seq, 0).lastInsertRowid);
        } else {
          for (const c of changed) this.putCell.run(ref, this.ids.column(table, c), st.hlc, this.device, st.seq);
        }
        const priors = changed.map((c) => [this.ids.column(table, c), toSql(current[c])] as [number, SqlValue]);
        this.history.record({ seq: st.seq, ref, hlc: st.hlc, device: this.device, actor, action: HistoryAction.update, cols: priors.map((p) => p[0]), priors });
        this.touched.add(table);
        return changed;
      },
      remove: (table, id) => {
        this.checkTable(table, []);
        const before = this.stmt(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
        if (!before) return false;
        this.stmt(`DELETE FROM ${table} WHERE id = ?`).run(id);
        const st = this.stamp();
        const ref = this.stampRow(table, id, st, 1);
        const priors = Object.entries(before)
          .filter(([c, v]) => c !== 'id' && v !== null)
          .map(([c, v]) => [this.ids.column(table, c), toSql(v)] as [number, SqlValue]);
        this.history.record({ seq: st.seq, ref, hlc: st.hlc, device: this.device, actor, action: HistoryAction.delete, cols: [], priors });
        this.touched.add(table);
        return true;
      },
      setMeta: (key, value) => setMeta(this.db, key, value),
    };
  }
}
