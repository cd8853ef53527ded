// The change log's read side and its dictionaries (docs/sync.md). The log holds stamps only:
// `sync_row` one row stamp per record (creation or tombstone), `sync_cell` the newest stamp
// of each cell written since; values are read from the data tables' own columns, so the log
// never holds more than the data it describes.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';
import { tableColumns, type ReadDb, type ReadStatement } from './read-db';

/** The core's writable connection or a read-only handle on it. */
export type AnyDb = Db | ReadDb;

export const TOMBSTONE_COLUMN = '_deleted';

/** Small integer ids of tables, columns and devices, created on first use and cached. */
export class LogIds {
  private readonly tables = new Map<string, number>();
  private readonly columns = new Map<string, Map<string, number>>();
  private readonly devices = new Map<string, number>();
  /** The statements that find or make an id, prepared at their first use (a fresh replica of a test makes hundreds of ids). */
  private sql: {
    addTable: Statement;
    table: Statement;
    addColumn: Statement;
    column: Statement;
    addDevice: Statement;
    device: Statement;
  } | null = null;

  constructor(private readonly db: Db) {}

  private get statements() {
    return (this.sql ??= {
      addTable: this.db.prepare('INSERT INTO sync_table (name) VALUES (?) ON CONFLICT (name) DO NOTHING'),
      table: this.db.prepare('SELECT id FROM sync_table WHERE name = ?').pluck(),
      addColumn: this.db.prepare('INSERT INTO sync_column (table_id, col) VALUES (?, ?) ON CONFLICT (table_id, col) DO NOTHING'),
      column: this.db.prepare('SELECT id FROM sync_column WHERE table_id = ? AND col = ?').pluck(),
      addDevice: this.db.prepare('INSERT INTO sync_device (device_id) VALUES (?) ON CONFLICT (device_id) DO NOTHING'),
      device: this.db.prepare('SELECT id FROM sync_device WHERE device_id = ?').pluck(),
    });
  }

  /** Drops the cache (after a rollback, ids created inside it are gone). */
  forget(): void {
    this.tables.clear();
    this.columns.clear();
    this.devices.clear();
  }

  table(name: string): number {
    let id = this.tables.get(name);
    if (id === undefined) {
      const sql = this.statements;
      sql.addTable.run(name);
      id = sql.table.get(name) as number;
      this.tables.set(name, id);
    }
    return id;
  }

  column(table: string, col: string): number {
    let cols = this.columns.get(table);
    if (!cols) this.columns.set(table, (cols = new Map()));
    let id = cols.get(col);
    if (id === undefined) {
      const t = this.table(table);
      const sql = this.statements;
      sql.addColumn.run(t, col);
      id = sql.column.get(t, col) as number;
      cols.set(col, id);
    }
    return id;
  }

  device(deviceId: string): number {
    let id = this.devices.get(deviceId);
    if (id === undefined) {
      const sql = this.statements;
      sql.addDevice.run(deviceId);
      id = sql.device.get(deviceId) as number;
      this.devices.set(deviceId, id);
    }
    return id;
  }
}

/** This database's newest change position (0 when nothing was ever written). It only grows. */
export function changeSeq(db: AnyDb): number {
  const sql = 'SELECT max(coalesce((SELECT max(seq) FROM sync_row), 0), coalesce((SELECT max(seq) FROM sync_cell), 0))';
  return ('cached' in db ? db.cached(sql) : (db as unknown as ReadDb).prepare(sql))
    .pluck()
    .get() as number;
}

/**
 * The ids of a synced table's records written (created, changed in any cell, or removed) after
 * change position `seq`: what a connection's keys kept in memory read again before use
 * (cases/case-keys.ts, registry/queries/record-keys.ts). Empty for a table the log has not met.
 */
