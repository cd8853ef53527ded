// Synced tables of LAN sync itself: the devices paired into the centre (every write goes
// through the change writer, so a pairing or a revocation reaches every PC), and the pointers
// from merged duplicates of a natural key to the records kept (duplicate-merge.ts).
import type { SyncedTableName } from '../../../shared/db/tables';

export const SYNC_TABLES = ['sync_peer', 'merged_record'] as const satisfies readonly SyncedTableName[];
