// Natural keys leave the schema for the change writer (docs/sync.md, "Natural keys"). Two PCs
// apart may each register the same person, unit or user name; with the keys as UNIQUE
// constraints, a received record that collides would fail its whole batch and sync would stall
// for good. The synced tables that carried one are rebuilt without it (SQLite's 12-step table
// rebuild: create the new table, copy, drop the old, rename), every index is made again, and
// each former unique key gets a plain index. The change writer refuses a local write that
// would duplicate a key (sync/natural-keys.ts); sync keeps both records, merges identical
// ones, and lists the others for a person to merge. Local tables keep their constraints.
// A merge leaves a pointer from the merged record to the one kept (`merged_record`, synced), so
// a record another PC made under the merged one, arriving later, follows it to the one kept.
// Runs with foreign keys off (a dropped table is referenced by others until its copy is
// renamed); the runner checks every reference before commit.
import type { Db } from '../connection';

interface Rebuild {
  table: string;
  create: string;
  indexes: string;
}

const REBUILDS: readonly Rebuild[] = [
  {
    table: 'user_account',
    create: `
CREATE TABLE user_account__rebuilt (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  staff_id      TEXT,
  -- For department handlers: the town department whose dispatched cases are theirs.
  department_id TEXT,
  created_at    TEXT NOT NULL
);`,
    indexes: `
CREATE INDEX user_account_username ON user_account (username);
`,
  },
  {
    table: 'org_unit',
    create: `
CREATE TABLE org_unit__rebuilt (
  id                    TEXT PRIMARY KEY,
  parent_id             TEXT REFERENCES org_unit (id),
  kind                  TEXT NOT NULL,
  level                 INTEGER NOT NULL,
  code                  TEXT NOT NULL,
  name                  TEXT NOT NULL,
  grid_type             TEXT,
  households            INTEGER NOT NULL DEFAULT 0,
  population_registered INTEGER NOT NULL DEFAULT 0,
  population_floating   INTEGER NOT NULL DEFAULT 0,
  area_km2              REAL,
  boundary              TEXT,
  archived              INTEGER NOT NULL DEFAULT 0,
  created_at            TEXT NOT NULL
);`,
    indexes: `
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE INDEX org_unit_code ON org_unit (code);
`,
  },
  {
    table: 'grid_neighbor',
    create: `
CREATE TABLE grid_neighbor__rebuilt (
  id          TEXT PRIMARY KEY,
  unit_id     TEXT NOT NULL REFERENCES org_unit (id),
  neighbor_id TEXT NOT NULL REFERENCES org_unit (id)
);`,
    indexes: `
CREATE INDEX grid_neighbor_pair ON grid_neighbor (unit_id, neighbor_id);
`,
  },
  {
    table: 'staff_assignment',
    create: `
CREATE TABLE staff_assignment__rebuilt (
  id        TEXT PRIMARY KEY,
  staff_id  TEXT NOT NULL REFERENCES staff (id),
  unit_id   TEXT NOT NULL REFERENCES org_unit (id),
  team_role TEXT NOT NULL,
  post      TEXT
);`,
    indexes: `
CREATE INDEX staff_assignment_unit ON staff_assignment (unit_id);
CREATE INDEX staff_assignment_key ON staff_assignment (staff_id, unit_id, team_role);
`,
  },
  {
    table: 'department',
    create: `
CREATE TABLE department__rebuilt (
  id         TEXT PRIMARY KEY,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  phone      TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '[]',
  archived   INTEGER NOT NULL DEFAULT 0
);`,
    indexes: `
CREATE INDEX department_code ON department (code);
`,
  },
  {
    table: 'calendar_year',
    create: `
CREATE TABLE calendar_year__rebuilt (
  id         TEXT PRIMARY KEY,
  year       INTEGER NOT NULL,
  schedule   TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);`,
    indexes: `
CREATE INDEX calendar_year_year ON calendar_year (year);
`,
  },
  {
    table: 'case_category',
    create: `
CREATE TABLE case_category__rebuilt (
  id                      TEXT PRIMARY KEY,
  parent_id               TEXT REFERENCES case_category (id),
  code                    TEXT NOT NULL,
  name                    TEXT NOT NULL,
  department_id           TEXT REFERENCES department (id),
  default_department_code TEXT,
  default_handling_type   TEXT,
  sort_order              INTEGER NOT NULL DEFAULT 0,
  archived                INTEGER NOT NULL DEFAULT 0
);`,
    indexes: `
CREATE INDEX case_category_parent ON case_category (parent_id, sort_order);
CREATE INDEX case_category_code ON case_category (code);
`,
  },
  {
    table: 'case_record',
    create: `
CREATE TABLE case_record__rebuilt (
  id                     TEXT PRIMARY KEY,
  number                 TEXT NOT NULL,
  title                  TEXT NOT NULL,
  description            TEXT NOT NULL DEFAULT '',
  source                 TEXT NOT NULL,
  external_ref           TEXT,
  category_id            TEXT NOT NULL REFERENCES case_category (id),
  subcategory_id         TEXT REFERENCES case_category (id),
  handling_type          TEXT NOT NULL,
  urgency                TEXT NOT NULL,
  level                  TEXT NOT NULL,
  grid_id                TEXT REFERENCES org_unit (id),
  village_id             TEXT REFERENCES org_unit (id),
  address                TEXT NOT NULL DEFAULT '',
  lon                    REAL,
  lat                    REAL,
  reporter_name          TEXT,
  reporter_phone         TEXT,
  status                 TEXT NOT NULL,
  stage                  INTEGER NOT NULL,
  epoch                  INTEGER NOT NULL DEFAULT 0,
  received_at            INTEGER NOT NULL,
  registered_by          TEXT,
  registered_by_name     TEXT NOT NULL DEFAULT '',
  assignee_kind          TEXT,
  assignee_unit_id       TEXT,
  assignee_department_id TEXT,
  assignee_user_id       TEXT,
  assignee_label         TEXT,
  sla_days               INTEGER NOT NULL,
  deadline_at            INTEGER NOT NULL,
  extension_state        TEXT,
  extension_days         INTEGER,
  extension_reason       TEXT,
  extension_count        INTEGER NOT NULL DEFAULT 0,
  rework_count           INTEGER NOT NULL DEFAULT 0,
  urge_count             INTEGER NOT NULL DEFAULT 0,
  reopen_count           INTEGER NOT NULL DEFAULT 0,
  supervised             INTEGER NOT NULL DEFAULT 0,
  supervise_note         TEXT,
  satisfaction           TEXT,
  result                 TEXT,
  handled_at             INTEGER,
  verified_at            INTEGER,
  closed_at              INTEGER,
  on_time                INTEGER,
  merged_into_id         TEXT REFERENCES case_record (id),
  reject_reason          TEXT,
  updated_at             INTEGER NOT NULL,
  done                   INTEGER GENERATED ALWAYS AS (stage >= 80) VIRTUAL,
  sync_conflict          TEXT
);`,
    indexes: `
CREATE INDEX case_status_deadline ON case_record (status, deadline_at);
CREATE INDEX case_status_received ON case_record (status, received_at);
CREATE INDEX case_status_updated ON case_record (status, updated_at);
CREATE INDEX case_done_received ON case_record (done, received_at);
CREATE INDEX case_done_deadline ON case_record (done, deadline_at);
CREATE INDEX case_done_updated ON case_record (done, updated_at);
CREATE INDEX case_done_number ON case_record (done, number);
CREATE INDEX case_grid ON case_record (grid_id, done, received_at);
CREATE INDEX case_village ON case_record (village_id, done, received_at);
CREATE INDEX case_category_done ON case_record (category_id, done, received_at);
CREATE INDEX case_subcategory ON case_record (subcategory_id, done, received_at);
CREATE INDEX case_assignee_user ON case_record (assignee_user_id, done);
CREATE INDEX case_assignee_unit ON case_record (assignee_unit_id, done);
CREATE INDEX case_registered_by ON case_record (registered_by, done);
CREATE INDEX case_supervised ON case_record (done, deadline_at) WHERE supervised = 1;
CREATE INDEX case_merged_into ON case_record (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX case_received ON case_record (received_at);
CREATE INDEX case_closed ON case_record (closed_at, on_time) WHERE closed_at IS NOT NULL;
CREATE INDEX case_record_number ON case_record (number);
`,
  },
  {
    table: 'person',
    create: `
CREATE TABLE person__rebuilt (
  id                TEXT PRIMARY KEY,
  citizen_id        TEXT NOT NULL,
  name              TEXT NOT NULL,
  name_py           TEXT NOT NULL DEFAULT '',
  dob_override      TEXT,
  gender_override   TEXT,
  ethnicity         TEXT,
  phone             TEXT,
  residence_type    TEXT NOT NULL,
  household_address TEXT,
  address           TEXT,
  house_id          TEXT,
  household_id      TEXT,
  relation_to_head  TEXT,
  employer          TEXT,
  occupation        TEXT,
  political_status  TEXT,
  care_tags         TEXT,
  arrival_date      TEXT,
  residence_reason  TEXT,
  permit_no         TEXT,
  nationality       TEXT,
  notes             TEXT,
  grid_id           TEXT NOT NULL REFERENCES org_unit (id),
  archived          INTEGER NOT NULL DEFAULT 0,
  -- Birth date and gender come from the 18-digit citizen ID (GB 11643) and are never stored
  -- separately; the overrides serve foreign residents whose documents carry neither.
  birth_date TEXT GENERATED ALWAYS AS (coalesce(dob_override,
    CASE WHEN length(citizen_id) = 18 AND substr(citizen_id, 1, 17) NOT GLOB '*[^0-9]*'
      THEN substr(citizen_id, 7, 4) || '-' || substr(citizen_id, 11, 2) || '-' || substr(citizen_id, 13, 2) END)) VIRTUAL,
  gender TEXT GENERATED ALWAYS AS (coalesce(gender_override,
    CASE WHEN length(citizen_id) = 18 AND substr(citizen_id, 1, 17) NOT GLOB '*[^0-9]*'
      THEN CASE WHEN CAST(substr(citizen_id, 17, 1) AS INTEGER) % 2 = 1 THEN 'M' ELSE 'F' END END)) VIRTUAL
);`,
    indexes: `
CREATE INDEX person_grid ON person (grid_id, residence_type);
CREATE INDEX person_name ON person (name);
CREATE INDEX person_name_py ON person (name_py);
CREATE INDEX person_phone ON person (phone);
CREATE INDEX person_house ON person (house_id);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_birth ON person (birth_date);
CREATE INDEX person_citizen_id ON person (citizen_id);
`,
  },
  {
    table: 'facility',
    create: `
CREATE TABLE facility__rebuilt (
  id        TEXT PRIMARY KEY,
  grid_id   TEXT NOT NULL REFERENCES org_unit (id),
  kind      TEXT NOT NULL,
  code      TEXT NOT NULL,
  name      TEXT,
  location  TEXT,
  lon       REAL,
  lat       REAL,
  condition TEXT NOT NULL DEFAULT 'good',
  custodian TEXT,
  notes     TEXT,
  archived  INTEGER NOT NULL DEFAULT 0
);`,
    indexes: `
CREATE INDEX facility_grid ON facility (grid_id, kind);
CREATE INDEX facility_code ON facility (code);
`,
  },];

function rebuild(db: Db): void {
  for (const r of REBUILDS) {
    // Generated columns (hidden 2 and 3) are computed, not copied.
    const cols = (db.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid').pluck().all(r.table) as string[]).join(', ');
    db.exec(r.create);
    db.exec(`INSERT INTO ${r.table}__rebuilt (${cols}) SELECT ${cols} FROM ${r.table}`);
    db.exec(`DROP TABLE ${r.table}`);
    db.exec(`ALTER TABLE ${r.table}__rebuilt RENAME TO ${r.table}`);
    db.exec(r.indexes);
  }
}

export const migration = {
  version: 9,
  name: 'natural-keys-not-unique',
  sql: `
CREATE TABLE merged_record (
  id        TEXT PRIMARY KEY,
  tbl       TEXT NOT NULL,
  merged_id TEXT NOT NULL,
  kept_id   TEXT NOT NULL
);
`,
  foreignKeysOff: true,
  run: rebuild,
};
