// Builds the grid map from org units (org.units on the map page, board.mapShapes on the wall): a
// FeatureCollection of the grid polygons (named by unit id), the village/community outlines,
// label points and the ECharts option.
import type { MapUnit } from '../../../../shared/board/board-alarm-types';
import type { OrgUnit } from '../../../../shared/org/org-types';
import type { MapMeasureResult } from '../../../../shared/registry/map-types';
import { outerRings, parseBoundary, ringCentroid, type FeatureCollection, type GeoChartOption } from '../../ui/geo-chart';
import { GRID_FONT, layoutMapLabels, VILLAGE_FONT, VILLAGE_OFFSET_Y, type LabelLayout } from './map-labels';

export interface TownMap<U extends MapUnit = OrgUnit> {
  collection: FeatureCollection;
  /** Each drawn grid's outer rings (for the selection outline). */
  rings: Map<string, [number, number][][]>;
  /** Each drawn grid's bounding box (lon/lat). */
  boxes: Map<string, { w: number; h: number }>;
  /** Where ECharts anchors each grid's name: the centroid of its largest ring (by points). */
  anchors: Map<string, [number, number]>;
  /** The town's bounding box (lon/lat). */
  extent: { w: number; h: number };
  /** Grids drawn on the map, by id. */
  grids: Map<string, U>;
  /** Active grids without a boundary. */
  missing: U[];
  villages: { id: string; name: string; rings: [number, number][][]; centre: [number, number] }[];
  /** Mean latitude, for the lon/lat aspect ratio. */
  lat: number;
}

export function buildTownMap<U extends MapUnit>(units: readonly U[]): TownMap<U> {
  const features: FeatureCollection['features'] = [];
  const grids = new Map<string, U>();
  const missing: U[] = [];
  const villages: TownMap<U>['villages'] = [];
  const boxes = new Map<string, { w: number; h: number }>();
  const rings = new Map<string, [number, number][][]>();
  const anchors = new Map<string, [number, number]>();
  const all = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  let latSum = 0;
  let latN = 0;
  for (const u of units) {
    if (u.archived) continue;
    const geometry = parseBoundary(u.boundary);
    if (u.kind === 'grid') {
      if (!geometry) {
        missing.push(u);
        continue;
      }
      features.push({ type: 'Feature', properties: { name: u.id, label: u.name }, geometry });
      grids.set(u.id, u);
      const b = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
      const outer = outerRings(geometry);
      rings.set(u.id, outer);
      anchors.set(u.id, ringCentroid(outer.reduce((a, b) => (b.length > a.length ? b : a), outer[0] ?? [])));
      for (const ring of outerRings(geometry)) {
        for (const p of ring) {
          latSum += p[1];
          latN += 1;
          b.x0 = Math.min(b.x0, p[0]);
          b.x1 = Math.max(b.x1, p[0]);
          b.y0 = Math.min(b.y0, p[1]);
          b.y1 = Math.max(b.y1, p[1]);
        }
      }
      boxes.set(u.id, { w: b.x1 - b.x0, h: b.y1 - b.y0 });
      all.x0 = Math.min(all.x0, b.x0);
      all.x1 = Math.max(all.x1, b.x1);
      all.y0 = Math.min(all.y0, b.y0);
      all.y1 = Math.max(all.y1, b.y1);
    } else if ((u.kind === 'village' || u.kind === 'community') && geometry) {
      const rings = outerRings(geometry);
      const biggest = rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0] ?? []);
      villages.push({ id: u.id, name: u.name, rings, centre: ringCentroid(biggest) });
    }
  }
  const extent = grids.size ? { w: all.x1 - all.x0, h: all.y1 - all.y0 } : { w: 1, h: 1 };
  return { collection: { type: 'FeatureCollection', features }, rings, boxes, anchors, extent, grids, missing, villages, lat: latN ? latSum / latN : 30 };
}

/** "凤栖社区第3网格" → "第3网格" (the village is drawn and named on the map already). */
export function shortGridName(grid: Pick<MapUnit, 'name'>, villageName: string | undefined): string {
  if (villageName && grid.name.startsWith(villageName) && grid.name.length > villageName.length) return grid.name.slice(villageName.length);
  return grid.name;
}

export const MEASURE_COLORS: Record<string, string[]> = {
  cases: ['#fff7e6', '#ffd591', '#fa8c16', '#d4380d', '#a8071a'],
  people: ['#f0f7ff', '#bae0ff', '#69b1ff', '#1677ff', '#003eb3'],
  special: ['#f9f0ff', '#d3adf7', '#9254de', '#531dab', '#22075e'],
};

export function measurePalette(measure: string): string[] {
  if (measure === 'openCases' || measure === 'overdueCases') return MEASURE_COLORS.cases!;
  if (measure === 'special') return MEASURE_COLORS.special!;
  return MEASURE_COLORS.people!;
}

