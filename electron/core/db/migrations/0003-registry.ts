// Registry schema (基础台账, SPEC §2): buildings, houses, households, people, special
// populations and their visits, organisations, facilities, disputes, staff photos — all
// synced through the change writer — and the local, append-only audit log.
//
// Links inside the registry (person → house/household, household → head, house → landlord)
// are soft references without FOREIGN KEY clauses: LAN sync may apply rows in any order.
// Only the grid (org_unit) is a hard reference; grids always exist before their ledgers.
export const migration = {
  version: 3,
  name: 'registry',
  sql: `
CREATE TABLE building (
  id       TEXT PRIMARY KEY,
  grid_id  TEXT NOT NULL REFERENCES org_unit (id),
  name     TEXT NOT NULL,
  address  TEXT NOT NULL DEFAULT '',
  floors   INTEGER,
  notes    TEXT,
  archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX building_grid ON building (grid_id);

CREATE TABLE house (
  id                 TEXT PRIMARY KEY,
  grid_id            TEXT NOT NULL REFERENCES org_unit (id),
  building_id        TEXT,
  address            TEXT NOT NULL,
  address_key        TEXT NOT NULL,
  unit               TEXT,
  room               TEXT,
  area_m2            REAL,
  structure          TEXT,
  ownership          TEXT,
  usage              TEXT NOT NULL DEFAULT 'residential',
  is_rental          INTEGER NOT NULL DEFAULT 0,
  rental_use         TEXT,
  landlord_person_id TEXT,
  landlord_name      TEXT,
  landlord_phone     TEXT,
  landlord_citizen_id TEXT,
  occupants          INTEGER,
  notes              TEXT,
  archived           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX house_grid ON house (grid_id);
CREATE INDEX house_address_key ON house (address_key);
CREATE INDEX house_building ON house (building_id);

CREATE TABLE household (
  id             TEXT PRIMARY KEY,
  grid_id        TEXT NOT NULL REFERENCES org_unit (id),
  household_no   TEXT NOT NULL,
  house_id       TEXT,
  head_person_id TEXT,
  address        TEXT,
  notes          TEXT,
  archived       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX household_grid ON household (grid_id);
CREATE INDEX household_no ON household (household_no);
CREATE INDEX household_house ON household (house_id);

CREATE TABLE person (
  id                TEXT PRIMARY KEY,
  citizen_id        TEXT NOT NULL UNIQUE,
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
);
CREATE INDEX person_grid ON person (grid_id, residence_type);
CREATE INDEX person_name ON person (name);
CREATE INDEX person_name_py ON person (name_py);
CREATE INDEX person_phone ON person (phone);
CREATE INDEX person_house ON person (house_id);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_birth ON person (birth_date);

CREATE TABLE special_person (
  id                TEXT PRIMARY KEY,
  person_id         TEXT NOT NULL,
  grid_id           TEXT NOT NULL REFERENCES org_unit (id),
  kind              TEXT NOT NULL,
  supervision_level TEXT NOT NULL,
  start_date        TEXT,
  end_date          TEXT,
  helper_name       TEXT,
  helper_phone      TEXT,
  status            TEXT NOT NULL DEFAULT 'active',
  notes             TEXT,
  archived          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX special_person_person ON special_person (person_id);
CREATE INDEX special_person_grid ON special_person (grid_id, kind);

CREATE TABLE special_visit (
  id         TEXT PRIMARY KEY,
  special_id TEXT NOT NULL,
  visit_date TEXT NOT NULL,
  visitor    TEXT NOT NULL,
  method     TEXT NOT NULL,
  content    TEXT NOT NULL,
  finding    TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX special_visit_special ON special_visit (special_id, visit_date);

CREATE TABLE organisation (
  id             TEXT PRIMARY KEY,
  grid_id        TEXT NOT NULL REFERENCES org_unit (id),
  name           TEXT NOT NULL,
  name_py        TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL,
  address        TEXT,
  legal_person   TEXT,
  phone          TEXT,
  credit_code    TEXT,
  employees      INTEGER,
  area_m2        REAL,
  safety_grade   TEXT,
  key_supervision INTEGER NOT NULL DEFAULT 0,
  notes          TEXT,
  archived       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX organisation_grid ON organisation (grid_id, kind);
CREATE INDEX organisation_name ON organisation (name);

CREATE TABLE facility (
  id        TEXT PRIMARY KEY,
  grid_id   TEXT NOT NULL REFERENCES org_unit (id),
  kind      TEXT NOT NULL,
  code      TEXT NOT NULL UNIQUE,
  name      TEXT,
  location  TEXT,
  lon       REAL,
  lat       REAL,
  condition TEXT NOT NULL DEFAULT 'good',
  custodian TEXT,
  notes     TEXT,
  archived  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX facility_grid ON facility (grid_id, kind);

CREATE TABLE dispute (
  id            TEXT PRIMARY KEY,
  grid_id       TEXT NOT NULL REFERENCES org_unit (id),
  found_date    TEXT NOT NULL,
  parties       TEXT NOT NULL,
  kind          TEXT NOT NULL,
  summary       TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open',
  mediator      TEXT,
  result        TEXT,
  resolved_date TEXT,
  notes         TEXT,
  archived      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dispute_grid ON dispute (grid_id, found_date);

CREATE TABLE staff_photo (
  id   TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  data TEXT NOT NULL
);

-- Local to this PC and append-only: who read or changed which sensitive record, when.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  device_id  TEXT NOT NULL,
  actor      TEXT,
  actor_name TEXT,
  role       TEXT,
  action     TEXT NOT NULL,
  tbl        TEXT,
  record_id  TEXT,
  detail     TEXT
);
CREATE INDEX audit_log_record ON audit_log (tbl, record_id);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
};
