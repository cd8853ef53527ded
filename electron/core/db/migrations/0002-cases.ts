// Cases schema (事件闭环): the catalogue and time-limit rules (defaults written at first-run setup),
// administrator-edited holiday years, cases, their insert-only timeline and attachments,
// and emergency alerts to neighbouring grids. Times are epoch milliseconds.

export const migration = {
  version: 2,
  name: 'cases',
  sql: `
CREATE TABLE calendar_year (
  id         TEXT PRIMARY KEY,
  year       INTEGER NOT NULL UNIQUE,
  schedule   TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);

CREATE TABLE case_category (
  id                      TEXT PRIMARY KEY,
  parent_id               TEXT REFERENCES case_category (id),
  code                    TEXT NOT NULL UNIQUE,
  name                    TEXT NOT NULL,
  department_id           TEXT REFERENCES department (id),
  default_department_code TEXT,
  default_handling_type   TEXT,
  sort_order              INTEGER NOT NULL DEFAULT 0,
  archived                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_category_parent ON case_category (parent_id, sort_order);

CREATE TABLE sla_rule (
  id            TEXT PRIMARY KEY,
  category_id   TEXT REFERENCES case_category (id),
  handling_type TEXT,
  level         TEXT,
  days          INTEGER NOT NULL,
  note          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE case_record (
  id                     TEXT PRIMARY KEY,
  number                 TEXT NOT NULL UNIQUE,
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
  done                   INTEGER GENERATED ALWAYS AS (stage >= 80) VIRTUAL
);
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

CREATE TABLE case_event (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES case_record (id),
  at          INTEGER NOT NULL,
  actor_id    TEXT,
  actor_name  TEXT NOT NULL DEFAULT '',
  action      TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT,
  epoch       INTEGER NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  data        TEXT,
  attachments TEXT
);
CREATE INDEX case_event_case ON case_event (case_id, at);
CREATE TRIGGER case_event_insert_only_u BEFORE UPDATE ON case_event BEGIN SELECT RAISE(ABORT, 'case_event is insert-only'); END;
CREATE TRIGGER case_event_insert_only_d BEFORE DELETE ON case_event BEGIN SELECT RAISE(ABORT, 'case_event is insert-only'); END;

CREATE TABLE case_attachment (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES case_record (id),
  event_id   TEXT NOT NULL,
  name       TEXT NOT NULL,
  mime       TEXT NOT NULL,
  size       INTEGER NOT NULL,
  data       TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX case_attachment_case ON case_attachment (case_id);
CREATE TRIGGER case_attachment_insert_only_u BEFORE UPDATE ON case_attachment BEGIN SELECT RAISE(ABORT, 'case_attachment is insert-only'); END;

CREATE TABLE case_alert (
  id                   TEXT PRIMARY KEY,
  case_id              TEXT NOT NULL REFERENCES case_record (id),
  unit_id              TEXT NOT NULL REFERENCES org_unit (id),
  source_unit_id       TEXT REFERENCES org_unit (id),
  created_at           INTEGER NOT NULL,
  acknowledged_at      INTEGER,
  acknowledged_by      TEXT,
  acknowledged_by_name TEXT
);
CREATE INDEX case_alert_unit ON case_alert (unit_id, acknowledged_at);
CREATE INDEX case_alert_open ON case_alert (created_at) WHERE acknowledged_at IS NULL;
CREATE INDEX case_alert_case ON case_alert (case_id);

`,
};
