// Assessment (考核评价, docs/assessment.md), synced:
// - `assessment_scheme`: a scheme's version — points total, subject level, period kind, items
//   (JSON: indicator, weight, rule) and grade lines (JSON). A scheme used by a run is never
//   edited: saving it writes a new version (same family, version + 1) and retires the old one.
//   `is_default` marks the version a new run of its level and period kind takes.
// - `assessment_run`: one assessment of a level for a period (2025Q4, 2025H2, 2025): open while
//   reviewed, then frozen with the scores as they were (`snapshot`, JSON) — later data and later
//   scheme versions do not change it. (level, period_key) is a natural key (sync/natural-keys.ts).
// - `assessment_adjustment`: a manual deduction, bonus or veto (一票否决) on one subject, with
//   reason and evidence, who entered it and who approved or rejected it.
// - `assessment_event`: the run's history (opened, frozen, reopened with the reason), insert-only.
export const migration = {
  version: 13,
  name: 'assessment',
  sql: `
CREATE TABLE assessment_scheme (
  id          TEXT PRIMARY KEY,
  family_id   TEXT NOT NULL,
  version     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  level       TEXT NOT NULL,
  period_kind TEXT NOT NULL,
  total       INTEGER NOT NULL,
  items       TEXT NOT NULL,
  grades      TEXT NOT NULL,
  is_default  INTEGER NOT NULL DEFAULT 0,
  retired     INTEGER NOT NULL DEFAULT 0,
  created_by  TEXT,
  created_at  INTEGER NOT NULL
);
CREATE INDEX assessment_scheme_family ON assessment_scheme (family_id, version);

CREATE TABLE assessment_run (
  id          TEXT PRIMARY KEY,
  level       TEXT NOT NULL,
  period_key  TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to   TEXT NOT NULL,
  scheme_id   TEXT NOT NULL REFERENCES assessment_scheme (id),
  status      TEXT NOT NULL,
  snapshot    TEXT,
  frozen_at   INTEGER,
  frozen_by   TEXT,
  created_by  TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX assessment_run_period ON assessment_run (level, period_key);
CREATE INDEX assessment_run_scheme ON assessment_run (scheme_id);

CREATE TABLE assessment_adjustment (
  id              TEXT PRIMARY KEY,
  run_id          TEXT NOT NULL REFERENCES assessment_run (id),
  subject_id      TEXT NOT NULL,
  kind            TEXT NOT NULL,
  points          REAL NOT NULL DEFAULT 0,
  reason          TEXT NOT NULL,
  evidence_kind   TEXT NOT NULL,
  evidence_ref    TEXT NOT NULL,
  evidence_label  TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL,
  entered_by      TEXT,
  entered_by_name TEXT NOT NULL DEFAULT '',
  entered_at      INTEGER NOT NULL,
  decided_by      TEXT,
  decided_by_name TEXT,
  decided_at      INTEGER
);
CREATE INDEX assessment_adjustment_run ON assessment_adjustment (run_id, subject_id);

CREATE TABLE assessment_event (
  id         TEXT PRIMARY KEY,
  run_id     TEXT NOT NULL REFERENCES assessment_run (id),
  at         INTEGER NOT NULL,
  actor_id   TEXT,
  actor_name TEXT NOT NULL DEFAULT '',
  action     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_event_run ON assessment_event (run_id, at);
CREATE TRIGGER assessment_event_insert_only_u BEFORE UPDATE ON assessment_event BEGIN SELECT RAISE(ABORT, 'assessment_event is insert-only'); END;
CREATE TRIGGER assessment_event_insert_only_d BEFORE DELETE ON assessment_event BEGIN SELECT RAISE(ABORT, 'assessment_event is insert-only'); END;
`,
};
