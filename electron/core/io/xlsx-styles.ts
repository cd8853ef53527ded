// The named cell styles of the workbooks the core writes (templates, ledger exports, handbook
// forms): 宋体, thin black borders, grey header fill, required headers in red.
import type { Style } from 'exceljs';
import type { StyleName } from './workbook-spec';

const FONT = '宋体';
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;

export const STYLES: Record<StyleName, Partial<Style>> = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: HEADER_FILL,
  },
  headerRequired: {
    font: { name: FONT, size: 10, bold: true, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: HEADER_FILL,
  },
  cell: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', wrapText: true }, border: BORDER },
  cellCenter: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER },
  example: { font: { name: FONT, size: 10, italic: true, color: { argb: 'FF808080' } }, alignment: { vertical: 'middle' } },
  note: { font: { name: FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true } },
  noteBold: { font: { name: FONT, size: 10, bold: true }, alignment: { vertical: 'top', wrapText: true } },
  total: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: BORDER },
};
