// Grid-worker routine (日清周结, docs/routine.md), all synced:
// - `work_log`: one log per staff member and working day — the patrol (yes/no, start and end
//   times, the places walked: JSON list of {gridId, buildingId, name}), what was seen (民情),
//   notes, draft or submitted. One log per staff and day is a rule of the routine handlers
//   (synced tables carry no UNIQUE keys: two PCs apart could each hold one).
// - `work_log_case`: the cases raised from a log (the case links back to its log).
// - `staff_leave`: a staff member's leave (请假), from/to dates inclusive, reason and the staff
//   member covering its grids (A/B cover, AB岗); cancelled leave stays as a record.
export const migration = {
  version: 10,
  name: 'routine',
  sql: `
CREATE TABLE work_log (
  id            TEXT PRIMARY KEY,
  staff_id      TEXT NOT NULL REFERENCES staff (id),
  work_date     TEXT NOT NULL,
  patrolled     INTEGER NOT NULL DEFAULT 0,
  patrol_start  TEXT,
  patrol_end    TEXT,
  places        TEXT NOT NULL DEFAULT '[]',
  observations  TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
  submitted_at  INTEGER,
  created_by    TEXT,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX work_log_staff_date ON work_log (staff_id, work_date);
CREATE INDEX work_log_date ON work_log (work_date);

CREATE TABLE work_log_case (
  id       TEXT PRIMARY KEY,
  log_id   TEXT NOT NULL REFERENCES work_log (id),
  case_id  TEXT NOT NULL REFERENCES case_record (id)
);
CREATE INDEX work_log_case_log ON work_log_case (log_id);
CREATE INDEX work_log_case_case ON work_log_case (case_id);

CREATE TABLE staff_leave (
  id              TEXT PRIMARY KEY,
  staff_id        TEXT NOT NULL REFERENCES staff (id),
  from_date       TEXT NOT NULL,
  to_date         TEXT NOT NULL,
  reason          TEXT NOT NULL DEFAULT '',
  cover_staff_id  TEXT REFERENCES staff (id),
  cancelled       INTEGER NOT NULL DEFAULT 0,
  created_by      TEXT,
  created_at      INTEGER NOT NULL
);
CREATE INDEX staff_leave_staff ON staff_leave (staff_id, from_date);
CREATE INDEX staff_leave_cover ON staff_leave (cover_staff_id);
`,
};
