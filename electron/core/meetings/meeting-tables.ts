// Synced tables of meetings (every write goes through the change writer).
import type { SyncedTableName } from '../../../shared/db/tables';

export const MEETING_TABLES = [
  'meeting', 'meeting_item', 'meeting_attendance', 'meeting_task', 'meeting_carry', 'meeting_event', 'meeting_presentation',
] as const satisfies readonly SyncedTableName[];
