// The house style of the Word files the core writes (督查专报, 会议纪要, 议程, 签到表), as Chinese
// government documents are set: A4 with the 公文 margins, 仿宋 body at 三号, 黑体 headings, a 宋体
// title, tables with thin black borders and a grey header row.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

import { CM } from './docx-units';

export { CM, DOCX_MIME } from './docx-units';

export const RED = 'C00000';
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
export const HEAD_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
/** Half-points: 三号 16 pt body, 二号 22 pt title, 小四 12 pt tables. */
export const BODY = 32;
export const TABLE = 22;

/** An A4 page with the 公文 margins (top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm). */
export const A4_PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 3.7 * CM, bottom: 3.5 * CM, left: 2.8 * CM, right: 2.6 * CM } };

export function bodyRun(text: string, opts: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: BODY_FONT, size: BODY, ...opts });
}

export function bodyParagraph(children: ParagraphChild[], opts: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ children, spacing: { line: 560, lineRule: LineRuleType.EXACT }, ...opts });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER };

/** How a body cell's text sits: short values centred, longer ones from the left, unless the column says. */
export type CellAlign = 'left' | 'center' | 'auto';

function cell(text: string, width: number, header: boolean, align: CellAlign = 'auto'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    shading: header ? { fill: 'E7E6E6', color: 'auto', type: ShadingType.CLEAR } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: header || align === 'center' || (align === 'auto' && text.length <= 8) ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, font: header ? HEAD_FONT : BODY_FONT, size: TABLE, bold: false })],
      }),
    ],
  });
}

/**
 * A bordered table across the page: a header row (repeated on each page), then the rows; widths in
 * percent; `rowHeight` (twips) leaves room to write by hand; `align` per column.
 */
export function gridTable(columns: string[], rows: string[][], widths: number[], rowHeight?: number, align?: CellAlign[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, widths[i] ?? 10, true)) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, height: rowHeight ? { value: rowHeight, rule: 'atLeast' } : undefined, children: r.map((v, i) => cell(v, widths[i] ?? 10, false, align?.[i])) }),
      ),
    ],
  });
}
