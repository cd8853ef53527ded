// The change writer: the only way to write synced tables. In the same transaction as the
// write it records each changed cell in `change_log` with a hybrid-logical-clock stamp and
// this device's id. A write that changes nothing records nothing. After commit it reports
// which tables changed so the core can push `changed` events.
import type { Statement } from 'better-sqlite3';
import type { ColumnOf, SyncedTableName } from '../../../shared/db/tables';
import type { Db } from './connection';
import { setMeta } from './device';
import { readOnlyDb, type ReadDb } from './read-db';
import { Hlc } from './hlc';
import { isSyncedTable, SYNCED_TABLES } from './synced-tables';

export type Row = Record<string, unknown>;
/** Values for some columns of a synced table; the compiler rejects a column the table lacks. */
export type RowPatch<T extends SyncedTableName> = { [C in ColumnOf<T>]?: unknown };
/** A new row of a synced table: its columns, and always its `id`. */
export type NewRow<T extends SyncedTableName> = RowPatch<T> & { id: string };
type SqlValue = string | number | bigint | Buffer | null;

export interface WriteTx {
  /** Reads inside the transaction (they see its writes); every write goes through the methods below. */
  readonly db: ReadDb;
  /** Insert a new row (must carry `id`); every non-null column is logged. */
  insert<T extends SyncedTableName>(table: T, row: NewRow<T>): void;
  /** Update columns of one row; returns the names of the columns that actually changed. */
  update<T extends SyncedTableName>(table: T, id: string, patch: RowPatch<T>): ColumnOf<T>[];
  /** Delete a row; logged as a tombstone. Returns false when the row did not exist. */
  remove(table: SyncedTableName, id: string): boolean;
  /** Sets a key of this device's local, unsynced `meta` table (e.g. a case-number counter) in this transaction. Not logged. */
  setMeta(key: string, value: string): void;
}

export const TOMBSTONE_COLUMN = '_deleted';

function toSql(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || Buffer.isBuffer(v)) return v;
  return JSON.stringify(v);
}

export class ChangeWriter {
  private readonly columns = new Map<string, Set<string>>();
  private readonly hlc: Hlc;
  private depth = 0;
  private touched = new Set<SyncedTableName>();
  private readonly logStmt;
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly reads: ReadDb;

  constructor(
    private readonly db: Db,
    private readonly deviceId: string,
    private readonly onCommit: (tables: SyncedTableName[]) => void = () => {},
    now: () => number = Date.now,
  ) {
    this.reads = readOnlyDb(db);
    for (const t of SYNCED_TABLES) {
      const cols = db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[];
      if (cols.length === 0) throw new Error(`Synced table ${t} does not exist`);
      this.columns.set(t, new Set(cols.map((c) => c.name)));
    }
    // This device's HLCs increase with seq, so its newest row (scanning back from the end
    // of the log) holds its highest HLC.
    const last = db.prepare('SELECT hlc FROM change_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1').get(deviceId) as
      | { hlc: string }
      | undefined;
    this.hlc = new Hlc(deviceId, now, last?.hlc ?? null);
    this.logStmt = db.prepare(
      'INSERT INTO change_log (hlc, device_id, actor, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
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
    this.touched = new Set();
    this.depth++;
    let result: T;
    try {
      result = this.db.transaction(() => fn(this.makeTx(actor)))();
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
    this.touched = new Set();
    this.depth++;
    let result: T;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      result = await fn(this.makeTx(actor));
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.touched = new Set();
      throw err;
    } finally {
      this.depth--;
    }
    const tables = [...this.touched];
    this.touched = new Set();
    if (tables.length > 0) this.onCommit(tables);
    return result;
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
    const known = this.columns.get(table)!;
    for (const c of cols) if (!known.has(c)) throw new Error(`Unknown column ${table}.${c}`);
  }

  private log(actor: string | null, table: string, id: string, col: string, value: SqlValue): void {
    const v = value === null ? null : JSON.stringify(Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? value.toString() : value);
    this.logStmt.run(this.hlc.next(), this.deviceId, actor, table, id, col, v);
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
        this.stmt(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
        cols.forEach((c, i) => {
          if (c !== 'id' && values[i] !== null) this.log(actor, table, id, c, values[i]!);
        });
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
        this.stmt(`UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
          ...changed.map((c) => toSql(patch[c])),
          id,
        );
        for (const c of changed) this.log(actor, table, id, c, toSql(patch[c]));
        this.touched.add(table);
        return changed;
      },
      remove: (table, id) => {
        this.checkTable(table, []);
        const info = this.stmt(`DELETE FROM ${table} WHERE id = ?`).run(id);
        if (info.changes === 0) return false;
        this.log(actor, table, id, TOMBSTONE_COLUMN, 1);
        this.touched.add(table);
        return true;
      },
      setMeta: (key, value) => setMeta(this.db, key, value),
    };
  }
}
