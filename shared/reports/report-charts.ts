// The charts of a work report (月报, 季报): the period's cases by source (a pie), by category and
// by village/community (bars). The .docx and .xlsx draw them as pictures and the 统计报表 screen
// draws them live, all with the 督查专报's option (shared/assessment/report-chart-option.ts).
import type { ReportChart } from '../assessment/report-types';
import type { ReportDimension, ReportRow, WorkReport } from './report-types';

/** Bars a chart draws (the rest are in the table). */
const CHART_ROWS = 15;

function barChart(title: string, rows: ReportRow[]): ReportChart {
  const shown = rows.slice(0, CHART_ROWS);
  return { kind: 'bar', title, categories: shown.map((r) => r.name), values: shown.map((r) => r.current.received), unit: '件' };
}

/** By source and by handling type a pie, by category and by village/community bars. */
export function reportCharts(r: WorkReport): Record<ReportDimension, ReportChart> {
  const label = r.period.label;
  const d = r.dimensions;
  const received = (rows: ReportRow[]) => rows.filter((x) => x.current.received > 0);
  const pie = (title: string, rows: ReportRow[]): ReportChart => ({ kind: 'pie', title, slices: received(rows).map((x) => ({ name: x.name, value: x.current.received })) });
  return {
    source: pie(`${label}事件来源分布`, d.source),
    handlingType: pie(`${label}处置类型分布`, d.handlingType),
    category: barChart(`${label}各类别事件数`, received(d.category)),
    village: barChart(`${label}各村(社区)事件数`, received(d.village)),
  };
}

/** A chart with nothing to draw (no case in the period). */
export function chartEmpty(chart: ReportChart): boolean {
  return chart.kind === 'bar' ? chart.values.length === 0 : chart.slices.length === 0;
}
