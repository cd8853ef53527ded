// The change log, made fit to ship (docs/sync.md): stamps only, newest per cell, small integer
// ids; values stay in the data tables' own columns. A record's history (who, when, what) moves
// to its own local, insert-only table, so compaction never erases it.
//
// The old `change_log` (one row per written cell, text HLC, JSON value) is converted here:
// each record's newest stamp per cell is kept, its writes become history entries (cells one
// write logged together, as the history view grouped them), and the old table is dropped.
import type { Db } from '../connection';

const SQL = `
-- Devices that ever wrote a change; max_hlc is this device's entry in the version vector.
CREATE TABLE sync_device (
  id        INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL UNIQUE,
  max_hlc   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_table (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE sync_column (
  id       INTEGER PRIMARY KEY,
  table_id INTEGER NOT NULL REFERENCES sync_table (id),
  col      TEXT NOT NULL,
  UNIQUE (table_id, col)
);

-- One entry per synced record: its row stamp (creation, or the tombstone when deleted), which
-- every cell without its own entry in sync_cell carries. hlc: 48-bit ms << 16 | counter.
-- seq: this database's change position (one per write transaction; "changes since seq N").
CREATE TABLE sync_row (
  id       INTEGER PRIMARY KEY,
  table_id INTEGER NOT NULL REFERENCES sync_table (id),
  row_id   TEXT NOT NULL,
  hlc      INTEGER NOT NULL,
  device   INTEGER NOT NULL REFERENCES sync_device (id),
  seq      INTEGER NOT NULL,
  deleted  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (table_id, row_id)
);
CREATE INDEX sync_row_seq ON sync_row (seq);

-- The newest stamp of each cell written after its record's row stamp (one entry per cell,
-- replaced in place; dropped when the record is deleted).
CREATE TABLE sync_cell (
  row_ref INTEGER NOT NULL REFERENCES sync_row (id),
  col_id  INTEGER NOT NULL REFERENCES sync_column (id),
  hlc     INTEGER NOT NULL,
  device  INTEGER NOT NULL REFERENCES sync_device (id),
  seq     INTEGER NOT NULL,
  PRIMARY KEY (row_ref, col_id)
) WITHOUT ROWID;
CREATE INDEX sync_cell_seq ON sync_cell (seq);

-- Local and insert-only: one entry per write of a record (action 0 create, 1 update, 2 delete).
CREATE TABLE row_history (
  id      INTEGER PRIMARY KEY,
  row_ref INTEGER NOT NULL REFERENCES sync_row (id),
  hlc     INTEGER NOT NULL,
  device  INTEGER NOT NULL REFERENCES sync_device (id),
  actor   TEXT,
  action  INTEGER NOT NULL CHECK (action IN (0, 1, 2))
);
CREATE INDEX row_history_row ON row_history (row_ref);

-- The value each cell had before the write (updates: the changed cells; deletes: the whole
-- record). Newer values are the next entry's prior or the record's current value.
CREATE TABLE row_history_cell (
  entry  INTEGER NOT NULL REFERENCES row_history (id),
  col_id INTEGER NOT NULL REFERENCES sync_column (id),
  prior,           -- no declared type: kept exactly as stored (a typed column would coerce '0138…' to a number)
  PRIMARY KEY (entry, col_id)
) WITHOUT ROWID;
`;

const TOMBSTONE = '_deleted';
const CHUNK = 20_000;
const GROUP_WINDOW_MS = 2000;

type OldRow = [seq: number, hlc: string, device: string, actor: string | null, tbl: string, rowId: string, col: string, value: string | null];

interface Stamp {
  hlc: bigint;
  device: number;
  seq: number;
}

/** The old text stamp `ms.counter.device` as a packed integer (a counter past 16 bits carries, as the clock does now). */
function oldStamp(hlc: string): { packed: bigint; ms: number } {
  const [ms, counter] = hlc.split('.');
  return { packed: (BigInt(ms!) << 16n) + BigInt(counter!), ms: Number(ms) };
}

function oldValue(v: string | null): unknown {
  if (v === null) return null;
  try {
    const parsed = JSON.parse(v) as unknown;
    return typeof parsed === 'boolean' ? (parsed ? 1 : 0) : parsed;
  } catch {
    return v;
  }
}

