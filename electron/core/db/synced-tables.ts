// Tables replicated between the centre's PCs. Every write to them goes through the change writer.
// Each domain lists its own synced tables beside its code; together they must be exactly the
// tables shared/db/tables.ts marks as synced (checked by the compiler below and by a test).
import type { SyncedTableName } from '../../../shared/db/tables';
import { CASE_TABLES } from '../cases/case-tables';
import { REGISTRY_TABLES } from '../registry/registry-tables';

export const CORE_TABLES = [
  'setting',
  'user_account',
  'org_unit',
  'grid_neighbor',
  'staff',
  'staff_assignment',
  'department',
] as const satisfies readonly SyncedTableName[];

export const SYNCED_TABLES: readonly SyncedTableName[] = [...CORE_TABLES, ...CASE_TABLES, ...REGISTRY_TABLES];

/** Compile-time: a synced table no domain lists is a type error here (naming the table). */
type Unlisted = Exclude<SyncedTableName, (typeof CORE_TABLES)[number] | (typeof CASE_TABLES)[number] | (typeof REGISTRY_TABLES)[number]>;
const _everySyncedTableListed: [Unlisted] extends [never] ? true : Unlisted = true;

export function isSyncedTable(name: string): name is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}
