// The map's case measures read the open cases' covering index case_open_figures (migration 0026)
// instead of case_open_grid (migration 0025), which held the same cases without covering the
// query (its condition named the generated column done): one index fewer to keep on every case write.
export const migration = {
  version: 27,
  name: 'drop-case-open-grid',
  sql: `
DROP INDEX case_open_grid;
`,
};
