// Synced tables of the cases domain (every write goes through the change writer).
import type { SyncedTableName } from '../../../shared/db/tables';

export const CASE_TABLES = [
  'calendar_year',
  'case_category',
  'sla_rule',
  'case_record',
  'case_event',
  'case_attachment',
  'case_alert',
] as const satisfies readonly SyncedTableName[];
