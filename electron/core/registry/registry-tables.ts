// Synced tables of the registry domain (every write goes through the change writer).
// `audit_log` is deliberately absent: it is local to each PC and append-only.
import type { SyncedTableName } from '../../../shared/db/tables';

export const REGISTRY_TABLES = [
  'building',
  'house',
  'household',
  'person',
  'special_person',
  'special_visit',
  'organisation',
  'facility',
  'dispute',
  'staff_photo',
] as const satisfies readonly SyncedTableName[];
