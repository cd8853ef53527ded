// Tables replicated between the centre's PCs. Every write to them goes through the change writer.
// Each domain lists its own synced tables beside its code.
import { CASE_TABLES } from '../cases/case-tables';
import { REGISTRY_TABLES } from '../registry/registry-tables';

export const CORE_TABLES = ['setting', 'user_account', 'org_unit', 'grid_neighbor', 'staff', 'staff_assignment', 'department'] as const;

export const SYNCED_TABLES: readonly string[] = [...CORE_TABLES, ...CASE_TABLES, ...REGISTRY_TABLES];

export function isSyncedTable(name: string): boolean {
  return SYNCED_TABLES.includes(name);
}
