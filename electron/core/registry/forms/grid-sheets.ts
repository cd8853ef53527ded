// Forms filled one grid per sheet: every grid of the chosen unit that has rows (or the one
// grid asked for, even when empty), each sheet named after its grid.
import type { SheetSpec } from '../../io/workbook-spec';
import { sheetName } from '../export/file-names';
import type { GridInfo } from '../unit-scope';
import type { FormContext } from './form-context';

export function perGridSheets<T>(fc: FormContext, rows: Map<string, T[]>, build: (grid: GridInfo, rows: T[], name: string) => SheetSpec): SheetSpec[] {
  const taken = new Set<string>();
  const sheets: SheetSpec[] = [];
  for (const g of fc.grids) {
    const list = rows.get(g.id) ?? [];
    if (list.length === 0 && !fc.single) continue;
    sheets.push(build(g, list, sheetName(g.name, taken)));
  }
  return sheets;
}
