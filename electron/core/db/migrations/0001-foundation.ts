// Foundation schema: device metadata, the change log, settings, accounts, organisation.
export const migration = {
  version: 1,
  name: 'foundation',
  sql: `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE change_log (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  hlc       TEXT NOT NULL,
  device_id TEXT NOT NULL,
  actor     TEXT,
  tbl       TEXT NOT NULL,
  row_id    TEXT NOT NULL,
  col       TEXT NOT NULL,
  value     TEXT
);
-- Per-record history (who changed what). Sync ships the log by seq; no index on hlc, so
-- every logged cell costs one index entry less.
CREATE INDEX change_log_row ON change_log (tbl, row_id);

-- Sign-in sessions of this device (local, never synced). Only a hash of the token is stored.
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL
);

CREATE TABLE setting (
  id    TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE user_account (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  staff_id      TEXT,
  -- For department handlers: the town department whose dispatched cases are theirs.
  department_id TEXT,
  created_at    TEXT NOT NULL
);

CREATE TABLE org_unit (
  id                    TEXT PRIMARY KEY,
  parent_id             TEXT REFERENCES org_unit (id),
  kind                  TEXT NOT NULL,
  level                 INTEGER NOT NULL,
  code                  TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL,
  grid_type             TEXT,
  households            INTEGER NOT NULL DEFAULT 0,
  population_registered INTEGER NOT NULL DEFAULT 0,
  population_floating   INTEGER NOT NULL DEFAULT 0,
  area_km2              REAL,
  boundary              TEXT,
  archived              INTEGER NOT NULL DEFAULT 0,
  created_at            TEXT NOT NULL
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

CREATE TABLE grid_neighbor (
  id          TEXT PRIMARY KEY,
  unit_id     TEXT NOT NULL REFERENCES org_unit (id),
  neighbor_id TEXT NOT NULL REFERENCES org_unit (id),
  UNIQUE (unit_id, neighbor_id)
);

CREATE TABLE staff (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  phone      TEXT NOT NULL,
  gender     TEXT,
  title      TEXT NOT NULL DEFAULT '',
  on_duty    INTEGER NOT NULL DEFAULT 1,
  archived   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE staff_assignment (
  id        TEXT PRIMARY KEY,
  staff_id  TEXT NOT NULL REFERENCES staff (id),
  unit_id   TEXT NOT NULL REFERENCES org_unit (id),
  team_role TEXT NOT NULL,
  post      TEXT,
  UNIQUE (staff_id, unit_id, team_role)
);
CREATE INDEX staff_assignment_unit ON staff_assignment (unit_id);

CREATE TABLE department (
  id         TEXT PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  phone      TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '[]',
  archived   INTEGER NOT NULL DEFAULT 0
);
`,
};
