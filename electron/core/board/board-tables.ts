// Synced tables of the wall board's layouts (every write goes through the change writer).
import type { SyncedTableName } from '../../../shared/db/tables';

export const BOARD_TABLES = ['board_page', 'board_playlist', 'board_wall'] as const satisfies readonly SyncedTableName[];
