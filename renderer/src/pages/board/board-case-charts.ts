// ECharts options of the board's case figures (dark theme). Pure functions of `board.cases`.
import type { BoardCases } from '../../../../shared/board/board-cases-types';
import { FONT_FAMILY } from '../../app/theme';
import type { ChartOption } from '../../ui/chart';

const TEXT = '#cfe3ff';
const MUTED = '#7fa4d6';
const AXIS = 'rgba(110, 160, 240, 0.35)';
const OPEN = '#3ba0ff';
const OVERDUE = '#f2637b';
const NEW = '#ffb648';
const CLOSED = '#4ecb73';

const base = { textStyle: { fontFamily: FONT_FAMILY, color: TEXT }, animationDuration: 600, animationDurationUpdate: 600 } as const;
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT_FAMILY } } as const;
const legend = { top: 0, right: 10, textStyle: { color: TEXT, fontSize: 16 }, itemWidth: 20, itemHeight: 12 } as const;
const valueAxis = {
  type: 'value',
  minInterval: 1,
  axisLabel: { color: MUTED, fontSize: 16 },
  splitLine: { lineStyle: { color: AXIS, type: 'dashed' } },
} as const;

/** Village names under narrow bars: two lines of two or three characters. */
function wrapName(name: string): string {
  if (name.length <= 3) return name;
  const cut = Math.ceil(name.length / 2);
  return `${name.slice(0, cut)}\n${name.slice(cut)}`;
}

/** 各类事件：open and overdue per category, largest first, as horizontal bars. */
export function categoryOption(c: BoardCases): ChartOption {
  const rows = [...c.byCategory].filter((r) => r.open > 0 || r.overdue > 0).sort((a, b) => a.open - b.open);
  return {
    ...base,
    tooltip,
    legend: { ...legend, data: ['在办', '其中超期'] },
    grid: { left: 10, right: 40, top: 36, bottom: 4, containLabel: true },
    xAxis: { ...valueAxis },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { color: TEXT, fontSize: 16 },
    },
    series: [
      {
        name: '在办',
        type: 'bar',
        barMaxWidth: 18,
        barGap: '-100%',
        itemStyle: { color: OPEN, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: TEXT, fontSize: 16 },
        data: rows.map((r) => r.open),
      },
      {
        name: '其中超期',
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: OVERDUE, borderRadius: [0, 3, 3, 0] },
        data: rows.map((r) => r.overdue),
      },
    ],
  };
}

/** 各村（社区）：open and overdue side by side. */
export function villageCasesOption(c: BoardCases): ChartOption {
  return {
    ...base,
    tooltip,
    legend: { ...legend, data: ['在办', '超期'] },
    grid: { left: 10, right: 10, top: 36, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: c.byVillage.map((v) => v.name),
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { color: TEXT, fontSize: 16, interval: 0, lineHeight: 18, formatter: wrapName },
    },
    yAxis: { ...valueAxis },
    series: [
      {
        name: '在办',
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: OPEN, borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', color: TEXT, fontSize: 16 },
        data: c.byVillage.map((v) => v.open),
      },
      {
        name: '超期',
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: OVERDUE, borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', color: '#ffb3c0', fontSize: 16, formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
        data: c.byVillage.map((v) => v.overdue),
      },
    ],
  };
}

/** 近14日: new and closed cases per day. */
export function trendOption(c: BoardCases): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', textStyle: { fontFamily: FONT_FAMILY } },
    legend: { ...legend, data: ['新增', '办结'] },
    grid: { left: 10, right: 20, top: 36, bottom: 0, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: c.trend.map((d) => `${Number(d.date.slice(5, 7))}/${Number(d.date.slice(8, 10))}`),
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { color: TEXT, fontSize: 16 },
    },
    yAxis: { ...valueAxis },
    series: [
      {
        name: '新增',
        type: 'line',
        smooth: true,
        symbolSize: 7,
        itemStyle: { color: NEW },
        lineStyle: { width: 3 },
        areaStyle: { color: 'rgba(255, 182, 72, 0.15)' },
        data: c.trend.map((d) => d.created),
      },
      {
        name: '办结',
        type: 'line',
        smooth: true,
        symbolSize: 7,
        itemStyle: { color: CLOSED },
        lineStyle: { width: 3 },
        areaStyle: { color: 'rgba(78, 203, 115, 0.12)' },
        data: c.trend.map((d) => d.closed),
      },
    ],
  };
}
