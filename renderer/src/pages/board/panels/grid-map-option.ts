// The wall's grid map as an ECharts option (dark theme, read from 5 m): each grid filled by its
// open and overdue cases, village outlines and names, the grids of an unacknowledged 突发 case in
// red with a pulsing ripple, the neighbouring grids alerted outlined in yellow. Used by the
// 网格地图 panel (the whole town) and the alarm's small map (the grid and its neighbours).
import type { BoardMapGridCount, MapUnit } from '../../../../../shared/board/board-alarm-types';
import { ringCentroid, type GeoChartOption } from '../../../ui/geo-chart';
import { shortGridName, type TownMap } from '../../map/map-data';

/** The fill of a grid by its cases, in the legend's order. */
export const GRID_LEVELS = [
  { key: 'none', label: '无在办事件', color: '#173a6b' },
  { key: 'open', label: '有在办事件', color: '#2f7fd0' },
  { key: 'busy', label: '在办5件以上', color: '#49b6f0' },
  { key: 'overdue', label: '有超期事件', color: '#f5a524' },
  { key: 'late', label: '超期3件以上', color: '#ff7a2e' },
] as const;
export const EMERGENCY_COLOR = '#ff2d4f';
export const ALERTED_COLOR = '#ffe14d';

export function gridLevel(c: Pick<BoardMapGridCount, 'open' | 'overdue'> | undefined): (typeof GRID_LEVELS)[number] {
  if (!c || c.open === 0) return GRID_LEVELS[0];
  if (c.overdue >= 3) return GRID_LEVELS[4];
  if (c.overdue > 0) return GRID_LEVELS[3];
  return c.open >= 5 ? GRID_LEVELS[2] : GRID_LEVELS[1];
}

export interface WallMapInput {
  mapName: string;
  town: TownMap<MapUnit>;
  counts: ReadonlyMap<string, BoardMapGridCount>;
  emergency: ReadonlySet<string>;
  alerted: ReadonlySet<string>;
  /** Zoom to these grids (the alarm's small map); the whole town when absent. */
  focus?: readonly string[];
  /** Label size: the panel names villages large; the small map names its grids. */
  compact?: boolean;
  reducedMotion?: boolean;
}

function centreOf(town: TownMap<MapUnit>, id: string): [number, number] | null {
  const rings = town.rings.get(id);
  if (!rings?.length) return null;
  return ringCentroid(rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0]!));
}

function boundsOf(town: TownMap<MapUnit>, ids: readonly string[]): [[number, number], [number, number]] | undefined {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const id of ids) {
    for (const ring of town.rings.get(id) ?? []) {
      for (const [x, y] of ring) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  if (!Number.isFinite(x0)) return undefined;
  const px = (x1 - x0) * 0.08;
  const py = (y1 - y0) * 0.08;
  return [
    [x0 - px, y1 + py],
    [x1 + px, y0 - py],
  ];
}

export function wallMapOption({ mapName, town, counts, emergency, alerted, focus, compact, reducedMotion }: WallMapInput): GeoChartOption {
  const aspect = Math.cos((town.lat * Math.PI) / 180);
  const villageNames = new Map(town.villages.map((v) => [v.id, v.name]));
  const outline = (ids: Iterable<string>) => [...ids].flatMap((id) => (town.rings.get(id) ?? []).map((coords) => ({ coords })));
  const labelled = compact ? [...emergency, ...alerted].filter((id) => town.grids.has(id)) : [...emergency].filter((id) => town.grids.has(id));
  const pulses = [...emergency].map((id) => centreOf(town, id)).filter((p): p is [number, number] => p !== null);
  const bounds = focus?.length ? boundsOf(town, focus) : undefined;
  return {
    animationDuration: 0,
    animationDurationUpdate: 0,
    geo: {
      map: mapName,
      roam: false,
      silent: true,
      aspectScale: aspect,
      ...(bounds ? { boundingCoords: bounds } : {}),
      top: 12,
      bottom: 12,
      left: 12,
      right: 12,
      label: { show: false },
      itemStyle: { areaColor: GRID_LEVELS[0].color, borderColor: 'rgba(160, 200, 255, 0.45)', borderWidth: 0.8 },
      // Each grid's fill by its cases (regions: the map series' own styles do not apply over a geo).
      regions: [...town.grids.keys()].map((id) => ({ name: id, itemStyle: { areaColor: emergency.has(id) ? EMERGENCY_COLOR : gridLevel(counts.get(id)).color } })),
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        z: 5,
        lineStyle: { color: '#9fd0ff', width: compact ? 2 : 2.6, opacity: 0.9 },
        data: town.villages.flatMap((v) => v.rings.map((coords) => ({ coords }))),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        z: 6,
        lineStyle: { color: ALERTED_COLOR, width: compact ? 3 : 3.5, type: 'dashed', opacity: 1 },
        data: outline(alerted),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        z: 7,
        lineStyle: { color: '#ffffff', width: compact ? 3 : 4, opacity: 1, shadowColor: EMERGENCY_COLOR, shadowBlur: 12 },
        data: outline(emergency),
      },
      {
        type: reducedMotion ? 'scatter' : 'effectScatter',
        coordinateSystem: 'geo',
        silent: true,
        z: 8,
        symbolSize: compact ? 18 : 22,
        // White on the red grid: the ripple shows against its fill.
        itemStyle: { color: '#ffffff', shadowColor: EMERGENCY_COLOR, shadowBlur: 10 },
        ...(reducedMotion ? {} : { rippleEffect: { scale: 5, period: 2.4, brushType: 'stroke', number: 3 }, showEffectOn: 'render' }),
        data: pulses.map((value) => ({ value })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        z: 9,
        symbolSize: 0,
        label: {
          show: true,
          formatter: '{b}',
          fontSize: compact ? 16 : 22,
          fontWeight: 'bold',
          color: '#ffffff',
          backgroundColor: 'rgba(4, 13, 34, 0.72)',
          borderColor: 'rgba(159, 208, 255, 0.7)',
          borderWidth: 1,
          borderRadius: 4,
          padding: [4, 10],
        },
        data: compact ? [] : town.villages.map((v) => ({ name: v.name, value: v.centre })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        z: 10,
        symbolSize: 0,
        label: {
          show: true,
          formatter: '{b}',
          fontSize: compact ? 16 : 18,
          fontWeight: 'bold',
          color: '#ffffff',
          backgroundColor: 'rgba(160, 20, 45, 0.85)',
          borderRadius: 3,
          padding: [3, 8],
          offset: [0, compact ? -22 : -28],
        },
        data: labelled.map((id) => {
          const g = town.grids.get(id)!;
          const name = compact ? shortGridName(g, villageNames.get(g.parentId ?? '')) : g.name;
          const label = emergency.has(id) ? undefined : { backgroundColor: 'rgba(70, 55, 0, 0.88)', color: ALERTED_COLOR };
          return { name, value: centreOf(town, id) ?? [0, 0], ...(label ? { label } : {}) };
        }),
      },
    ],
  } as GeoChartOption;
}
