// The merge rules that belong to a domain, beside the generic per-cell rule (sync-merge.ts):
// columns that merge as one group by the domain's own order, and repairs run after each
// received batch inside its transaction. Each domain keeps its rule in its own folder.
import type { SyncedTableName } from '../../../shared/db/tables';
import { CASE_WORKFLOW_COLUMNS, compareCaseCopies, flagCaseConflicts } from '../cases/case-sync';
import type { WriteTx } from '../db/change-writer';
import { followMerge, mergeIdenticalDuplicates } from './duplicate-merge';
import type { SyncedReference } from '../db/synced-tables';

export interface ColumnGroup {
  columns: ReadonlySet<string>;
  /** >0: the local copy wins the whole group; <0: the incoming one; 0: newest cell wins. */
  compare(local: Record<string, unknown>, incoming: Record<string, unknown>): number;
}

export const COLUMN_GROUPS: Partial<Record<SyncedTableName, ColumnGroup>> = {
  case_record: { columns: new Set(CASE_WORKFLOW_COLUMNS), compare: compareCaseCopies },
};

/** Repairs after a received batch (records written, by table); each returns its number of writes. */
export const AFTER_BATCH: readonly ((tx: WriteTx, written: ReadonlyMap<SyncedTableName, readonly string[]>) => number)[] = [
  mergeIdenticalDuplicates,
  flagCaseConflicts,
];

/**
 * Before a dangling reference is cleared or its record removed: a reference to a record merged
 * into another follows it there. Returns the writes, or null to mend as usual.
 */
export const FOLLOW_MERGED: (tx: WriteTx, ref: SyncedReference, childId: string, goneId: string) => number | null = followMerge;
