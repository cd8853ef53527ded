// A thin ECharts wrapper: init once, setOption when the option changes, follow the size of
// the container and the window, dispose on unmount. `data-drawn` says whether the chart has
// finished drawing (animations included) since its option last changed.
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  type GraphicComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';
import { prefersReducedMotion } from './reduced-motion';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, GraphicComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | GraphicComponentOption
>;

export interface ChartProps {
  option: ChartOption;
  className?: string;
  style?: CSSProperties;
  testId?: string;
}

export function Chart({ option, className, style, testId }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => {
      node.dataset.drawn = 'yes';
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    const observer = new ResizeObserver(resize);
    observer.observe(node);
    return () => {
      window.removeEventListener('resize', resize);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || !el.current) return;
    el.current.dataset.drawn = 'no';
    chart.current.setOption(prefersReducedMotion() ? { ...option, animation: false } : option, { lazyUpdate: true });
  }, [option]);

  return <div ref={el} className={className} style={{ width: '100%', height: '100%', ...style }} data-testid={testId} data-chart="" data-drawn="no" />;
}
