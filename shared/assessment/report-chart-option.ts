// How a chart of the 督查专报 is drawn: one ECharts option for the image in the .docx (rendered
// to SVG in the core) and for the printed view (the renderer's Chart), so both look the same.
// A plain object: shared code does not import ECharts.
import type { ReportChart } from './report-types';

const GRADE_COLOURS: Record<string, string> = { 优秀: '#1f7a3a', 合格: '#2f6fb3', 基本合格: '#d08a1a', 不合格: '#c0392b' };
/** The slices of any other pie, in turn. */
const PALETTE = ['#2f6fb3', '#d08a1a', '#1f7a3a', '#c0392b', '#7b5ea7', '#1a9a9a', '#8c6d31', '#5b7a99', '#b35c8a', '#6b8e23'];

export function reportChartOption(chart: ReportChart, fontFamily?: string): Record<string, unknown> {
  const textStyle = fontFamily ? { fontFamily } : {};
  const title = { text: chart.title, left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold', color: '#1f2d3d', ...textStyle } };
  if (chart.kind === 'bar') {
    const many = chart.categories.length > 8;
    return {
      animation: false,
      backgroundColor: '#ffffff',
      textStyle,
      title,
      grid: { left: 48, right: 16, top: 48, bottom: many ? 72 : 40 },
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { interval: 0, rotate: many ? 35 : 0, fontSize: 11, color: '#333' },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', max: chart.max, name: chart.unit, nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11, color: '#333' } },
      series: [
        {
          type: 'bar',
          data: chart.values,
          barMaxWidth: 36,
          itemStyle: { color: '#2f6fb3' },
          label: { show: true, position: 'top', fontSize: 10, color: '#1f2d3d', formatter: '{c}' },
        },
      ],
    };
  }
  const grades = chart.kind === 'grades';
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle,
    title,
    // A few grades have a legend; a split of many slices names each slice beside it instead.
    legend: grades ? { bottom: 4, textStyle: { fontSize: 12, ...textStyle } } : undefined,
    series: [
      {
        type: 'pie',
        radius: grades ? ['34%', '62%'] : ['30%', '56%'],
        center: ['50%', grades ? '52%' : '55%'],
        data: chart.slices.map((s, i) => ({ ...s, itemStyle: { color: (grades ? GRADE_COLOURS[s.name] : PALETTE[i % PALETTE.length]) ?? '#888' } })),
        label: grades
          ? { formatter: '{b} {c}个（{d}%）', fontSize: 12 }
          : // Names at the chart's edges, broken onto a second line where narrow (never cut off).
            { formatter: '{b}\n{c}件（{d}%）', fontSize: 12, alignTo: 'edge', edgeDistance: 6, overflow: 'break', lineHeight: 15 },
        ...(grades ? {} : { percentPrecision: 1, minShowLabelAngle: 0, labelLine: { length: 10, length2: 12 }, labelLayout: { hideOverlap: false } }),
      },
    ],
  };
}
