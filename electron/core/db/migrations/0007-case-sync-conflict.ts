// A case two PCs moved apart in incompatible ways (one closed it while another returned it for
// rework) is flagged for a person to review (冲突待核, docs/sync.md): the flag and what the
// conflict was, as a synced column of the case.
export const migration = {
  version: 7,
  name: 'case-sync-conflict',
  sql: `
ALTER TABLE case_record ADD COLUMN sync_conflict TEXT;
`,
};
