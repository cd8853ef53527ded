// Verification sampling (入户核实, docs/routine.md "入户核实"), synced:
// - `visit_verification`: a household visit drawn into a quarter's verification sample, and what
//   the supervisor found — 属实 (accurate), 不属实 (inaccurate), 未核实 (unverified), or nothing yet
//   (outcome NULL) — with a note, the day it was checked and who checked it. Its id is its
//   visit's id, so two PCs that draw the same visit apart write the same record and sync merges
//   it cell by cell. One verification per visit is also a natural key (sync/natural-keys.ts).
//   Who drew and who verified are soft references to accounts.
export const migration = {
  version: 12,
  name: 'verification',
  sql: `
CREATE TABLE visit_verification (
  id             TEXT PRIMARY KEY,
  visit_id       TEXT NOT NULL REFERENCES household_visit (id),
  quarter        TEXT NOT NULL,
  drawn_by       TEXT,
  drawn_at       INTEGER NOT NULL,
  outcome        TEXT CHECK (outcome IN ('accurate', 'inaccurate', 'unverified')),
  note           TEXT NOT NULL DEFAULT '',
  verified_on    TEXT,
  verifier_id    TEXT,
  verifier_name  TEXT,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX visit_verification_visit ON visit_verification (visit_id);
CREATE INDEX visit_verification_quarter ON visit_verification (quarter);
`,
};
