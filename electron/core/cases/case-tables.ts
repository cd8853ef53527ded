// Synced tables of the cases domain.
export const CASE_TABLES: readonly string[] = [];
