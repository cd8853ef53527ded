// The wall board's open-case figures (per category, per village, per grid: open and overdue) read
// the few thousand open cases' rows one by one — scattered over the whole table of a county
// (500,000 cases), 50-60 ms a figure. One covering index over the open cases' columns those
// figures read lets each be answered from the index alone (board-cases.ts, board-map.ts pin it
// with INDEXED BY). It holds the open cases only (stage < 80, which is done = 0; the queries say
// stage: a virtual generated column such as done would send SQLite to the table rows).
export const migration = {
  version: 26,
  name: 'case-open-figures',
  sql: `
CREATE INDEX case_open_figures ON case_record (category_id, village_id, grid_id, status, deadline_at, stage) WHERE stage < 80;
`,
};
