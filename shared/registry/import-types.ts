// Results of the Excel import steps (template → preview → commit).
import type { ImportSourceKind } from './registry-types';

export interface ImportRowProblem {
  /** The row number as Excel shows it. */
  row: number;
  reasons: string[];
  /**
   * Who or what the row is, from its cells as typed: name and citizen ID (masked unless the
   * role holds 'sensitive.read'), a house's address, an organisation's name …; '' if empty.
   */
  identity?: string;
}

/** The stored values an update row would clear (blank cells, when the user asked for clearing). */
export interface ImportRowClears {
  row: number;
  /** Labels of the fields whose stored value the row clears. */
  fields: string[];
  identity?: string;
}

export interface ImportSampleRow {
  row: number;
  action: 'insert' | 'update' | 'unchanged';
  /** Field key → the value as it will be stored, shown as text. */
  values: Record<string, string>;
}

export interface ImportPreview {
  jobId: string;
  kind: ImportSourceKind;
  fileName: string | null;
  sheetName: string;
  /** Row number of the header row. */
  headerRow: number;
  headers: string[];
  /** Field key → column index in `headers`, or null when no column holds it. */
  mapping: Record<string, number | null>;
  /** Labels of required fields without a column. */
  missingRequired: string[];
  /** Headers not used by the mapping. */
  unmappedHeaders: string[];
  /** Data rows (blank rows and the template's example row not counted). */
  total: number;
  valid: number;
  invalid: ImportRowProblem[];
  /** Notes that do not block the import (e.g. an address that matches no house). */
  warnings: ImportRowProblem[];
  sample: ImportSampleRow[];
  /**
   * Whether blank cells clear stored values (the preview's option). Without it a blank cell
   * in an update keeps what is stored.
   */
  clearBlank: boolean;
  /** Update rows that would clear stored values, with the fields they clear (only with `clearBlank`). */
  clears: ImportRowClears[];
  willInsert: number;
  willUpdate: number;
  unchanged: number;
  /** When the preview expires (ISO); commit after that needs a new preview. */
  expiresAt: string;
}

export interface ImportCommitResult {
  jobId: string;
  inserted: number;
  updated: number;
  unchanged: number;
  excluded: number;
}
