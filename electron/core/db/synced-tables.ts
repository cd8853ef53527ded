// Tables replicated between the centre's PCs. Every write to them goes through the change writer.
// Each domain lists its own synced tables beside its code; together they must be exactly the
// tables shared/db/tables.ts marks as synced (checked by the compiler below and by a test).
import type { SyncedTableName } from '../../../shared/db/tables';
import type { ReadDb } from './read-db';
import { CASE_TABLES } from '../cases/case-tables';
import { REGISTRY_TABLES } from '../registry/registry-tables';
import { SYNC_TABLES } from '../sync/sync-tables';

export const CORE_TABLES = [
  'setting',
  'user_account',
  'org_unit',
  'grid_neighbor',
  'staff',
  'staff_assignment',
  'department',
] as const satisfies readonly SyncedTableName[];

export const SYNCED_TABLES: readonly SyncedTableName[] = [...CORE_TABLES, ...CASE_TABLES, ...REGISTRY_TABLES, ...SYNC_TABLES];

/** Compile-time: a synced table no domain lists is a type error here (naming the table). */
type Unlisted = Exclude<SyncedTableName, (typeof CORE_TABLES)[number] | (typeof CASE_TABLES)[number] | (typeof REGISTRY_TABLES)[number] | (typeof SYNC_TABLES)[number]>;
const _everySyncedTableListed: [Unlisted] extends [never] ? true : Unlisted = true;

export function isSyncedTable(name: string): name is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** A reference from a column of one synced table to the records of another. */
export interface SyncedReference {
  child: SyncedTableName;
  column: string;
  parent: SyncedTableName;
  /** Whether the column may be NULL (a dangling reference is cleared, not its record removed). */
  nullable: boolean;
}

/** The synced tables' columns and references, as the database's schema has them. */
export interface SyncedSchema {
  columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>;
  references: readonly SyncedReference[];
}

/**
 * Reads the synced tables' columns and references from the schema (once per connection; the
 * schema only changes by migration, before the change writer exists).
 */
export function describeSyncedTables(db: ReadDb): SyncedSchema {
  const columns = new Map<SyncedTableName, ReadonlySet<string>>();
  const references: SyncedReference[] = [];
  const info = db.prepare('SELECT name, "notnull" AS nn FROM pragma_table_info(?)');
  const fkList = db.prepare('SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?)');
  for (const table of SYNCED_TABLES) {
    const cols = info.all(table) as { name: string; nn: number }[];
    if (cols.length === 0) throw new Error(`Synced table ${table} does not exist`);
    columns.set(table, new Set(cols.map((c) => c.name)));
    const notNull = new Map(cols.map((c) => [c.name, c.nn === 1]));
    for (const fk of fkList.all(table) as { parent: string; col: string }[]) {
      if (isSyncedTable(fk.parent)) references.push({ child: table, column: fk.col, parent: fk.parent, nullable: !notNull.get(fk.col) });
    }
  }
  return { columns, references };
}
