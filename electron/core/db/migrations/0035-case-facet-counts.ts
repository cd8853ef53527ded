// Counting a queue under two or more of the filter bar's facets (issue 15): category, source,
// urgency, level and handling type have tallies one at a time (migrations 0022, 0031), but 市政设施
// from 热线, or 热线 and 特急 together, were counted by reading every case of one of them, or of
// the whole table where neither had an index (county: 80–900 ms). These indexes hold, for a
// category, a subcategory, a source and an urgency, each case's stage, receipt time, status,
// deadline, supervision, the other facets and its department, so such a count (a department
// handler's too) reads the entries of the facet with the fewest cases and no row
// (cases/case-facet-index.ts). They hold `stage`, not `done`: SQLite reads the row to compute a
// virtual generated column even when an index holds it.
const COVERED = 'stage, received_at, status, deadline_at, supervised';
export const migration = {
  version: 35,
  name: 'case-facet-counts',
  sql: `
CREATE INDEX case_facet_category ON case_record (category_id, ${COVERED}, source, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_subcategory ON case_record (subcategory_id, ${COVERED}, source, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_source ON case_record (source, ${COVERED}, category_id, subcategory_id, urgency, level, handling_type, assignee_department_id);
CREATE INDEX case_facet_urgency ON case_record (urgency, ${COVERED}, category_id, subcategory_id, source, level, handling_type, assignee_department_id);
`,
};