export function writtenSince(db: ReadDb, table: string, seq: number): string[] {
  const id = db.cached('SELECT id FROM sync_table WHERE name = ?').pluck().get(table) as number | undefined;
  if (id === undefined) return [];
  return db.cached(`SELECT row_id FROM sync_row WHERE seq > @seq AND table_id = @table
    UNION SELECT r.row_id FROM sync_cell s JOIN sync_row r ON r.id = s.row_ref WHERE s.seq > @seq AND r.table_id = @table`).pluck().all({ seq, table: id }) as string[];
}

/** The version vector: the newest stamp known from each device. */
export function versionVector(anyDb: AnyDb): Map<string, bigint> {
  const db = anyDb as ReadDb;
  const rows = db.prepare('SELECT device_id, max_hlc FROM sync_device').safeIntegers(true).raw().all() as [string, bigint][];
  return new Map(rows.filter(([, h]) => h > 0n));
}

export interface LoggedCell {
  table: string;
  rowId: string;
  /** A column of the table, or TOMBSTONE_COLUMN for a deleted record. */
  col: string;
  /** The cell's value as stored in its own column (1 for a tombstone). */
  value: unknown;
  hlc: bigint;
  device: string;
  seq: number;
}

type Stamped = { hlc: bigint; device: string; seq: number };

/**
 * Every cell changed after position `afterSeq`, newest state only, with its stamp — what a
 * peer that has seen `afterSeq` lacks. A record created since brings all its columns; a
 * deleted one only its tombstone.
 */
export function changesSince(anyDb: AnyDb, afterSeq: number): LoggedCell[] {
  const db = anyDb as ReadDb;
  const devices = new Map(db.prepare('SELECT id, device_id FROM sync_device').raw().all() as [number, string][]);
  const columnNames = new Map(db.prepare('SELECT id, col FROM sync_column').raw().all() as [number, string][]);
  const refs = db.prepare('SELECT id FROM sync_row WHERE seq > ? UNION SELECT row_ref FROM sync_cell WHERE seq > ?').pluck().all(afterSeq, afterSeq) as number[];
  const rowStmt = db
    .prepare('SELECT r.row_id, t.name, r.hlc, r.device, r.seq, r.deleted FROM sync_row r JOIN sync_table t ON t.id = r.table_id WHERE r.id = ?')
    .safeIntegers(true)
    .raw();
  const cellStmt = db.prepare('SELECT col_id, hlc, device, seq FROM sync_cell WHERE row_ref = ?').safeIntegers(true).raw();
  const reads = new Map<string, { cols: string[]; read: ReadStatement }>();
  const stamp = (hlc: bigint, device: bigint, seq: bigint): Stamped => ({ hlc, device: devices.get(Number(device))!, seq: Number(seq) });
  const out: LoggedCell[] = [];
  for (const ref of refs) {
    const [rowId, table, hlc, device, seq, deleted] = rowStmt.get(ref) as [string, string, bigint, bigint, bigint, bigint];
    const rowStamp = stamp(hlc, device, seq);
    if (deleted === 1n) {
      out.push({ table, rowId, col: TOMBSTONE_COLUMN, value: 1, ...rowStamp });
      continue;
    }
    let r = reads.get(table);
    if (!r) {
      const cols = tableColumns(db, table).filter((c) => c !== 'id');
      r = { cols, read: db.prepare<unknown[]>(`SELECT ${cols.join(', ')} FROM ${table} WHERE id = ?`) };
      reads.set(table, r);
    }
    const values = r.read.get(rowId) as Record<string, unknown> | undefined;
    if (!values) continue;
    const cells = new Map(
      (cellStmt.all(ref) as [bigint, bigint, bigint, bigint][]).map(([col, h, d, s]) => [columnNames.get(Number(col))!, stamp(h, d, s)] as const),
    );
    const rowNew = rowStamp.seq > afterSeq;
    for (const col of r.cols) {
      const cell = cells.get(col);
      if (rowNew || (cell && cell.seq > afterSeq)) out.push({ table, rowId, col, value: values[col], ...(cell ?? rowStamp) });
    }
  }
  return out.sort((a, b) => a.seq - b.seq || (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}
