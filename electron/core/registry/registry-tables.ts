// Synced tables of the registry domain.
export const REGISTRY_TABLES: readonly string[] = [];
