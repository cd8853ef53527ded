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
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle,
    title,
    legend: { bottom: 4, textStyle: { fontSize: 12, ...textStyle } },
    series: [
      {
        type: 'pie',
        radius: ['34%', '62%'],
        center: ['50%', '52%'],
        data: chart.slices.map((s, i) => ({ ...s, itemStyle: { color: (chart.kind === 'grades' ? GRADE_COLOURS[s.name] : PALETTE[i % PALETTE.length]) ?? '#888' } })),
        label: { formatter: chart.kind === 'grades' ? '{b} {c}个（{d}%）' : '{b} {c}件（{d}%）', fontSize: 12 },
      },
    ],
  };
}