interface OptionInput {
  mapName: string;
  town: TownMap;
  measure: MapMeasureResult | undefined;
  villageNames: Map<string, string>;
  /** Current geo zoom (1 = the whole town fits). */
  zoom: number;
  /** Size of the chart in pixels. */
  size: { width: number; height: number };
  /** The grid whose panel is open: outlined in red. */
  selectedId: string | null;
}

const FILL = 0.96;

/** The map's scale (px per lon/lat unit after aspect) so the town fills the chart. */
function fitScale(town: TownMap<MapUnit>, size: { width: number; height: number }, aspect: number): { scale: number; side: number } {
  const aw = Math.max(1e-9, town.extent.w * aspect);
  const ah = Math.max(1e-9, town.extent.h);
  const scale = Math.min(size.width / aw, size.height / ah) * FILL;
  // ECharts fits the map into a square of `layoutSize`: its longer side.
  return { scale, side: scale * Math.max(aw, ah) };
}

/**
 * The names on the map at this zoom: every village's, and each grid's where it fits and
 * collides with no other name (map-labels.ts).
 */
export function townLabels<U extends MapUnit>(town: TownMap<U>, villageNames: Map<string, string>, zoom: number, size: { width: number; height: number }): LabelLayout {
  const aspect = Math.cos((town.lat * Math.PI) / 180);
  const fit = fitScale(town, size, aspect);
  const pxY = fit.scale * zoom;
  return layoutMapLabels({
    grids: [...town.grids].map(([id, g]) => ({ id, at: town.anchors.get(id)!, box: town.boxes.get(id)!, full: g.name, short: shortGridName(g, villageNames.get(g.parentId ?? '')) })),
    villages: town.villages.map((v) => ({ name: v.name, at: v.centre })),
    pxX: pxY * aspect,
    pxY,
    zoom,
  });
}

export function mapOption({ mapName, town, measure, villageNames, zoom, size, selectedId }: OptionInput): GeoChartOption {
  const aspect = Math.cos((town.lat * Math.PI) / 180);
  const fit = fitScale(town, size, aspect);
  const labelFor = townLabels(town, villageNames, zoom, size).grids;
  const values = new Map((measure?.values ?? []).map((v) => [v.gridId, v.value]));
  const max = Math.max(1, measure?.max ?? 0, ...values.values());
  const unit = measure?.unit ?? '';
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value?: number };
        const g = town.grids.get(name);
        if (!g) return '';
        const v = typeof value === 'number' && !Number.isNaN(value) ? `${value.toLocaleString('zh-CN')} ${unit}` : '—';
        return `<b>${g.name}</b><br/>${measure?.label ?? ''}：${v}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      left: 24,
      bottom: 24,
      calculable: true,
      realtime: true,
      // The handles name the range's ends (with the unit); end texts as well printed each twice.
      formatter: (v: unknown) => `${Math.round(Number(v)).toLocaleString('zh-CN')} ${unit}`,
      textStyle: { color: '#1f2933', fontSize: 13 },
      inRange: { color: measurePalette(measure?.measure ?? 'population') },
      seriesIndex: 0,
    },
    geo: {
      map: mapName,
      roam: true,
      aspectScale: aspect,
      layoutCenter: ['50%', '50%'],
      layoutSize: Math.round(fit.side),
      scaleLimit: { min: 0.8, max: 12 },
      selectedMode: false,
      label: {
        show: true,
        fontSize: GRID_FONT,
        color: '#1f2933',
        textBorderColor: 'rgba(255,255,255,0.9)',
        textBorderWidth: 2,
        formatter: (p: unknown) => labelFor.get((p as { name: string }).name) ?? '',
      },
      itemStyle: { areaColor: '#eef2f7', borderColor: '#7d8ea3', borderWidth: 0.8 },
      emphasis: {
        label: { show: true, fontWeight: 'bold' },
        itemStyle: { areaColor: '#ffe58f', borderColor: '#17457e', borderWidth: 1.5 },
      },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: [...town.grids.keys()].map((id) => ({ name: id, value: values.get(id) ?? 0 })),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        z: 5,
        lineStyle: { color: '#17457e', width: 2.6, opacity: 0.95 },
        data: town.villages.flatMap((v) => v.rings.map((coords) => ({ coords }))),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        z: 6,
        symbolSize: 0,
        label: {
          show: true,
          formatter: '{b}',
          fontSize: VILLAGE_FONT,
          fontWeight: 'bold',
          color: '#0f3a70',
          backgroundColor: 'rgba(255,255,255,0.82)',
          borderColor: '#17457e',
          borderWidth: 1,
          borderRadius: 3,
          padding: [3, 8],
          offset: [0, VILLAGE_OFFSET_Y],
        },
        data: town.villages.map((v) => ({ name: v.name, value: v.centre })),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        z: 7,
        lineStyle: { color: '#08979c', width: 4, opacity: 1, shadowColor: 'rgba(255,255,255,0.9)', shadowBlur: 4 },
        data: selectedId && town.rings.has(selectedId) ? town.rings.get(selectedId)!.map((coords) => ({ coords })) : [],
      },
    ],
  } as GeoChartOption;
}
