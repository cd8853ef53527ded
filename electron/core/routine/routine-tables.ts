// Synced tables of the grid-worker routine (every write goes through the change writer).
import type { SyncedTableName } from '../../../shared/db/tables';

export const ROUTINE_TABLES = [
  'work_log',
  'work_log_case',
  'staff_leave',
  'household_visit',
  'visit_verification',
  'dispute_screening',
  'dispute_mediation',
  'dispute_person',
  'dispute_case',
  'duty_roster',
] as const satisfies readonly SyncedTableName[];
