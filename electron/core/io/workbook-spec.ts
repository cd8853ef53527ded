// A plain description of a workbook to write: sheets, rows of values, a few named styles,
// merges, column widths, print setup and drop-down lists. The xlsx writer (xlsx-write.ts)
// turns it into a file; building the plain description needs only the reads.
import type { CellValue } from '../../../shared/registry/cell-parse';

export type StyleName =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'headerRequired'
  | 'cell'
  | 'cellCenter'
  | 'example'
  | 'note'
  | 'noteBold'
  | 'total';

export interface CellSpec {
  v: CellValue;
  s?: StyleName;
}

export type CellInput = CellValue | CellSpec;

export interface RowSpec {
  cells: CellInput[];
  /** Style of every cell in the row unless the cell names its own. */
  style?: StyleName;
  height?: number;
}

export interface ColumnSpec {
  width?: number;
  /** Keep cells as text (Excel's '@' format), e.g. citizen IDs. */
  text?: boolean;
  /** Number format for the column, e.g. 'yyyy-mm-dd'. */
  numFmt?: string;
}

export interface ValidationSpec {
  /** e.g. 'E2:E5000' */
  range: string;
  /** Allowed values (short lists) … */
  list?: string[];
  /** … or a reference such as '网格列表!$B$2:$B$200'. */
  formula?: string;
  prompt?: string;
}

export interface SheetSpec {
  name: string;
  columns?: ColumnSpec[];
  rows: RowSpec[];
  merges?: string[];
  /** Rows (and columns) frozen at the top (left). */
  freeze?: { rows: number; cols?: number };
  /** Rows repeated at the top of every printed page, e.g. [1, 3]. */
  printTitleRows?: [number, number];
  page?: { paper: 'A4' | 'A3'; landscape?: boolean };
  validations?: ValidationSpec[];
  hidden?: boolean;
  /** Pictures over the cells (e.g. a chart): a PNG with its top-left cell (0-based) and size in pixels. */
  images?: ImageSpec[];
}

export interface ImageSpec {
  png: Buffer;
  col: number;
  row: number;
  width: number;
  height: number;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  creator?: string;
}

/** A sheet as read: its name and rows of cell values (row 1 first; blank rows empty). */
export interface SheetData {
  name: string;
  rows: CellValue[][];
}
