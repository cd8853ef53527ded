// A meeting's document (the minutes, 会议纪要) as a PDF drawn in the core with pdfkit, so the
// Electron app and the station give the same file: the layout of the .docx (minutes-docx.ts:
// title and draft mark, the body's headings, paragraphs and tables, the closing lines) in the
// first Chinese font found on the PC (io/cjk-font.ts), subset into the file. With no Chinese font
// the job fails with a message pointing to the Word file.
import PDFDocument from 'pdfkit';
import { AppError } from '../../../shared/rpc/errors';
import type { CjkFontFile } from '../io/cjk-font';
import type { MeetingDocument } from './minutes-model';

export const PDF_MIME = 'application/pdf';
export const NO_CJK_FONT = '未找到中文字体，无法生成 PDF，请导出 Word 版';

const CM = 72 / 2.54;
const MARGINS = { top: 3.7 * CM, bottom: 3.5 * CM, left: 2.8 * CM, right: 2.6 * CM };
const BODY = 12;
const RED = '#c00000';

/** Opens the first font of `fonts` pdfkit can read (a .ttc face by its PostScript name) as 'cjk'. */
function useCjkFont(doc: PDFKit.PDFDocument, fonts: readonly CjkFontFile[]): boolean {
  for (const f of fonts) {
    try {
      if (f.postscriptName) doc.registerFont('cjk', f.file, f.postscriptName);
      else doc.registerFont('cjk', f.file);
      doc.font('cjk');
      return true;
    } catch {
      // The face is not in this collection, or the file is not a font pdfkit reads: try the next one.
    }
  }
  return false;
}

/** The document as a PDF in the given fonts (cjkFontFiles() in the job). */
export async function meetingPdf(d: MeetingDocument, fonts: readonly CjkFontFile[]): Promise<Buffer> {
  // No default font: pdfkit's Helvetica has no Chinese, and loading it reads files a bundle may lack.
  const doc = new PDFDocument({ size: 'A4', margins: MARGINS, font: null as unknown as string, info: { Title: d.title, Author: d.centre, Creator: 'TownGrid' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (!useCjkFont(doc, fonts)) {
    doc.end();
    await done;
    throw new AppError('INVALID_STATE', NO_CJK_FONT);
  }
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const left = MARGINS.left;
  // The first line indented two characters with ideographic spaces (pdfkit's indent option is not kept from one call to the next).
  const para = (s: string, opts: PDFKit.Mixins.TextOptions = {}) => {
    doc.fillColor('black').fontSize(BODY).text(s, left, undefined, { width, lineGap: 5, ...opts });
    doc.moveDown(0.2);
  };

  doc.fontSize(20).text(d.titleLines.join('\n'), left, undefined, { width, align: 'center', lineGap: 6 });
  if (d.draftMark) doc.moveDown(0.3).fontSize(BODY).fillColor(RED).text(d.draftMark, left, undefined, { width, align: 'center' }).fillColor('black');
  doc.moveDown(1);
  for (const block of d.blocks) {
    switch (block.kind) {
      case 'heading':
        doc.moveDown(0.6);
        para(`\u3000\u3000${block.text}`);
        break;
      case 'paragraph':
        para(`\u3000\u3000${block.text}`);
        break;
      case 'table':
        if (block.caption) doc.moveDown(0.3).fontSize(11).text(block.caption, left, undefined, { width, align: 'center' }).moveDown(0.3);
        doc.fontSize(10).fillColor('black');
        doc.table({
          position: { x: left },
          maxWidth: width,
          // A body cell sits as the column says; an unspecified column (auto) centres short values as the .docx does.
          columnStyles: block.widths.map((w) => ({ width: (w / 100) * width })),
          rowStyles: (i) => (i === 0 ? { backgroundColor: '#e7e6e6', align: { x: 'center', y: 'center' } } : { minHeight: d.rowHeight ? d.rowHeight / 20 : 0 }),
          defaultStyle: { padding: [3, 4], border: 0.5 },
          data: [
            block.columns,
            ...block.rows.map((r) =>
              r.map((text, i) => {
                const a = block.align?.[i] ?? 'auto';
                return { text, align: { x: a === 'center' || (a === 'auto' && text.length <= 8) ? ('center' as const) : ('left' as const), y: 'center' as const } };
              }),
            ),
          ],
        });
        doc.moveDown(0.5);
        break;
    }
  }
  doc.moveDown(2);
  for (const line of d.closing.left) para(line);
  doc.moveDown(1);
  for (const line of d.closing.right) para(line, { align: 'right' });
  doc.end();
  return done;
}
