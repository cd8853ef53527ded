// Synced tables of LAN sync itself: the devices paired into the centre (every write goes
// through the change writer, so a pairing or a revocation reaches every PC).
import type { SyncedTableName } from '../../../shared/db/tables';

export const SYNC_TABLES = ['sync_peer'] as const satisfies readonly SyncedTableName[];
