// What each ledger's import provides to the generic preview/commit engine.
import type { SyncedTableName } from '../../../../shared/db/tables';
import type { ImportKindSpec } from '../../../../shared/registry/import-fields';
import type { Row, WriteTx } from '../../db/change-writer';
import type { ReadDb } from '../../db/read-db';
import type { GridResolver } from './grid-resolver';

/** A data row after its cells were parsed: field key → value, for mapped fields only. */
export interface RowInput {
  row: number;
  values: Record<string, unknown>;
  /** Keys of the fields whose cell was blank and which the row clears (only when the user asked for clearing). */
  blank?: string[];
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
}

export interface ImportAdapter<S> {
  spec: ImportKindSpec;
  table: SyncedTableName;
  /** How the match key reads in a duplicate message, e.g. '公民身份号码'. */
  keyLabel: string;
  /** Loads what the checks need, once per plan (existing records by key, lookups …). */
  load(ctx: ImportContext): S;
  check(input: RowInput, state: S, ctx: ImportContext): CheckedRow;
  /** The stored record a key matches, with its current column values. */
  existing(key: string, state: S): { id: string; row: Row } | undefined;
  /** Records that must be written before the rows (new households, buildings …); returns how many were written. */
  before?(tx: WriteTx, rows: PlannedRow[], state: S, ctx: ImportContext): number;
}
