// Writes a workbook described by a WorkbookSpec (sheets, rows, named styles, merges, column
// widths, print setup, drop-down lists, pictures) to .xlsx bytes with exceljs. Asynchronous: a job
// awaits it after its reads, so the worker keeps answering meanwhile.
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-module';
import type { WorkbookSpec } from './workbook-spec';
import { STYLES } from './xlsx-styles';

/** Rows written between two pauses (the worker answers other messages in between). */
const ROWS_PER_SLICE = 2000;

export interface WriteOptions {
  /** Called between slices of rows; may throw (e.g. a cancelled job) or pause. */
  onRows?: (written: number, total: number) => void | Promise<void>;
}

export async function writeXlsx(spec: WorkbookSpec, opts: WriteOptions = {}): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = spec.creator ?? 'TownGrid';
  wb.created = new Date();
  const total = spec.sheets.reduce((n, s) => n + s.rows.length, 0);
  let written = 0;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    if (sheet.columns) {
      ws.columns = sheet.columns.map((c) => ({
        width: c.width ?? 12,
        ...(c.text ? { style: { numFmt: '@' } } : c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
      }));
    }
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      const wsRow = ws.getRow(r + 1);
      if (row.height) wsRow.height = row.height;
      row.cells.forEach((cell, c) => {
        const isSpec = cell !== null && typeof cell === 'object' && !(cell instanceof Date);
        const value = isSpec ? cell.v : cell;
        const styleName = (isSpec && cell.s) || row.style;
        const target = wsRow.getCell(c + 1);
        target.value = value === undefined ? null : (value as ExcelJS.CellValue);
        if (styleName) {
          const col = sheet.columns?.[c];
          const colFmt = col ? (col.text ? '@' : col.numFmt) : undefined;
          target.style = colFmt ? { numFmt: colFmt, ...STYLES[styleName] } : STYLES[styleName];
        }
      });
      written++;
      if (opts.onRows && written % ROWS_PER_SLICE === 0) await opts.onRows(written, total);
    }
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    if (sheet.freeze) ws.views = [{ state: 'frozen', ySplit: sheet.freeze.rows, xSplit: sheet.freeze.cols ?? 0 }];
    if (sheet.page) {
      ws.pageSetup = {
        paperSize: (sheet.page.paper === 'A3' ? 8 : 9) as unknown as ExcelJS.PaperSize,
        orientation: sheet.page.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      };
      ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
    }
    if (sheet.printTitleRows) ws.pageSetup.printTitlesRow = `${sheet.printTitleRows[0]}:${sheet.printTitleRows[1]}`;
    for (const img of sheet.images ?? []) {
      const id = wb.addImage({ buffer: img.png as unknown as ExcelJS.Buffer, extension: 'png' });
      ws.addImage(id, { tl: { col: img.col, row: img.row }, ext: { width: img.width, height: img.height } });
    }
    for (const v of sheet.validations ?? []) {
      const formula = v.list ? `"${v.list.join(',')}"` : v.formula!;
      // exceljs supports sheet-wide validations but its typings omit them.
      (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(v.range, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showInputMessage: !!v.prompt,
        prompt: v.prompt,
        showErrorMessage: false,
      });
    }
  }
  if (opts.onRows) await opts.onRows(written, total);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
