// A department handler's pages where the filter leaves few of the department's cases (issue 15):
// a category another department usually handles, a month with a rare urgency. The department's
// cases had only (department, done), so such a page walked every case of the range in its
// order's index, testing the department on each row (a year: 170 ms for a handful of cases).
// This index holds the department's cases by done and receipt time, with the category, so the
// cases of a department in a range (and of a category) are read from it alone
// (cases/case-department-page.ts); it replaces (department, done), its prefix.
export const migration = {
  version: 34,
  name: 'case-department-received',
  sql: `
DROP INDEX case_assignee_department;
CREATE INDEX case_department_done_received ON case_record (assignee_department_id, done, received_at, category_id);
`,
};
