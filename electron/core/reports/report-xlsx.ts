// A work report (月报, 季报) as a workbook: 汇总 (the main figures, this period, the period before
// and the change), one sheet per dimension (事件来源, 事件类别, 村(社区), 处置类型: each group's
// counts and rates with a 合计 row, and the chart beside it as a picture), 满意度 and 突出问题.
// Counts and rates are numbers (rates in percent with one decimal) so they can be summed and
// charted again in Excel; a rate with nothing to count is 「—」.
import type { ReportChart } from '../../../shared/assessment/report-types';
import { reportChartOption } from '../../../shared/assessment/report-chart-option';
import { SATISFACTION_LABELS, SATISFACTIONS } from '../../../shared/cases/case-types';
import { REPORT_DIMENSION_LABELS, REPORT_DIMENSIONS, type ReportCounts, type ReportDimension, type ReportRow, type WorkReport } from '../../../shared/reports/report-types';
import { chineseDate } from '../assessment/report-model';
import { rangeOf } from '../io/cell-address';
import { chartFontFamily, chartImage } from '../io/chart-image';
import type { CellInput, RowSpec, SheetSpec, WorkbookSpec } from '../io/workbook-spec';
import { chartEmpty, reportCharts } from '../../../shared/reports/report-charts';

const CHART_W = 560;
const CHART_H = 340;
const rate = (r: number | null): CellInput => r ?? '—';

const DIMENSION_COLUMNS = ['本期受理', '占比(%)', '上期受理', '环比增减', '环比增幅(%)', '已结案', '按期结案', '按期结案率(%)', '已评价', '满意', '满意率(%)'];

function countCells(c: ReportCounts): CellInput[] {
  return [c.closed, c.closedOnTime, rate(c.onTimeRate), c.evaluated, c.satisfied, rate(c.satisfactionRate)];
}

function dimensionSheet(r: WorkReport, d: ReportDimension, png: Buffer | null): SheetSpec {
  const label = REPORT_DIMENSION_LABELS[d];
  const rows = r.dimensions[d];
  const width = DIMENSION_COLUMNS.length + 1;
  const t = r.total;
  const line = (x: ReportRow): RowSpec => ({
    style: 'cellCenter',
    cells: [{ v: x.name, s: 'cell' }, x.current.received, rate(x.share), x.previous.received, x.change, rate(x.changeRate), ...countCells(x.current)],
  });
  return {
    name: label,
    columns: [{ width: 22 }, ...DIMENSION_COLUMNS.map(() => ({ width: 11 }))],
    rows: [
      { style: 'title', cells: [`${r.period.label}${label}统计`], height: 28 },
      { style: 'subtitle', cells: [`统计期间：${chineseDate(r.period.from)}至${chineseDate(r.period.to)}；环比：与${r.previous.label}比较`] },
      { style: 'header', cells: [label, ...DIMENSION_COLUMNS] },
      ...rows.map(line),
      {
        style: 'total',
        cells: ['合计', t.current.received, rows.length && t.current.received ? 100 : '—', t.previous.received, t.change, rate(t.changeRate), ...countCells(t.current)],
      },
    ],
    merges: [rangeOf(0, 1, width - 1, 1), rangeOf(0, 2, width - 1, 2)],
    freeze: { rows: 3, cols: 1 },
    images: png ? [{ png, col: 0, row: rows.length + 5, width: CHART_W, height: CHART_H }] : [],
  };
}

