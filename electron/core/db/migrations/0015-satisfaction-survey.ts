// Satisfaction surveys (满意度测评, docs/assessment.md "Satisfaction surveys"), synced:
// - `satisfaction_survey`: one grid's half-yearly survey of its residents — the half-year
//   (`half_year` '2026H1'), the score (0–100), the sample size, the day it was taken and a note;
//   who entered it and when. One survey per grid and half-year is a natural key
//   (sync/natural-keys.ts), not a UNIQUE constraint (two PCs apart could each enter it).
export const migration = {
  version: 15,
  name: 'satisfaction-survey',
  sql: `
CREATE TABLE satisfaction_survey (
  id          TEXT PRIMARY KEY,
  grid_id     TEXT NOT NULL REFERENCES org_unit (id),
  half_year   TEXT NOT NULL,
  score       REAL NOT NULL,
  sample_size INTEGER NOT NULL,
  survey_date TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_by  TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX satisfaction_survey_grid ON satisfaction_survey (grid_id, half_year);
CREATE INDEX satisfaction_survey_half ON satisfaction_survey (half_year);
`,
};
