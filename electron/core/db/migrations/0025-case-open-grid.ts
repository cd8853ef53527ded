// The map's case measures (未结事件, 超期事件 per grid: registry/related-cases.ts caseCountsByGrid)
// read the open cases alone, grouped by grid, from this partial index: a county's few thousand
// open cases instead of every case's entry of case_grid (500,000), and status and deadline
// without the table rows.
export const migration = {
  version: 25,
  name: 'case-open-grid',
  sql: `
CREATE INDEX case_open_grid ON case_record (grid_id, status, deadline_at) WHERE done = 0;
`,
};
