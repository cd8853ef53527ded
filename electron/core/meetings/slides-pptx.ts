// A meeting's slides as a PowerPoint file (16:9, pptxgenjs): the same list presenter mode shows
// (buildSlides in shared/meetings/slides.ts), one slide each — the cover, the agenda, each item's
// big figures with the change against the previous period, its chart as a native chart PowerPoint
// can edit, its table as the slide has it (「（续）」 pages included), the tasks, the end — and the
// presenter's notes as speaker notes.
import PptxGenJS from 'pptxgenjs';
import type { SectionChart, SectionContent, SectionFigure, SectionTable } from '../../../shared/meetings/agenda-types';
import { figureDelta, formatFigureNumber, type Slide } from '../../../shared/meetings/slides';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const FONT = 'Microsoft YaHei';
const BLUE = '1F4E79';
const GREY = '595959';
const WORSE = 'C00000';
const BETTER = '2E7D32';
/** LAYOUT_WIDE: 13.33 × 7.5 inches. */
const W = 13.33;
const MARGIN = 0.5;

function titleBar(s: PptxGenJS.Slide, title: string, tag?: string): void {
  s.addShape('rect', { x: 0, y: 0, w: W, h: 0.9, fill: { color: BLUE } });
  s.addText(title, { x: MARGIN, y: 0.1, w: W - 2 * MARGIN - (tag ? 3.5 : 0), h: 0.7, fontFace: FONT, fontSize: 26, bold: true, color: 'FFFFFF' });
  if (tag) s.addText(tag, { x: W - MARGIN - 3.5, y: 0.15, w: 3.5, h: 0.6, fontFace: FONT, fontSize: 16, color: 'FFE699', align: 'right' });
}

function figures(s: PptxGenJS.Slide, list: SectionFigure[], y: number): number {
  if (list.length === 0) return y;
  const w = (W - 2 * MARGIN) / list.length;
  list.forEach((f, i) => {
    const x = MARGIN + i * w;
    const delta = figureDelta(f);
    s.addText(
      [
        { text: formatFigureNumber(f.value), options: { fontSize: 40, bold: true, color: BLUE } },
        { text: f.unit, options: { fontSize: 16, color: GREY, breakLine: true } },
        { text: f.label, options: { fontSize: 16, color: '000000', breakLine: true } },
        ...(delta
          ? [
              { text: delta.text, options: { fontSize: 14, color: delta.better === null ? GREY : delta.better ? BETTER : WORSE } },
              { text: `（${delta.previous}）`, options: { fontSize: 12, color: GREY } },
            ]
          : []),
      ],
      { x, y, w: w - 0.1, h: 1.5, fontFace: FONT, align: 'center', valign: 'middle' },
    );
  });
  return y + 1.6;
}

