// What each ledger's import provides to the generic preview/commit engine.
import type { SyncedTableName } from '../../../../shared/db/tables';
import type { ImportKindSpec } from '../../../../shared/registry/import-fields';
import type { Row, WriteTx } from '../../db/change-writer';
import type { ReadDb } from '../../db/read-db';
import type { GridResolver } from './grid-resolver';
import type { CallContext } from '../../rpc/handler-types';
import type { ImportRowProblem } from '../../../../shared/registry/import-types';
import type { ImportSourceKind } from '../../../../shared/registry/registry-types';

/** A data row after its cells were parsed: field key → value, for mapped fields only. */
export interface RowInput {
  row: number;
  values: Record<string, unknown>;
  /** Keys of the fields whose cell was blank and which the row clears (only when the user asked for clearing). */
  blank?: string[];
  /** Some cell of the row could not be read (its reasons are listed already): checks that would only repeat them may skip. */
  badCells?: true;
}

export interface CheckedRow {
  /** Match key: finds the record this row updates, and duplicates within the file. */
  key: string;
  /** The columns this row sets (only those its mapped fields determine). */
  columns: Row;
  reasons: string[];
  warnings: string[];
}

export interface PlannedRow {
  row: number;
  key: string;
  action: 'insert' | 'update' | 'unchanged';
  id: string;
  columns: Row;
  /** For updates: the columns whose value differs from the stored one. */
  changed: Row;
}

export interface ImportContext {
  db: ReadDb;
  grids: GridResolver;
  /** Today in China, YYYY-MM-DD (birth dates after it are invalid). */
  today: string;
  newId: () => string;
  /** When the import runs (ms) and who runs it: rows that record their creation stamp them. */
  now: number;
  actorId: string | null;
}

export interface ImportAdapter<S> {
  spec: ImportKindSpec;
  table: SyncedTableName;
  /** How the match key reads in a duplicate message, e.g. '公民身份号码'. */
  keyLabel: string;
  /** Prepares what the checks need, once per plan: lookups of stored records by the file's keys (keyed-lookup.ts). */
  load(ctx: ImportContext): S;
  check(input: RowInput, state: S, ctx: ImportContext): CheckedRow;
  /** The stored record a key matches, with its current column values. */
  existing(key: string, state: S): { id: string; row: Row } | undefined;
  /** Records that must be written before the rows (new households, buildings …); returns how many were written. */
  before?(tx: WriteTx, rows: PlannedRow[], state: S, ctx: ImportContext): number;
}

/**
 * What the engine imports and for whom: the adapter, the job kinds that run it, who may
 * import it at all, and which planned rows the caller may not write (the ledgers: rows of
 * grids it does not serve, import-scope.ts; the routine: logs of workers outside its scope).
 */
export interface ImportSource {
  kind: ImportSourceKind;
  adapter: ImportAdapter<unknown>;
  jobs: { preview: string; commit: string };
  /** Throws unless the caller may import this kind. */
  authorize(ctx: CallContext): void;
  outside(ctx: CallContext, rows: readonly PlannedRow[]): ImportRowProblem[];
  /** The scope rule a refused commit names, e.g. 只能导入本人所服务网格的台账. */
  scopeRule: string;
}
