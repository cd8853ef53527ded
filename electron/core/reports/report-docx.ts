// A work report (月报, 季报) as a Word file: the title (the centre, then the period's 工作月报),
// the period and 统计截止, the sections of report-document.ts laid out block by block as the
// 督查专报 lays them (assessment/report-docx.ts: tables with borders, charts as images — SVG with
// a PNG fallback), and the closing with the centre and the day.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type Table } from 'docx';
import { REPORT_KIND_LABELS } from '../../../shared/reports/report-periods';
import type { WorkReport } from '../../../shared/reports/report-types';
import { blockParts } from '../assessment/report-docx';
import { chineseDate } from '../assessment/report-model';
import { A4_PAGE, BODY, BODY_FONT, bodyParagraph as para, bodyRun as run, HEAD_FONT, TITLE_FONT } from '../io/docx-style';
import { reportSections } from './report-document';

export { DOCX_MIME } from '../io/docx-style';

const shanghaiIso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString();

export async function workReportDocx(report: WorkReport, onSection: (done: number, total: number) => Promise<void> = async () => undefined): Promise<Buffer> {
  const { period } = report;
  const counted = shanghaiIso(report.countedAt);
  const head = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240, line: 640, lineRule: LineRuleType.EXACT },
      children: [report.centre, `${period.label}工作${REPORT_KIND_LABELS[period.kind]}`].map(
        (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: TITLE_FONT, size: 44, bold: true }),
      ),
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`统计期间：${chineseDate(period.from)}至${chineseDate(period.to)}`, { size: 28 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(`统计截止：${chineseDate(counted)} ${counted.slice(11, 16)}${report.partial ? '（本期尚未结束）' : ''}`, { size: 28 })],
    }),
  ];
  const sections = reportSections(report);
  const body: (Paragraph | Table)[] = [];
  let done = 0;
  for (const section of sections) {
    body.push(para([new TextRun({ text: section.heading, font: HEAD_FONT, size: BODY })], { indent: { firstLine: 640 }, keepNext: true, spacing: { before: 120, line: 560, lineRule: LineRuleType.EXACT } }));
    for (const block of section.blocks) body.push(...(await blockParts(block)));
    await onSection(++done, sections.length);
  }
  const closing = [
    new Paragraph({ spacing: { before: 480 }, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(report.centre)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(chineseDate(counted))] }),
  ];
  const doc = new Document({
    creator: report.centre,
    title: report.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY } } } },
    sections: [{ properties: { page: A4_PAGE }, children: [...head, ...body, ...closing] }],
  });
  return Packer.toBuffer(doc);
}
