// The facet indexes of migration 0035 again, wider, and two more (issue 15).
// - A deep page of few cases under a facet (the 11th page of 市政设施 from 热线 by number, a
//   department handler's county-level cases) either walked its order's index, passing tens of
//   thousands of cases, or read every candidate's row to sort them (county: 23–47 ms). With the
//   last update and the number in the index, every order the queues offer is held by it, so such
//   a page is sorted from the facet's entries alone, no row read (cases/case-gather-page.ts).
// - The level (县级, 镇级, …) and the handling type (应急处置, …) had no index of their own: county
//   level and emergency handling together were counted by reading every case.
// Each holds the stage (not the generated `done`: SQLite reads the row to compute a virtual
// column even where an index holds it), receipt time, status, deadline, supervision, last update,
// number, the other facets and the department.
const COVERED = 'stage, received_at, status, deadline_at, supervised, updated_at, number';
export const migration = {
  version: 36,
  name: 'case-facet-pages',
  sql: `
DROP INDEX case_facet_category;
DROP INDEX case_facet_subcategory;
DROP INDEX case_facet_source;
DROP INDEX case_facet_urgency;
CREATE INDEX case_facet_category ON case_record (category_id, ${COVERED}, source, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_subcategory ON case_record (subcategory_id, ${COVERED}, source, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_source ON case_record (source, ${COVERED}, category_id, subcategory_id, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_urgency ON case_record (urgency, ${COVERED}, category_id, subcategory_id, source, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_level ON case_record (level, ${COVERED}, category_id, subcategory_id, source, urgency, handling_type, assignee_department_id);
CREATE INDEX case_facet_handling ON case_record (handling_type, ${COVERED}, category_id, subcategory_id, source, urgency, level, assignee_department_id);
`,
};
