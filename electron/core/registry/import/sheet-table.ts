// Finds the table in an uploaded sheet: the header row (the row among the first ten whose
// cells best match the ledger's column names — title rows above it are skipped), then the
// data rows below it, without blank rows, the template's example row, and the rows offices
// write under a table that are not data (notes, signatures, dates, totals).
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { cellText, parseDate } from '../../../../shared/registry/cell-parse';
import { suggestMapping, type ImportKindSpec } from '../../../../shared/registry/import-fields';
import { AppError } from '../../../../shared/rpc/errors';
import type { SheetData } from '../../io/workbook-spec';

export interface SheetTable {
  sheetName: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  headers: string[];
  suggested: Record<string, number | null>;
  /** Data rows with their 1-based row numbers as Excel shows them. */
  rows: { row: number; cells: CellValue[] }[];
  /** Rows equal to the template's example, skipped. */
  examplesSkipped: number;
  /** Notes, signatures, dates and totals rows, skipped. */
  notesSkipped: number;
}

/**
 * What a row that is not data starts with: 填表人：… 制表日期：… 注：… 说明… 审核… or a
 * totals row (合计 / 小计 / 总计 / 共计).
 */
const NOT_DATA =
  /^(?:(?:填表|制表|填报|统计|审核|审批|复核|核对|经办|录入|登记)(?:人|员|单位|日期|时间)?|(?:负责人|联系人|联系电话|单位负责人|分管领导|主要领导)(?:签字|签名)?|(?:签字|签名|盖章|日期)|注|备注|附注|说明|填表说明)\s*[:：]|^(?:注|说明)\s*\d*\s*[.、．]|^(?:合\s*计|小\s*计|总\s*计|共\s*计|总\s*数)(?:\s*[:：(（]|$)|^(?:单位|填报单位)?(?:（?盖章）?)\s*[:：]?$/;

/**
 * Whether a row below the header holds a note, a signature line, a total, or only a date
 * (the day the form was filled in) instead of data.
 */
export function isNotDataRow(cells: readonly CellValue[]): boolean {
  const filled = cells.filter((c) => cellText(c) !== '');
  const first = filled[0];
  if (first === undefined) return false;
  if (NOT_DATA.test(cellText(first))) return true;
  return filled.length === 1 && typeof first !== 'number' && parseDate(first).ok;
}

const HEADER_SCAN_ROWS = 10;

function scoreHeader(cells: CellValue[], spec: ImportKindSpec): { score: number; mapping: Record<string, number | null> } {
  const headers = cells.map((c) => cellText(c));
  const mapping = suggestMapping(headers, spec.fields);
  const score = Object.values(mapping).filter((v) => v !== null).length;
  return { score, mapping };
}

/** The template's example row: every mapped column that has an example holds exactly it. */
function isExampleRow(cells: CellValue[], mapping: Record<string, number | null>, spec: ImportKindSpec): boolean {
  let compared = 0;
  for (const f of spec.fields) {
    const idx = mapping[f.key];
    if (idx === null || idx === undefined || f.example === '') continue;
    if (cellText(cells[idx]) !== f.example) return false;
    compared++;
  }
  return compared >= 3;
}

export function findTable(sheets: SheetData[], spec: ImportKindSpec): SheetTable {
  let best: { sheet: SheetData; index: number; score: number; mapping: Record<string, number | null> } | null = null;
  for (const sheet of sheets) {
    for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); i++) {
      const { score, mapping } = scoreHeader(sheet.rows[i] ?? [], spec);
      const preferred = sheet.name === spec.sheetName ? 0.5 : 0;
      if (score >= 2 && (!best || score + preferred > best.score)) best = { sheet, index: i, score: score + preferred, mapping };
    }
  }
  if (!best) {
    const names = spec.fields.filter((f) => f.required).map((f) => `“${f.label}”`).join('、');
    throw new AppError('BAD_INPUT', `未找到表头：请确认表格中有列名行（如${names}），建议使用下载的模板`);
  }
  const headers = (best.sheet.rows[best.index] ?? []).map((c) => cellText(c));
  const rows: SheetTable['rows'] = [];
  let examplesSkipped = 0;
  let notesSkipped = 0;
  for (let i = best.index + 1; i < best.sheet.rows.length; i++) {
    const cells = best.sheet.rows[i] ?? [];
    if (cells.every((c) => cellText(c) === '')) continue;
    if (isNotDataRow(cells)) {
      notesSkipped++;
      continue;
    }
    if (isExampleRow(cells, best.mapping, spec)) {
      examplesSkipped++;
      continue;
    }
    rows.push({ row: i + 1, cells });
  }
  return { sheetName: best.sheet.name, headerRow: best.index + 1, headers, suggested: best.mapping, rows, examplesSkipped, notesSkipped };
}
