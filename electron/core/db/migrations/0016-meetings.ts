// Meetings (例会, docs/meetings.md), synced:
// - `meeting`: one meeting — its kind, day and start, place, scope (org_unit: the town, a village
//   or a grid), chair and recorder by name, status planned → running → finished (or cancelled),
//   and why items were left undecided when it ended. One scheduled meeting per kind, day and scope
//   is a natural key (sync/natural-keys.ts), not a UNIQUE constraint (two PCs apart may each open it).
// - `meeting_item`: an agenda item in order — the generated section it shows (or 'custom'), the
//   title, planned minutes, the presenter's notes, the recorder's minutes, the outcome and its note,
//   a linked case, the carried-over problem it raises again, and its content frozen at the end.
// - `meeting_attendance`: who was expected and how they came (signed in, late, on leave with the
//   reason, absent).
// - `meeting_task`: a decision to carry out — owner, a working-day deadline, a linked case or grid;
//   cleared (销号) with a note.
// - `meeting_carry`: a problem raised again at each meeting of its kind and scope until it is
//   resolved (二次通报); how often and since when is counted from the items that raised it.
// - `meeting_event`: the meeting's history (insert-only): started, ended, minutes edited after the end.
// - `meeting_presentation`: the slide on show for a meeting (id = the meeting's id), which every
//   window presenting it follows.
export const migration = {
  version: 16,
  name: 'meetings',
  sql: `
CREATE TABLE meeting (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL,
  meeting_date   TEXT NOT NULL,
  start_time     TEXT NOT NULL,
  place          TEXT NOT NULL DEFAULT '',
  scope_unit_id  TEXT NOT NULL REFERENCES org_unit (id),
  chair_name     TEXT NOT NULL DEFAULT '',
  recorder_name  TEXT NOT NULL DEFAULT '',
  status         TEXT NOT NULL DEFAULT 'planned',
  started_at     INTEGER,
  ended_at       INTEGER,
  undecided_note TEXT NOT NULL DEFAULT '',
  created_by     TEXT,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX meeting_date ON meeting (meeting_date);
CREATE INDEX meeting_kind_scope ON meeting (kind, scope_unit_id, meeting_date);

CREATE TABLE meeting_item (
  id              TEXT PRIMARY KEY,
  meeting_id      TEXT NOT NULL REFERENCES meeting (id),
  position        INTEGER NOT NULL,
  section         TEXT NOT NULL,
  title           TEXT NOT NULL,
  planned_minutes INTEGER NOT NULL,
  notes           TEXT NOT NULL DEFAULT '',
  minutes         TEXT NOT NULL DEFAULT '',
  outcome         TEXT NOT NULL DEFAULT 'pending',
  outcome_note    TEXT NOT NULL DEFAULT '',
  case_id         TEXT REFERENCES case_record (id),
  carry_id        TEXT,
  content         TEXT,
  updated_at      INTEGER NOT NULL
);
CREATE INDEX meeting_item_meeting ON meeting_item (meeting_id, position);
CREATE INDEX meeting_item_carry ON meeting_item (carry_id);

CREATE TABLE meeting_attendance (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  user_id    TEXT,
  staff_id   TEXT,
  name       TEXT NOT NULL,
  unit       TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL DEFAULT 'expected',
  reason     TEXT NOT NULL DEFAULT '',
  signed_at  INTEGER
);
CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id);

CREATE TABLE meeting_task (
  id                  TEXT PRIMARY KEY,
  meeting_id          TEXT NOT NULL REFERENCES meeting (id),
  item_id             TEXT,
  title               TEXT NOT NULL,
  owner_name          TEXT NOT NULL,
  owner_user_id       TEXT,
  owner_department_id TEXT,
  owner_unit_id       TEXT,
  deadline            TEXT NOT NULL,
  case_id             TEXT REFERENCES case_record (id),
  grid_id             TEXT,
  status              TEXT NOT NULL DEFAULT 'open',
  done_at             INTEGER,
  done_by             TEXT,
  done_by_name        TEXT,
  done_note           TEXT NOT NULL DEFAULT '',
  created_by          TEXT,
  created_at          INTEGER NOT NULL
);
CREATE INDEX meeting_task_meeting ON meeting_task (meeting_id);
CREATE INDEX meeting_task_open ON meeting_task (status, deadline);

CREATE TABLE meeting_carry (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  scope_unit_id    TEXT NOT NULL,
  title            TEXT NOT NULL,
  case_id          TEXT REFERENCES case_record (id),
  first_meeting_id TEXT NOT NULL,
  first_date       TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'open',
  resolved_at      INTEGER,
  resolved_by      TEXT,
  resolved_by_name TEXT,
  resolved_note    TEXT NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL
);
CREATE INDEX meeting_carry_open ON meeting_carry (kind, scope_unit_id, status);
CREATE INDEX meeting_carry_case ON meeting_carry (case_id);

CREATE TABLE meeting_event (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  at         INTEGER NOT NULL,
  actor_id   TEXT,
  actor_name TEXT NOT NULL DEFAULT '',
  action     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_event_meeting ON meeting_event (meeting_id, at);

CREATE TABLE meeting_presentation (
  id              TEXT PRIMARY KEY,
  slide           INTEGER NOT NULL DEFAULT 0,
  item_id         TEXT,
  item_started_at INTEGER,
  updated_at      INTEGER NOT NULL,
  updated_by_name TEXT NOT NULL DEFAULT ''
);
`,
};