function summarySheet(r: WorkReport): SheetSpec {
  const { current: c, previous: p } = r.total;
  const pp = (a: number | null, b: number | null): CellInput => (a === null || b === null ? '—' : Math.round((a - b) * 10) / 10);
  const counted = new Date(r.countedAt + 8 * 3600_000).toISOString();
  return {
    name: '汇总',
    columns: [{ width: 26 }, { width: 14 }, { width: 14 }, { width: 16 }],
    rows: [
      { style: 'title', cells: [r.title], height: 30 },
      { style: 'subtitle', cells: [`统计期间：${chineseDate(r.period.from)}至${chineseDate(r.period.to)}；统计截止：${chineseDate(counted)} ${counted.slice(11, 16)}${r.partial ? '（本期尚未结束）' : ''}`] },
      { style: 'header', cells: ['指标', r.period.label, r.previous.label, '环比增减'] },
      { style: 'cellCenter', cells: [{ v: '受理事件（件）', s: 'cell' }, c.received, p.received, r.total.change] },
      { style: 'cellCenter', cells: [{ v: '受理事件环比增幅(%)', s: 'cell' }, rate(r.total.changeRate)] },
      { style: 'cellCenter', cells: [{ v: '已结案（件）', s: 'cell' }, c.closed, p.closed, c.closed - p.closed] },
      { style: 'cellCenter', cells: [{ v: '结案率(%)', s: 'cell' }, rate(c.closeRate), rate(p.closeRate), pp(c.closeRate, p.closeRate)] },
      { style: 'cellCenter', cells: [{ v: '按期结案（件）', s: 'cell' }, c.closedOnTime, p.closedOnTime, c.closedOnTime - p.closedOnTime] },
      { style: 'cellCenter', cells: [{ v: '按期结案率(%)', s: 'cell' }, rate(c.onTimeRate), rate(p.onTimeRate), pp(c.onTimeRate, p.onTimeRate)] },
      { style: 'cellCenter', cells: [{ v: '已评价（件）', s: 'cell' }, c.evaluated, p.evaluated, c.evaluated - p.evaluated] },
      { style: 'cellCenter', cells: [{ v: '满意率(%)', s: 'cell' }, rate(c.satisfactionRate), rate(p.satisfactionRate), pp(c.satisfactionRate, p.satisfactionRate)] },
      { style: 'note', cells: ['按期结案率＝按期办结的事件数÷已结案的事件数；满意率＝评价为满意或基本满意的事件数÷已评价的事件数；比率的环比增减为百分点。'] },
    ],
    merges: [rangeOf(0, 1, 3, 1), rangeOf(0, 2, 3, 2), rangeOf(0, 12, 3, 12)],
  };
}

function satisfactionSheet(r: WorkReport): SheetSpec {
  const { current, previous } = r.satisfaction;
  return {
    name: '满意度',
    columns: [{ width: 16 }, { width: 14 }, { width: 14 }, { width: 12 }],
    rows: [
      { style: 'header', cells: ['评价', r.period.label, r.previous.label, '增减'] },
      ...SATISFACTIONS.map((s): RowSpec => ({ style: 'cellCenter', cells: [SATISFACTION_LABELS[s], current[s], previous[s], current[s] - previous[s]] })),
      { style: 'total', cells: ['满意率(%)', rate(r.total.current.satisfactionRate), rate(r.total.previous.satisfactionRate)] },
    ],
  };
}

function problemsSheet(r: WorkReport): SheetSpec {
  const gridRows = r.topGrids.map((g): RowSpec => ({ style: 'cellCenter', cells: [{ v: g.name, s: 'cell' }, g.current.received, g.previous.received, g.change] }));
  const placeRows = r.repeatAddresses.map((a): RowSpec => ({ style: 'cellCenter', cells: [{ v: a.address, s: 'cell' }, a.village, a.cases, { v: a.categories.join('、'), s: 'cell' }] }));
  return {
    name: '突出问题',
    columns: [{ width: 28 }, { width: 16 }, { width: 12 }, { width: 30 }],
    rows: [
      { style: 'noteBold', cells: ['高发网格'] },
      { style: 'header', cells: ['网格', '本期受理', '上期受理', '环比增减'] },
      ...gridRows,
      { cells: [] },
      { style: 'noteBold', cells: ['重复发生事件的地点'] },
      { style: 'header', cells: ['地点', '村(社区)', '事件数', '主要问题'] },
      ...(placeRows.length ? placeRows : [{ style: 'note' as const, cells: ['本期未发现同一地点重复发生的事件'] }]),
    ],
  };
}

async function png(chart: ReportChart): Promise<Buffer | null> {
  return chartEmpty(chart) ? null : (await chartImage(reportChartOption(chart, chartFontFamily()), CHART_W, CHART_H)).png;
}

/** The workbook; its charts are drawn here (the slow part), `onSheet` told as each is done. */
export async function workReportWorkbook(r: WorkReport, onSheet: (done: number, total: number) => Promise<void> = async () => undefined): Promise<WorkbookSpec> {
  const charts = reportCharts(r);
  const pictures: Partial<Record<ReportDimension, Buffer | null>> = {};
  let done = 0;
  for (const d of ['source', 'category', 'village'] as const) {
    pictures[d] = await png(charts[d]);
    await onSheet(++done, 3);
  }
  return {
    creator: r.centre,
    sheets: [summarySheet(r), ...REPORT_DIMENSIONS.map((d) => dimensionSheet(r, d, pictures[d] ?? null)), satisfactionSheet(r), problemsSheet(r)],
  };
}
