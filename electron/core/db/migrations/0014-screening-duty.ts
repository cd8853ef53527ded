// Dispute screening (矛盾纠纷排查) and the centre's duty roster (值班表), all synced
// (docs/routine.md):
// - `dispute_screening`: one screening per grid and half month (`period` 'YYYY-MM-1' for the
//   1st–15th, 'YYYY-MM-2' for the 16th to the month's end) — who screened, when, and whether
//   nothing was found (「未发现矛盾纠纷」). One per grid and period is a natural key
//   (sync/natural-keys.ts), not a UNIQUE constraint (two PCs apart could each hold one).
// - `dispute` (the registry's 矛盾纠纷 ledger) gains the screening that found it and a risk
//   level; the disputes found in a screening are records of that ledger.
// - `dispute_mediation`: 调解工作记录 of a dispute (date, mediators, parties, process, outcome,
//   agreement); an outcome moves the dispute's status (调解成功 → 已化解, 移交 → 已移交).
// - `dispute_person` / `dispute_case`: the registry persons and the cases a dispute involves.
// - `duty_roster`: who is on duty at the centre on a day: the leader on duty (带班领导) and the
//   duty officer (值班员). One row per day is a natural key.
export const migration = {
  version: 14,
  name: 'screening-duty',
  sql: `
CREATE TABLE dispute_screening (
  id           TEXT PRIMARY KEY,
  grid_id      TEXT NOT NULL REFERENCES org_unit (id),
  period       TEXT NOT NULL,
  screen_date  TEXT NOT NULL,
  staff_id     TEXT REFERENCES staff (id),
  none_found   INTEGER NOT NULL DEFAULT 0,
  notes        TEXT NOT NULL DEFAULT '',
  created_by   TEXT,
  created_at   INTEGER NOT NULL
);
CREATE INDEX dispute_screening_grid ON dispute_screening (grid_id, period);
CREATE INDEX dispute_screening_period ON dispute_screening (period);

ALTER TABLE dispute ADD COLUMN screening_id TEXT REFERENCES dispute_screening (id);
ALTER TABLE dispute ADD COLUMN risk_level TEXT;
CREATE INDEX dispute_screening_ref ON dispute (screening_id);

CREATE TABLE dispute_mediation (
  id              TEXT PRIMARY KEY,
  dispute_id      TEXT NOT NULL REFERENCES dispute (id),
  mediation_date  TEXT NOT NULL,
  mediators       TEXT NOT NULL,
  parties         TEXT NOT NULL,
  process         TEXT NOT NULL,
  outcome         TEXT NOT NULL CHECK (outcome IN ('success', 'failed', 'referred')),
  agreement       TEXT NOT NULL DEFAULT '',
  created_by      TEXT,
  created_at      INTEGER NOT NULL
);
CREATE INDEX dispute_mediation_dispute ON dispute_mediation (dispute_id, mediation_date);

CREATE TABLE dispute_person (
  id          TEXT PRIMARY KEY,
  dispute_id  TEXT NOT NULL REFERENCES dispute (id),
  person_id   TEXT NOT NULL REFERENCES person (id)
);
CREATE INDEX dispute_person_dispute ON dispute_person (dispute_id);
CREATE INDEX dispute_person_person ON dispute_person (person_id);

CREATE TABLE dispute_case (
  id          TEXT PRIMARY KEY,
  dispute_id  TEXT NOT NULL REFERENCES dispute (id),
  case_id     TEXT NOT NULL REFERENCES case_record (id)
);
CREATE INDEX dispute_case_dispute ON dispute_case (dispute_id);
CREATE INDEX dispute_case_case ON dispute_case (case_id);

CREATE TABLE duty_roster (
  id                TEXT PRIMARY KEY,
  duty_date         TEXT NOT NULL,
  leader_staff_id   TEXT REFERENCES staff (id),
  officer_staff_id  TEXT REFERENCES staff (id),
  notes             TEXT NOT NULL DEFAULT '',
  updated_by        TEXT,
  updated_at        INTEGER NOT NULL
);
CREATE INDEX duty_roster_date ON duty_roster (duty_date);
`,
};
