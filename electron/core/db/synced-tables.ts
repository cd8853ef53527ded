// Tables replicated between the centre's PCs. Every write to them goes through the change writer.
// Each domain lists its own synced tables beside its code; together they must be exactly the
// tables shared/db/tables.ts marks as synced (checked by the compiler below and by a test).
import type { SyncedTableName } from '../../../shared/db/tables';
import type { ReadDb } from './read-db';
import { CASE_TABLES } from '../cases/case-tables';
import { REGISTRY_TABLES } from '../registry/registry-tables';
import { SYNC_TABLES } from '../sync/sync-tables';
import { ROUTINE_TABLES } from '../routine/routine-tables';
import { ASSESSMENT_TABLES } from '../assessment/assessment-tables';
import { MEETING_TABLES } from '../meetings/meeting-tables';
import { BOARD_TABLES } from '../board/board-tables';
import { NOTIFICATION_TABLES } from '../notifications/notification-tables';

export const CORE_TABLES = [
  'setting',
  'user_account',
  'org_unit',
  'grid_neighbor',
  'staff',
  'staff_assignment',
  'department',
] as const satisfies readonly SyncedTableName[];

export const SYNCED_TABLES: readonly SyncedTableName[] = [...CORE_TABLES, ...CASE_TABLES, ...REGISTRY_TABLES, ...ROUTINE_TABLES, ...ASSESSMENT_TABLES, ...MEETING_TABLES, ...BOARD_TABLES, ...NOTIFICATION_TABLES, ...SYNC_TABLES];

/** Compile-time: a synced table no domain lists is a type error here (naming the table). */
type Unlisted = Exclude<SyncedTableName, (typeof CORE_TABLES)[number] | (typeof CASE_TABLES)[number] | (typeof REGISTRY_TABLES)[number] | (typeof ROUTINE_TABLES)[number] | (typeof ASSESSMENT_TABLES)[number] | (typeof MEETING_TABLES)[number] | (typeof BOARD_TABLES)[number] | (typeof NOTIFICATION_TABLES)[number] | (typeof SYNC_TABLES)[number]>;
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

/**
 * References held without a FOREIGN KEY clause (so LAN sync may apply their records in any
 * order; dangling ones are shown as missing, never mended). Merging two duplicate records
 * (sync/duplicate-merge.ts) redirects these as well as the schema's. Insert-only records (a
 * case's timeline) keep the id they were written with.
 */
export const SOFT_REFERENCES: readonly SyncedReference[] = [
  { child: 'special_person', column: 'person_id', parent: 'person', nullable: false },
  { child: 'household', column: 'head_person_id', parent: 'person', nullable: true },
  { child: 'house', column: 'landlord_person_id', parent: 'person', nullable: true },
  { child: 'user_account', column: 'department_id', parent: 'department', nullable: true },
  { child: 'case_record', column: 'assignee_department_id', parent: 'department', nullable: true },
  { child: 'case_record', column: 'assignee_unit_id', parent: 'org_unit', nullable: true },
  { child: 'case_record', column: 'assignee_user_id', parent: 'user_account', nullable: true },
  { child: 'case_record', column: 'registered_by', parent: 'user_account', nullable: true },
  { child: 'calendar_year', column: 'updated_by', parent: 'user_account', nullable: true },
  { child: 'notification_read', column: 'user_id', parent: 'user_account', nullable: false },
  { child: 'notification_setting', column: 'user_id', parent: 'user_account', nullable: false },
  { child: 'household_visit', column: 'household_id', parent: 'household', nullable: false },
  { child: 'household_visit', column: 'met_person_id', parent: 'person', nullable: true },
  { child: 'visit_verification', column: 'drawn_by', parent: 'user_account', nullable: true },
  { child: 'visit_verification', column: 'verifier_id', parent: 'user_account', nullable: true },
];

/** Every reference to a record of `parent`: the schema's and the soft ones. */
export function referencesTo(schema: Pick<SyncedSchema, 'references'>, parent: SyncedTableName): SyncedReference[] {
  return [...schema.references, ...SOFT_REFERENCES].filter((r) => r.parent === parent);
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
