// When each grid's ledger (基础台账: people and households) last changed, kept by triggers so
// the population figures can show "counted as of" without reading a grid's records (issue 14
// §3). Local to this PC and derived, like an index: a write here (or a change received from a
// paired PC) stamps the grid with this PC's clock. Existing data is stamped from the records'
// history. The partial indexes let the per-grid counts of live records be read from the index
// alone (no table rows), for one grid or the whole town.
//
// A later migration that rebuilds `person` or `household` must create these triggers again.
const NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

const UPSERT = 'ON CONFLICT (grid_id) DO UPDATE SET changed_at = excluded.changed_at WHERE excluded.changed_at > changed_at';

function stamp(grid: string, when = 'true'): string {
  return `INSERT INTO ledger_grid_change (grid_id, changed_at) SELECT ${grid}, ${NOW_MS} WHERE ${when} ${UPSERT};`;
}

function triggers(table: 'person' | 'household'): string {
  return `
CREATE TRIGGER ${table}_ledger_insert AFTER INSERT ON ${table} BEGIN ${stamp('NEW.grid_id')} END;
CREATE TRIGGER ${table}_ledger_update AFTER UPDATE ON ${table} BEGIN
  ${stamp('NEW.grid_id')}
  ${stamp('OLD.grid_id', 'OLD.grid_id IS NOT NEW.grid_id')}
END;
CREATE TRIGGER ${table}_ledger_delete AFTER DELETE ON ${table} BEGIN ${stamp('OLD.grid_id')} END;`;
}

function seed(table: 'person' | 'household'): string {
  return `
INSERT INTO ledger_grid_change (grid_id, changed_at)
  SELECT t.grid_id, max(h.hlc >> 16)
  FROM ${table} t
  JOIN sync_table st ON st.name = '${table}'
  JOIN sync_row r ON r.table_id = st.id AND r.row_id = t.id
  JOIN row_history h ON h.row_ref = r.id
  GROUP BY t.grid_id
  ${UPSERT};`;
}

export const migration = {
  version: 20,
  name: 'ledger-grid-change',
  sql: `
CREATE TABLE ledger_grid_change (
  grid_id    TEXT PRIMARY KEY,
  changed_at INTEGER NOT NULL
) WITHOUT ROWID;
${seed('person')}
${seed('household')}
${triggers('person')}
${triggers('household')}
CREATE INDEX person_grid_live ON person (grid_id, residence_type) WHERE archived = 0;
CREATE INDEX household_grid_live ON household (grid_id) WHERE archived = 0;
`,
};
