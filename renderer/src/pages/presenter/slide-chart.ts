// The ECharts option of an agenda item's chart on a slide: large type, high contrast on the dark
// projector background. A pure function of the section's SectionChart.
import type { SectionChart } from '../../../../shared/meetings/agenda-types';
import { FONT_FAMILY } from '../../app/theme';
import type { ChartOption } from '../../ui/chart';

const TEXT = '#f2f6ff';
const MUTED = '#a9c1e8';
const AXIS = 'rgba(169, 193, 232, 0.35)';
const COLORS = ['#4fb3ff', '#ffc24b', '#5fd68a', '#ff7a8a', '#b18cff', '#5fe0e0', '#ff9f5a'];

export function slideChartOption(chart: SectionChart): ChartOption {
  const unit = chart.unit ?? '';
  const base = {
    color: COLORS,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
    title: { text: chart.title, left: 'center', top: 0, textStyle: { color: TEXT, fontSize: 30, fontWeight: 600, fontFamily: FONT_FAMILY } },
    animationDuration: 500,
  } as const;
  if (chart.type === 'pie') {
    const s = chart.series[0];
    return {
      ...base,
      legend: { bottom: 0, textStyle: { color: TEXT, fontSize: 22 }, itemWidth: 24, itemHeight: 16 },
      series: [
        {
          type: 'pie',
          radius: ['32%', '62%'],
          center: ['50%', '52%'],
          label: { color: TEXT, fontSize: 22, formatter: `{b}\n{c}${unit}` },
          data: chart.categories.map((name, i) => ({ name, value: s?.values[i] ?? 0 })),
        },
      ],
    };
  }
  return {
    ...base,
    legend: chart.series.length > 1 ? { top: 48, textStyle: { color: TEXT, fontSize: 22 }, itemWidth: 28, itemHeight: 16 } : undefined,
    grid: { left: 20, right: 30, top: chart.series.length > 1 ? 110 : 70, bottom: 10, containLabel: true },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { color: TEXT, fontSize: 22, interval: 0, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: unit,
      nameTextStyle: { color: MUTED, fontSize: 20 },
      axisLabel: { color: MUTED, fontSize: 20 },
      splitLine: { lineStyle: { color: AXIS, type: 'dashed' } },
    },
    series: chart.series.map((s) =>
      chart.type === 'line'
        ? { type: 'line' as const, name: s.name, data: s.values, smooth: true, symbolSize: 10, lineStyle: { width: 4 }, label: { show: true, color: TEXT, fontSize: 20 } }
        : {
            type: 'bar' as const,
            name: s.name,
            data: s.values,
            barMaxWidth: 56,
            itemStyle: { borderRadius: [4, 4, 0, 0] },
            label: { show: true, position: 'top' as const, color: TEXT, fontSize: 22 },
          },
    ),
  };
}