function convert(db: Db): void {
  const deviceIds = new Map<string, number>();
  const maxHlc = new Map<number, bigint>();
  const tableIds = new Map<string, number>();
  const columnIds = new Map<string, number>();
  const addDevice = db.prepare('INSERT INTO sync_device (device_id) VALUES (?) RETURNING id').pluck();
  const addTable = db.prepare('INSERT INTO sync_table (name) VALUES (?) RETURNING id').pluck();
  const addColumn = db.prepare('INSERT INTO sync_column (table_id, col) VALUES (?, ?) RETURNING id').pluck();
  const addRow = db.prepare('INSERT INTO sync_row (table_id, row_id, hlc, device, seq, deleted) VALUES (?, ?, ?, ?, ?, ?) RETURNING id').pluck();
  const addCell = db.prepare('INSERT INTO sync_cell (row_ref, col_id, hlc, device, seq) VALUES (?, ?, ?, ?, ?)');
  const addEntry = db.prepare('INSERT INTO row_history (row_ref, hlc, device, actor, action) VALUES (?, ?, ?, ?, ?) RETURNING id').pluck();
  const addPrior = db.prepare('INSERT INTO row_history_cell (entry, col_id, prior) VALUES (?, ?, ?)');
  const toSql = (v: unknown) => (v === null || typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v));

  const device = (id: string): number => {
    let d = deviceIds.get(id);
    if (d === undefined) {
      d = addDevice.get(id) as number;
      deviceIds.set(id, d);
    }
    return d;
  };
  const tableId = (name: string): number => {
    let t = tableIds.get(name);
    if (t === undefined) {
      t = addTable.get(name) as number;
      tableIds.set(name, t);
    }
    return t;
  };
  const columnId = (tbl: string, col: string): number => {
    const key = `${tbl}.${col}`;
    let c = columnIds.get(key);
    if (c === undefined) {
      c = addColumn.get(tableId(tbl), col) as number;
      columnIds.set(key, c);
    }
    return c;
  };

  /** One record's old log entries, in seq order. */
  const convertRecord = (entries: OldRow[]) => {
    const tbl = entries[0]![4];
    const rowId = entries[0]![5];
    // Writes, grouped as the history view grouped them: consecutive in the log, one actor,
    // within two seconds, each column once.
    const groups: { rows: OldRow[]; stamps: Stamp[] }[] = [];
    let firstMs = 0;
    for (const r of entries) {
      const { packed, ms } = oldStamp(r[1]);
      const stamp: Stamp = { hlc: packed, device: device(r[2]), seq: r[0] };
      if (packed > (maxHlc.get(stamp.device) ?? 0n)) maxHlc.set(stamp.device, packed);
      const g = groups.at(-1);
      const prev = g?.rows.at(-1);
      if (g && prev && g.rows[0]![3] === r[3] && r[0] === prev[0] + 1 && ms - firstMs <= GROUP_WINDOW_MS && !g.rows.some((x) => x[6] === r[6])) {
        g.rows.push(r);
        g.stamps.push(stamp);
      } else {
        groups.push({ rows: [r], stamps: [stamp] });
        firstMs = ms;
      }
    }

    let alive = false;
    let rowStamp: Stamp | null = null;
    let values = new Map<string, unknown>();
    let cells = new Map<string, Stamp>();
    const history: { stamp: Stamp; actor: string | null; action: number; priors: [string, unknown][] }[] = [];
    for (const g of groups) {
      // The record's stamp covers the whole write (its newest cell); its history entry keeps
      // the write's first stamp, the time the history view showed.
      const last = g.stamps.at(-1)!;
      const first = g.stamps[0]!;
      const actor = g.rows[0]![3];
      if (g.rows.some((r) => r[6] === TOMBSTONE)) {
        history.push({ stamp: first, actor, action: 2, priors: [...values].filter(([, v]) => v !== null) });
        alive = false;
        rowStamp = last;
        values = new Map();
        cells = new Map();
      } else if (!alive) {
        history.push({ stamp: first, actor, action: 0, priors: [] });
        alive = true;
        rowStamp = last;
        values = new Map(g.rows.map((r) => [r[6], oldValue(r[7])]));
        cells = new Map();
      } else {
        history.push({ stamp: first, actor, action: 1, priors: g.rows.map((r) => [r[6], values.get(r[6]) ?? null]) });
        g.rows.forEach((r, i) => {
          values.set(r[6], oldValue(r[7]));
          cells.set(r[6], g.stamps[i]!);
        });
      }
    }
    const ref = addRow.get(tableId(tbl), rowId, rowStamp!.hlc, rowStamp!.device, rowStamp!.seq, alive ? 0 : 1) as number;
    for (const [col, s] of cells) addCell.run(ref, columnId(tbl, col), s.hlc, s.device, s.seq);
    for (const h of history) {
      const entry = addEntry.get(ref, h.stamp.hlc, h.stamp.device, h.actor, h.action) as number;
      for (const [col, prior] of h.priors) addPrior.run(entry, columnId(tbl, col), toSql(prior));
    }
  };

  // Read in chunks by (tbl, row_id, seq) — the old index order — carrying a record split by a
  // chunk's end over to the next chunk.
  const firstChunk = db.prepare('SELECT seq, hlc, device_id, actor, tbl, row_id, col, value FROM change_log ORDER BY tbl, row_id, seq LIMIT ?').raw();
  const after = db
    .prepare('SELECT seq, hlc, device_id, actor, tbl, row_id, col, value FROM change_log WHERE (tbl, row_id, seq) > (?, ?, ?) ORDER BY tbl, row_id, seq LIMIT ?')
    .raw();
  let carry: OldRow[] = [];
  let chunk = firstChunk.all(CHUNK) as OldRow[];
  for (;;) {
    const done = chunk.length < CHUNK;
    const rows = carry.concat(chunk);
    const lastRow = rows.at(-1);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const boundary = i === rows.length || rows[i]![4] !== rows[start]![4] || rows[i]![5] !== rows[start]![5];
      if (!boundary) continue;
      if (i === rows.length && !done) break;
      convertRecord(rows.slice(start, i));
      start = i;
    }
    carry = rows.slice(start);
    if (done || !lastRow) break;
    chunk = after.all(lastRow[4], lastRow[5], lastRow[0], CHUNK) as OldRow[];
  }
  if (carry.length > 0) convertRecord(carry);

  const setMax = db.prepare('UPDATE sync_device SET max_hlc = ? WHERE id = ?');
  for (const [d, h] of maxHlc) setMax.run(h, d);
  db.exec('DROP TABLE change_log');
}

export const migration = {
  version: 4,
  name: 'compact-change-log',
  sql: SQL,
  run: convert,
};
