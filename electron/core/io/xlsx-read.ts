// Reads every visible sheet of an .xlsx file with exceljs into plain rows of cell values
// (formulas give their cached result, rich text its plain text, errors nothing).
import { loadExcelJs } from './exceljs-module';
import type { CellValue } from '../../../shared/registry/cell-parse';
import { AppError } from '../../../shared/rpc/errors';
import type { SheetData } from './workbook-spec';

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return plain(o.result);
    if ('text' in o) return plain(o.text);
    if ('error' in o) return null;
  }
  return String(v);
}

/** Throws AppError(BAD_INPUT) for a file that is not a readable .xlsx. */
export async function readXlsx(data: Buffer): Promise<SheetData[]> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_INPUT', '无法读取该Excel文件，请确认是有效的 .xlsx 文件');
  }
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== 'visible') return;
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = row.values as unknown[];
      const out: CellValue[] = [];
      for (let i = 1; i < values.length; i++) out.push(plain(values[i]));
      rows[n - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}
