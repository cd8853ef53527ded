// Household visits (入户走访, docs/routine.md "Household visits"), synced:
// - `household_visit`: one visit of a grid worker (staff) to a household on a day — who was
//   met (a member of the household, or a name as typed), the situation found, the needs voiced,
//   the follow-up, an optional case raised from it, and the household's class (1 elderly,
//   2 vulnerable, 3 others) and class kind at the time of the visit, with the household's grid
//   then (the scope and the verification sample read it).
// One visit per household and day is a natural key (sync/natural-keys.ts), not a UNIQUE index:
// two PCs apart could each record one. The household and the person met are soft references
// (registry records; LAN sync may apply rows in any order); staff, grid and case are hard.
export const migration = {
  version: 11,
  name: 'visits',
  sql: `
CREATE TABLE household_visit (
  id               TEXT PRIMARY KEY,
  household_id     TEXT NOT NULL,
  grid_id          TEXT NOT NULL REFERENCES org_unit (id),
  visit_date       TEXT NOT NULL,
  staff_id         TEXT NOT NULL REFERENCES staff (id),
  household_class  INTEGER NOT NULL CHECK (household_class IN (1, 2, 3)),
  class_kind       TEXT NOT NULL,
  met_person_id    TEXT,
  met_name         TEXT NOT NULL DEFAULT '',
  situation        TEXT NOT NULL DEFAULT '',
  needs            TEXT NOT NULL DEFAULT '',
  follow_up        TEXT NOT NULL DEFAULT '',
  case_id          TEXT REFERENCES case_record (id),
  created_by       TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX household_visit_household ON household_visit (household_id, visit_date);
CREATE INDEX household_visit_staff ON household_visit (staff_id, visit_date);
CREATE INDEX household_visit_grid ON household_visit (grid_id, visit_date);
CREATE INDEX household_visit_date ON household_visit (visit_date);
CREATE INDEX household_visit_case ON household_visit (case_id);
`,
};
