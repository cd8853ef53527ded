// ECharts for offline grid maps: GeoJSON polygons registered in the browser (no tiles from
// the internet), a `geo` component with a `map` series coloured by visualMap, line overlays
// (village outlines), label points and ripples (the wall's emergency grids). Canvas on screen;
// SVG for print pages (crisp in PDF).
import {
  EffectScatterChart,
  LinesChart,
  MapChart,
  ScatterChart,
  type EffectScatterSeriesOption,
  type LinesSeriesOption,
  type MapSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  GeoComponent,
  GraphicComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  type GeoComponentOption,
  type GraphicComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

echarts.use([MapChart, LinesChart, ScatterChart, EffectScatterChart, GeoComponent, VisualMapComponent, TooltipComponent, TitleComponent, GraphicComponent, CanvasRenderer, SVGRenderer]);

export type GeoChartOption = echarts.ComposeOption<
  | MapSeriesOption
  | LinesSeriesOption
  | ScatterSeriesOption
  | EffectScatterSeriesOption
  | GeoComponentOption
  | VisualMapComponentOption
  | TooltipComponentOption
  | TitleComponentOption
  | GraphicComponentOption
>;

export interface GeoFeature {
  type: 'Feature';
  properties: { name: string; [k: string]: unknown };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** Registers a map under a name derived from its content; returns the name. */
export function registerGeoMap(prefix: string, fc: FeatureCollection): string {
  let h = 0;
  const text = JSON.stringify(fc);
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  const name = `${prefix}-${(h >>> 0).toString(36)}`;
  if (!echarts.getMap(name)) echarts.registerMap(name, fc as unknown as Parameters<typeof echarts.registerMap>[1]);
  return name;
}

/** GeoJSON text of a unit's boundary → a Polygon/MultiPolygon geometry, or null. */
export function parseBoundary(text: string | null | undefined): GeoFeature['geometry'] | null {
  if (!text) return null;
  try {
    let g = JSON.parse(text) as { type?: string; coordinates?: unknown; geometry?: unknown; features?: { geometry?: unknown }[] };
    if (g.type === 'Feature' && g.geometry) g = g.geometry as typeof g;
    if (g.type === 'FeatureCollection' && g.features?.[0]?.geometry) g = g.features[0].geometry as typeof g;
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates)) return { type: g.type, coordinates: g.coordinates };
  } catch {
    // Not GeoJSON: draw nothing for this unit.
  }
  return null;
}

/** The outer rings of a geometry (for outline overlays and label points). */
export function outerRings(g: GeoFeature['geometry']): [number, number][][] {
  if (g.type === 'Polygon') return [(g.coordinates as [number, number][][])[0] ?? []];
  return (g.coordinates as [number, number][][][]).map((p) => p[0] ?? []);
}

/** A point inside-ish a ring for its label: the area centroid (fine for the convex-ish grid cells). */
export function ringCentroid(ring: [number, number][]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

export interface GeoChartProps {
  option: GeoChartOption;
  renderer?: 'canvas' | 'svg';
  className?: string;
  style?: CSSProperties;
  testId?: string;
  onRegionClick?: (name: string) => void;
  /** Called with the geo zoom after the user zooms/pans (for zoom-dependent labels). */
  onZoom?: (zoom: number) => void;
  /** Called when the chart has finished rendering. */
  onRendered?: () => void;
  notMerge?: boolean;
}

export function GeoChart({ option, renderer = 'canvas', className, style, testId, onRegionClick, onZoom, onRendered, notMerge }: GeoChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const handlers = useRef({ onRegionClick, onZoom, onRendered });
  useEffect(() => {
    handlers.current = { onRegionClick, onZoom, onRendered };
  });

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer });
    chart.current = instance;
    instance.on('click', (p) => {
      const name = (p as { name?: string }).name;
      if (name) handlers.current.onRegionClick?.(name);
    });
    instance.on('georoam', () => {
      const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
      handlers.current.onZoom?.(geo?.zoom ?? 1);
    });
    instance.on('finished', () => handlers.current.onRendered?.());
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
  }, [renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: notMerge ?? false, lazyUpdate: true });
  }, [option, notMerge]);

  return <div ref={el} className={className} style={{ width: '100%', height: '100%', ...style }} data-testid={testId} />;
}
