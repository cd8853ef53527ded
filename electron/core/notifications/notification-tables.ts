// Synced tables of notifications: each account's read marks and settings (every write goes
// through the change writer). The feed itself is derived (notification-feed.ts).
import type { SyncedTableName } from '../../../shared/db/tables';

export const NOTIFICATION_TABLES = ['notification_read', 'notification_setting'] as const satisfies readonly SyncedTableName[];