function chart(pptx: PptxGenJS, s: PptxGenJS.Slide, c: SectionChart, x: number, y: number, w: number, h: number): void {
  const type = c.type === 'pie' ? pptx.ChartType.pie : c.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
  const data = c.series.map((series) => ({ name: series.name, labels: c.categories, values: series.values }));
  s.addChart(type, data, {
    x,
    y,
    w,
    h,
    barDir: 'col',
    showTitle: true,
    title: c.unit ? `${c.title}（${c.unit}）` : c.title,
    titleFontFace: FONT,
    titleFontSize: 14,
    showLegend: c.series.length > 1 || c.type === 'pie',
    legendPos: 'b',
    legendFontFace: FONT,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    dataLabelFontFace: FONT,
    showValue: c.type !== 'line',
    chartColors: ['2F5597', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'],
  });
}

function table(s: PptxGenJS.Slide, t: SectionTable, x: number, y: number, w: number): void {
  const widths = t.columns.map((c) => c.width ?? 1);
  const sum = widths.reduce((a, b) => a + b, 0);
  const head = t.columns.map((c) => ({ text: c.label, options: { bold: true, color: 'FFFFFF', fill: { color: BLUE }, align: 'center' as const } }));
  const rows = t.rows.map((r) => t.columns.map((c) => ({ text: r[c.key] === null || r[c.key] === undefined ? '' : String(r[c.key]), options: { align: c.align ?? 'left' } })));
  s.addTable([head, ...rows], { x, y, w, colW: widths.map((v) => (v / sum) * w), fontFace: FONT, fontSize: 14, border: { type: 'solid', pt: 0.5, color: 'BFBFBF' }, valign: 'middle' });
}

function itemSlide(pptx: PptxGenJS, s: PptxGenJS.Slide, slide: Extract<Slide, { kind: 'item' }>): void {
  const c: SectionContent = slide.content;
  const tag = slide.carry && slide.carry.timesRaised >= 2 ? `第${slide.carry.timesRaised}次通报（首次 ${slide.carry.firstRaisedDate}）` : slide.pages > 1 ? `${slide.page}/${slide.pages}` : c.period;
  titleBar(s, slide.title, tag);
  let y = figures(s, c.figures, 1.1);
  const bottom = 6.8;
  if (c.empty && !c.table && !c.chart && c.figures.length === 0) {
    s.addText(c.empty, { x: MARGIN, y: 2.8, w: W - 2 * MARGIN, h: 1.2, fontFace: FONT, fontSize: 28, color: GREY, align: 'center' });
  }
  if (c.chart && c.table) {
    const half = (W - 2 * MARGIN - 0.3) / 2;
    chart(pptx, s, c.chart, MARGIN, y, half, bottom - y);
    table(s, c.table, MARGIN + half + 0.3, y, half);
  } else if (c.chart) {
    chart(pptx, s, c.chart, MARGIN, y, W - 2 * MARGIN, bottom - y);
  } else if (c.table) {
    table(s, c.table, MARGIN, y, W - 2 * MARGIN);
  }
  y = bottom;
  if (c.summary && slide.page === 1) s.addText(c.summary, { x: MARGIN, y, w: W - 2 * MARGIN, h: 0.5, fontFace: FONT, fontSize: 16, color: GREY });
}

/** The slides as a .pptx; `onSlide` is told as each slide is laid out. */
export async function slidesPptx(
  slides: Slide[],
  meta: { title: string; author: string },
  onSlide: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.company = meta.author;
  let done = 0;
  for (const slide of slides) {
    const s = pptx.addSlide();
    switch (slide.kind) {
      case 'cover':
        s.background = { color: BLUE };
        s.addText(slide.title, { x: MARGIN, y: 2.2, w: W - 2 * MARGIN, h: 1.2, fontFace: FONT, fontSize: 44, bold: true, color: 'FFFFFF', align: 'center' });
        s.addText(slide.subtitle, { x: MARGIN, y: 3.5, w: W - 2 * MARGIN, h: 0.6, fontFace: FONT, fontSize: 24, color: 'FFFFFF', align: 'center' });
        s.addText(slide.lines.join('\n'), { x: MARGIN, y: 4.3, w: W - 2 * MARGIN, h: 1.5, fontFace: FONT, fontSize: 18, color: 'DDEBF7', align: 'center', valign: 'top' });
        break;
      case 'agenda':
        titleBar(s, slide.title);
        s.addTable(
          [
            ['序号', '议题', '开始', '时长'].map((t) => ({ text: t, options: { bold: true, color: 'FFFFFF', fill: { color: BLUE }, align: 'center' as const } })),
            ...slide.items.map((i, n) => [{ text: String(n + 1), options: { align: 'center' as const } }, { text: i.title }, { text: i.start, options: { align: 'center' as const } }, { text: `${i.minutes}分钟`, options: { align: 'center' as const } }]),
          ],
          { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, colW: [1, 8.33, 1.6, 1.4], fontFace: FONT, fontSize: 16, border: { type: 'solid', pt: 0.5, color: 'BFBFBF' }, autoPage: false },
        );
        break;
      case 'item':
        itemSlide(pptx, s, slide);
        break;
      case 'tasks':
        titleBar(s, slide.title);
        s.addTable(
          [
            ['序号', '事项', '责任人（单位）', '完成时限', '状态'].map((t) => ({ text: t, options: { bold: true, color: 'FFFFFF', fill: { color: BLUE }, align: 'center' as const } })),
            ...slide.tasks.map((t, n) => [String(n + 1), t.title, t.owner, t.deadline, t.done ? '已销号' : '进行中'].map((text) => ({ text }))),
          ],
          { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, colW: [1, 6.13, 2.4, 1.8, 1], fontFace: FONT, fontSize: 16, border: { type: 'solid', pt: 0.5, color: 'BFBFBF' } },
        );
        break;
      case 'end':
        s.background = { color: BLUE };
        s.addText(slide.title, { x: MARGIN, y: 2.5, w: W - 2 * MARGIN, h: 1.2, fontFace: FONT, fontSize: 54, bold: true, color: 'FFFFFF', align: 'center' });
        s.addText(slide.subtitle, { x: MARGIN, y: 3.8, w: W - 2 * MARGIN, h: 0.6, fontFace: FONT, fontSize: 22, color: 'DDEBF7', align: 'center' });
        break;
    }
    if (slide.notes) s.addNotes(slide.notes);
    await onSlide(++done, slides.length);
  }
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.from(out as Uint8Array);
}
