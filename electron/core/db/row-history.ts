// Each record's history (who, when, what), kept apart from the compacted change log in local,
// insert-only tables: one entry per write, holding the values the changed cells had before it
// (a delete keeps the whole record). The values after a write are the next entry's priors, or
// the record's current values — so a create costs one small row, not a copy of the record.
import type { AnyDb } from './change-log';
import type { Db } from './connection';
import type { ReadDb } from './read-db';

export const HistoryAction = { create: 0, update: 1, delete: 2 } as const;
export type HistoryActionCode = (typeof HistoryAction)[keyof typeof HistoryAction];

type SqlValue = string | number | bigint | Buffer | null;

export interface HistoryWrite {
  /** The write transaction's change position. */
  seq: number;
  ref: number;
  hlc: bigint;
  device: number;
  actor: string | null;
  action: HistoryActionCode;
  /** Column ids the write set (for a create: its non-null cells). */
  cols: number[];
  /** [column id, value before the write]. */
  priors: [number, SqlValue][];
}

export class HistoryWriter {
  private readonly addEntry;
  private readonly addPrior;
  private readonly maxEntry;
  private last: { entry: number; action: HistoryActionCode; seq: number; ref: number; actor: string | null; cols: number[] } | null = null;

  constructor(db: Db) {
    this.addEntry = db.prepare('INSERT INTO row_history (row_ref, hlc, device, actor, action) VALUES (?, ?, ?, ?, ?)');
    this.addPrior = db.prepare('INSERT INTO row_history_cell (entry, col_id, prior) VALUES (?, ?, ?)');
    this.maxEntry = db.prepare('SELECT coalesce(max(id), 0) FROM row_history').pluck();
  }

  /** Called at the start of each write transaction. */
  begin(): void {
    this.last = null;
  }

  /**
   * Adds the entries of records created by one write of `seq` (a received batch): no priors,
   * the system as actor, ids given (the next free ones); `insert` writes `count` rows, each
   * [id, row_ref, hlc, device, actor, action] put by `fill` into the parameters from `at`. The
   * last entry is the one a following update of its record may join, with `lastCols` (its
   * columns with a value).
   */
  recordCreates(
    entries: readonly { ref: number; hlc: bigint; device: number }[],
    seq: number,
    lastCols: number[],
    insert: (count: number, fill: (i: number, params: unknown[], at: number) => void) => void,
  ): void {
    if (entries.length === 0) return;
    const first = (this.maxEntry.get() as number) + 1;
    insert(entries.length, (i, p, at) => {
      const e = entries[i]!;
      p[at] = first + i;
      p[at + 1] = e.ref;
      p[at + 2] = e.hlc;
      p[at + 3] = e.device;
      p[at + 4] = null;
      p[at + 5] = HistoryAction.create;
    });
    const last = entries[entries.length - 1]!;
    this.last = { entry: first + entries.length - 1, action: HistoryAction.create, seq, ref: last.ref, actor: null, cols: [...lastCols] };
  }

  /**
   * Adds an entry. An update right after a write of the same record by the same actor in the
   * same transaction, touching other columns, joins that write's entry (one user action, one entry).
   */
  record(w: HistoryWrite): void {
    const last = this.last;
    if (
      w.action === HistoryAction.update &&
      last &&
      last.seq === w.seq &&
      last.ref === w.ref &&
      last.actor === w.actor &&
      w.cols.every((c) => !last.cols.includes(c))
    ) {
      // A create's values are read back from the values after it: it needs no priors.
      if (last.action !== HistoryAction.create) for (const [col, prior] of w.priors) this.addPrior.run(last.entry, col, prior);
      last.cols.push(...w.cols);
      return;
    }
    const entry = Number(this.addEntry.run(w.ref, w.hlc, w.device, w.actor, w.action).lastInsertRowid);
    for (const [col, prior] of w.priors) this.addPrior.run(entry, col, prior);
    this.last = w.action === HistoryAction.delete ? null : { entry, action: w.action, seq: w.seq, ref: w.ref, actor: w.actor, cols: [...w.cols] };
  }
}

export interface StoredHistoryEntry {
  id: number;
  /** Wall-clock ms of the write's stamp. */
  hlc: bigint;
  actor: string | null;
  action: HistoryActionCode;
  priors: Map<string, unknown>;
}

/** A record's history entries, oldest first (empty when the log never saw the record). */
export function readRowHistory(anyDb: AnyDb, table: string, id: string): StoredHistoryEntry[] {
  const db = anyDb as ReadDb;
  const ref = db
    .prepare('SELECT r.id FROM sync_row r JOIN sync_table t ON t.id = r.table_id WHERE t.name = ? AND r.row_id = ?')
    .pluck()
    .get(table, id) as number | undefined;
  if (ref === undefined) return [];
  const entries = (
    db.prepare('SELECT id, hlc, actor, action FROM row_history WHERE row_ref = ? ORDER BY id').safeIntegers(true).all(ref) as {
      id: bigint;
      hlc: bigint;
      actor: string | null;
      action: bigint;
    }[]
  ).map((e): StoredHistoryEntry => ({ id: Number(e.id), hlc: e.hlc, actor: e.actor, action: Number(e.action) as HistoryActionCode, priors: new Map() }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const priors = db
    .prepare(
      `SELECT h.entry, c.col, h.prior FROM row_history_cell h JOIN sync_column c ON c.id = h.col_id
        WHERE h.entry IN (SELECT id FROM row_history WHERE row_ref = ?)`,
    )
    .raw()
    .all(ref) as [number, string, unknown][];
  for (const [entry, col, prior] of priors) byId.get(entry)?.priors.set(col, prior);
  return entries;
}
