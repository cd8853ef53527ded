// Lays out a paper form (登记表/统计表) as a worksheet: a merged title, an information line
// (unit, date), a one- or two-level header with merged group cells, bordered data rows, an
// optional total row and a signature line, printed landscape on A4 or A3 with the header
// repeated on every page.
import type { CellValue } from '../../../shared/registry/cell-parse';
import { rangeOf } from './cell-address';
import type { CellInput, RowSpec, SheetSpec } from './workbook-spec';

export interface FormColumn {
  header: string;
  /** Group header above this column (two-level header); consecutive equal groups merge. */
  group?: string;
  width: number;
  center?: boolean;
  text?: boolean;
}

export interface FormSheetInput {
  name: string;
  title: string;
  info: string;
  columns: FormColumn[];
  rows: CellValue[][];
  /** Vertical merges inside the data: [column, first data row index, last data row index]. */
  dataMerges?: [number, number, number][];
  total?: CellValue[];
  footer?: string;
  paper: 'A4' | 'A3';
}

export function formSheet(input: FormSheetInput): SheetSpec {
  const n = input.columns.length;
  const twoLevel = input.columns.some((c) => c.group);
  const merges: string[] = [rangeOf(0, 1, n - 1, 1), rangeOf(0, 2, n - 1, 2)];
  const rows: RowSpec[] = [
    { cells: [{ v: input.title, s: 'title' }], height: 32 },
    { cells: [{ v: input.info, s: 'subtitle' }], height: 20 },
  ];
  const headerTop = 3;
  if (twoLevel) {
    const top: CellInput[] = [];
    const bottom: CellInput[] = [];
    let i = 0;
    while (i < n) {
      const c = input.columns[i]!;
      if (!c.group) {
        top.push(c.header);
        bottom.push(null);
        merges.push(rangeOf(i, headerTop, i, headerTop + 1));
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < n && input.columns[j + 1]!.group === c.group) j++;
      for (let k = i; k <= j; k++) {
        top.push(k === i ? c.group : null);
        bottom.push(input.columns[k]!.header);
      }
      if (j > i) merges.push(rangeOf(i, headerTop, j, headerTop));
      i = j + 1;
    }
    rows.push({ cells: top, style: 'header', height: 22 }, { cells: bottom, style: 'header', height: 30 });
  } else {
    rows.push({ cells: input.columns.map((c) => c.header), style: 'header', height: 30 });
  }
  const firstData = rows.length + 1;
  for (const r of input.rows) {
    rows.push({ cells: r.map((v, i) => ({ v, s: input.columns[i]?.center ? 'cellCenter' : 'cell' })), height: 20 });
  }
  for (const [col, from, to] of input.dataMerges ?? []) {
    if (to > from) merges.push(rangeOf(col, firstData + from, col, firstData + to));
  }
  if (input.rows.length === 0) {
    rows.push({ cells: ['（无）', ...Array<CellValue>(n - 1).fill(null)], style: 'cellCenter', height: 20 });
    merges.push(rangeOf(0, rows.length, n - 1, rows.length));
  }
  if (input.total) rows.push({ cells: input.total, style: 'total', height: 20 });
  if (input.footer) {
    rows.push({ cells: [] });
    rows.push({ cells: [{ v: input.footer, s: 'subtitle' }], height: 20 });
    merges.push(rangeOf(0, rows.length, n - 1, rows.length));
  }
  const headerBottom = twoLevel ? headerTop + 1 : headerTop;
  return {
    name: input.name,
    columns: input.columns.map((c) => ({ width: c.width, text: c.text })),
    rows,
    merges,
    freeze: { rows: headerBottom },
    printTitleRows: [headerTop, headerBottom],
    page: { paper: input.paper, landscape: true },
  };
}
