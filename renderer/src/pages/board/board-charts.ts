// ECharts options of the wall board (dark theme). Pure functions of the summary.
import type { BoardSummary } from '../../../../shared/board/board-types';
import { FONT_FAMILY } from '../../app/theme';
import type { ChartOption } from '../../ui/chart';

const TEXT = '#cfe3ff';
const MUTED = '#7fa4d6';
const AXIS = 'rgba(110, 160, 240, 0.35)';
const PALETTE = ['#3ba0ff', '#36cbcb', '#4ecb73', '#fbd437', '#f2637b', '#975fe5', '#ff9f43', '#5dd6f5', '#a0d911', '#e86ee0', '#6e8cff', '#ffc069'];

const base = { textStyle: { fontFamily: FONT_FAMILY, color: TEXT }, animationDuration: 600, animationDurationUpdate: 600 } as const;

/** Village names on the axis: wrap long names onto two lines. */
function wrapName(name: string): string {
  return name.length > 4 ? `${name.slice(0, 4)}\n${name.slice(4)}` : name;
}

export function populationOption(s: BoardSummary): ChartOption {
  const names = s.byVillage.map((v) => v.name);
  const totals = s.byVillage.map((v) => v.populationRegistered + v.populationFloating);
  return {
    ...base,
    color: ['#3ba0ff', '#ffb648'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT_FAMILY } },
    legend: { top: 0, right: 10, textStyle: { color: TEXT, fontSize: 18 }, itemWidth: 22, itemHeight: 14 },
    grid: { left: 20, right: 20, top: 56, bottom: 10, containLabel: true },
    xAxis: {
      type: 'category',
      data: names,
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { color: TEXT, fontSize: 16, interval: 0, lineHeight: 20, formatter: wrapName },
    },
    yAxis: {
      type: 'value',
      name: '人',
      nameTextStyle: { color: MUTED, fontSize: 14 },
      axisLabel: { color: MUTED, fontSize: 14 },
      splitLine: { lineStyle: { color: AXIS, type: 'dashed' } },
    },
    series: [
      {
        name: '户籍人口',
        type: 'bar',
        stack: 'population',
        barMaxWidth: 46,
        data: s.byVillage.map((v) => v.populationRegistered),
      },
      {
        name: '流动人口',
        type: 'bar',
        stack: 'population',
        barMaxWidth: 46,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          color: TEXT,
          fontSize: 15,
          formatter: (p: { dataIndex: number }) => totals[p.dataIndex].toLocaleString('zh-CN'),
        },
        data: s.byVillage.map((v) => v.populationFloating),
      },
    ],
  };
}

export function gridsOption(s: BoardSummary): ChartOption {
  return {
    ...base,
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个网格（{d}%）', textStyle: { fontFamily: FONT_FAMILY } },
    series: [
      {
        name: '网格数',
        type: 'pie',
        roseType: 'radius',
        radius: ['14%', '76%'],
        center: ['50%', '52%'],
        itemStyle: { borderColor: '#0a1f44', borderWidth: 2, borderRadius: 4 },
        label: { color: TEXT, fontSize: 15, formatter: '{b} {c}' },
        labelLine: { lineStyle: { color: MUTED } },
        data: s.byVillage.map((v) => ({ name: v.name, value: v.grids })),
      },
    ],
  };
}

export function sizeHealthOption(s: BoardSummary): ChartOption {
  const ok = Math.max(0, s.grids - s.gridsOutOfRange);
  const rate = s.grids ? Math.round((ok / s.grids) * 100) : 100;
  return {
    ...base,
    color: ['#4ecb73', '#ff9f43'],
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）', textStyle: { fontFamily: FONT_FAMILY } },
    legend: { bottom: 0, textStyle: { color: TEXT, fontSize: 16 } },
    graphic: [
      { type: 'text', left: 'center', top: '36%', style: { text: `${rate}%`, fill: '#ffffff', font: `bold 40px ${FONT_FAMILY}` } },
      { type: 'text', left: 'center', top: '52%', style: { text: '规模达标率', fill: MUTED, font: `16px ${FONT_FAMILY}` } },
    ],
    series: [
      {
        name: '网格规模',
        type: 'pie',
        radius: ['52%', '72%'],
        center: ['50%', '46%'],
        label: { show: false },
        itemStyle: { borderColor: '#0a1f44', borderWidth: 3 },
        data: [
          { name: '规模正常', value: ok },
          { name: '规模异常', value: s.gridsOutOfRange },
        ],
      },
    ],
  };
}
