// The 督查专报 as a Word file (.docx), laid out from the report's model (report-model.ts) in the
// shape of a township's official bulletin: a red masthead 「督查专报」 with the issuer and date, the
// title, the period and 统计截止, the sections (黑体 headings, 仿宋 body), key figures and tables
// with borders, the charts as images (SVG with a PNG fallback, io/chart-image.ts), the closing.
import { AlignmentType, BorderStyle, Document, ImageRun, LineRuleType, Packer, Paragraph, Table, TabStopType, TextRun } from 'docx';
import { reportChartOption } from '../../../shared/assessment/report-chart-option';
import type { ReportBlock, RunReport } from '../../../shared/assessment/report-types';
import { chartFontFamily, chartImage } from '../io/chart-image';
import {
  A4_PAGE, BODY, BODY_FONT, bodyParagraph as para, bodyRun as run, DOCX_MIME, gridTable as table, HEAD_FONT, RED, TITLE_FONT,
} from '../io/docx-style';

export { DOCX_MIME };

/** The text width of an A4 page with 2.8 cm / 2.6 cm margins, in pixels at 96 dpi (for images). */
const IMAGE_WIDTH = 580;

/** A block of a report as Word paragraphs and tables (the work reports lay out the same blocks). */
export async function blockParts(block: ReportBlock): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case 'paragraph':
      return [para([run(block.text, { bold: block.bold })], { indent: { firstLine: 640 } })];
    case 'figures':
      return [
        table(
          block.items.map((i) => i.label),
          [block.items.map((i) => i.value)],
          block.items.map(() => 100 / block.items.length),
        ),
        new Paragraph({ children: [] }),
      ];
    case 'table':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: block.caption, font: HEAD_FONT, size: 24 })] }),
        table(block.columns, block.rows, block.widths),
        new Paragraph({ children: [] }),
      ];
    case 'chart': {
      const height = block.chart.kind === 'bar' ? 340 : 300;
      const img = await chartImage(reportChartOption(block.chart, chartFontFamily()), IMAGE_WIDTH, height);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 120 },
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(img.svg, 'utf8'),
              transformation: { width: IMAGE_WIDTH, height },
              fallback: { type: 'png', data: img.png },
              altText: { name: block.chart.title, title: block.chart.title, description: block.chart.title },
            }),
          ],
        }),
      ];
    }
  }
}

/** The report as a .docx file; `onSection` is told as each section is laid out. */
export async function reportDocx(report: RunReport, onSection: (done: number, total: number) => Promise<void> = async () => undefined): Promise<Buffer> {
  const masthead = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200, after: 200 },
      children: [new TextRun({ text: '督 查 专 报', font: TITLE_FONT, size: 72, bold: true, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: report.periodLabel, font: BODY_FONT, size: BODY })],
    }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: 8840 }],
      border: { bottom: { style: BorderStyle.THICK, size: 24, color: RED, space: 4 } },
      spacing: { after: 360 },
      children: [run(report.issuedBy), run(`\t${report.issuedOn}`)],
    }),
  ];
  const head = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 240, line: 640, lineRule: LineRuleType.EXACT },
      children: report.titleLines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: TITLE_FONT, size: 44, bold: true, color: report.draft ? RED : undefined })),
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.subtitle, { size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.period, { size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(report.cutoff, { size: 28 })] }),
  ];
  const body: (Paragraph | Table)[] = [];
  let done = 0;
  for (const section of report.sections) {
    body.push(para([new TextRun({ text: section.heading, font: HEAD_FONT, size: BODY })], { indent: { firstLine: 640 }, keepNext: true, spacing: { before: 120, line: 560, lineRule: LineRuleType.EXACT } }));
    for (const block of section.blocks) body.push(...(await blockParts(block)));
    await onSection(++done, report.sections.length);
  }
  const closing = [
    new Paragraph({ spacing: { before: 480 }, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(report.issuedBy)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(report.issuedOn)] }),
  ];
  const doc = new Document({
    creator: report.issuedBy,
    title: report.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: A4_PAGE },
        children: [...masthead, ...head, ...body, ...closing],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
