// A meeting's document as a Word file in the house style (io/docx-style.ts): the title (宋体, two
// lines: the centre, 「周例会会议纪要」) with the draft mark in red until the meeting ends, the body's
// blocks (黑体 headings, 仿宋 paragraphs, bordered tables), then the closing lines. The minutes
// (minutes-model.ts), the agenda and the sign-in sheet are laid out by this one writer.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type Table } from 'docx';
import { A4_PAGE, BODY, BODY_FONT, bodyParagraph, bodyRun, gridTable, HEAD_FONT, RED, TITLE_FONT } from '../io/docx-style';
import type { DocBlock, MeetingDocument } from './minutes-model';

function blockParts(block: DocBlock, rowHeight: number | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        bodyParagraph([new TextRun({ text: block.text, font: HEAD_FONT, size: BODY })], {
          indent: { firstLine: 640 },
          keepNext: true,
          spacing: { before: 240, line: 560, lineRule: LineRuleType.EXACT },
        }),
      ];
    case 'paragraph':
      return [bodyParagraph([bodyRun(block.text, { bold: block.bold })], { indent: { firstLine: 640 }, keepNext: block.bold })];
    case 'table':
      return [
        ...(block.caption
          ? [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: block.caption, font: HEAD_FONT, size: 24 })] })]
          : []),
        gridTable(block.columns, block.rows, block.widths, rowHeight, block.align),
        new Paragraph({ children: [] }),
      ];
  }
}

export async function meetingDocx(d: MeetingDocument): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: d.draftMark ? 120 : 360, line: 640, lineRule: LineRuleType.EXACT },
      children: d.titleLines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: TITLE_FONT, size: 44, bold: true })),
    }),
  ];
  if (d.draftMark) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [bodyRun(d.draftMark, { color: RED })] }));
  for (const block of d.blocks) body.push(...blockParts(block, d.rowHeight));
  d.closing.left.forEach((line, i) => body.push(new Paragraph({ spacing: { before: i === 0 ? 600 : 120 }, children: [bodyRun(line)] })));
  d.closing.right.forEach((line, i) => body.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: i === 0 ? 240 : 0 }, indent: { right: 640 }, children: [bodyRun(line)] })));
  const doc = new Document({
    creator: d.centre,
    title: d.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY } } } },
    sections: [{ properties: { page: A4_PAGE }, children: body }],
  });
  return Packer.toBuffer(doc);
}
