// Checks grid boundaries imported from GeoJSON (SPEC §1): every feature must name a grid
// (by code or name) and carry a valid polygon — closed rings, real lon/lat, no
// self-intersection. Then, across all grids with a boundary: overlaps (shared area), gaps
// (slivers between neighbours) and neighbours (grids sharing a stretch of border).
import {
  bbox,
  bboxesTouch,
  findGaps,
  findSelfIntersection,
  intersectionArea,
  localProjector,
  openRing,
  sharedBorderLength,
  signedArea,
  type Pt,
  type Ring,
  type RingPart,
} from './geometry';

export interface GridRef {
  id: string;
  code: string;
  name: string;
  /** The grid's current boundary (GeoJSON text), used for grids the file does not cover. */
  boundary?: string | null;
}

export interface BoundaryOptions {
  /** Vertices closer than this (metres) count as the same point: shared borders. */
  snapM: number;
  /** Overlaps smaller than this (m²) are ignored as digitising noise. */
  minOverlapM2: number;
  /** Gaps wider than this (metres) are treated as intended space, not a sliver. */
  maxGapM: number;
  /** Shared border shorter than this (metres) does not make neighbours (corner touch). */
  minSharedM: number;
}

export const DEFAULT_BOUNDARY_OPTIONS: BoundaryOptions = { snapM: 1, minOverlapM2: 10, maxGapM: 50, minSharedM: 5 };

export interface BoundaryProblem {
  /** 1-based feature number in the file, when the problem is in one feature. */
  feature?: number;
  grid?: string;
  message: string;
}

export interface BoundaryReport {
  features: number;
  matched: { feature: number; gridId: string; gridCode: string; gridName: string; areaKm2: number }[];
  /** Problems that stop the import. */
  errors: BoundaryProblem[];
  overlaps: { a: string; b: string; aName: string; bName: string; areaM2: number }[];
  gaps: { a: string; b: string; aName: string; bName: string; widthM: number }[];
  /** Derived neighbours of every grid with a boundary (both directions). */
  neighbours: { gridId: string; neighborIds: string[] }[];
}

export interface BoundaryCheck {
  report: BoundaryReport;
  /** gridId → GeoJSON geometry text to store, for the grids the file covers. */
  boundaries: Map<string, string>;
}

type Polygon = number[][][];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon | Polygon[];
}

const CODE_KEYS = ['code', 'gridCode', 'grid_code', 'CODE', 'GRID_CODE', '网格编码', '编码', '网格编号'];
const NAME_KEYS = ['name', 'gridName', 'grid_name', 'NAME', 'GRID_NAME', '网格名称', '名称', '网格'];

function prop(props: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = props[k];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v).trim();
  }
  return null;
}

/** Validates one polygon's rings; returns a Chinese problem or null. Coordinates in degrees. */
export function polygonProblem(poly: unknown): string | null {
  if (!Array.isArray(poly) || poly.length === 0) return '多边形没有坐标';
  for (let r = 0; r < poly.length; r++) {
    const ring = poly[r] as unknown;
    const which = r === 0 ? '外环' : `第${r}个内环`;
    if (!Array.isArray(ring) || ring.length < 4) return `${which}至少需要4个坐标点（首尾相同）`;
    for (const p of ring as unknown[]) {
      if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return `${which}含有无效坐标`;
      const [lon, lat] = p as number[];
      if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) return `${which}坐标超出经纬度范围（${lon}, ${lat}），可能是投影坐标，请转换为经纬度（WGS84/CGCS2000）`;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return `${which}未闭合（首尾坐标不同）`;
    const open = openRing(ring as Pt[]);
    if (open.length < 3) return `${which}少于3个不同的点`;
    const hit = findSelfIntersection(open);
    if (hit) return `${which}自相交（第${hit[0] + 1}条边与第${hit[1] + 1}条边相交）`;
    if (signedArea(open) === 0) return `${which}面积为零`;
  }
  return null;
}

function parseGeometry(g: unknown): { geometry: Geometry | null; problem: string | null } {
  const geo = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geo || typeof geo !== 'object') return { geometry: null, problem: '缺少几何图形' };
  if (geo.type === 'Polygon') {
    const problem = polygonProblem(geo.coordinates);
    return { geometry: problem ? null : { type: 'Polygon', coordinates: geo.coordinates as Polygon }, problem };
  }
  if (geo.type === 'MultiPolygon') {
    if (!Array.isArray(geo.coordinates) || geo.coordinates.length === 0) return { geometry: null, problem: '多面没有坐标' };
    for (let i = 0; i < geo.coordinates.length; i++) {
      const problem = polygonProblem(geo.coordinates[i]);
      if (problem) return { geometry: null, problem: `第${i + 1}个面：${problem}` };
    }
    return { geometry: { type: 'MultiPolygon', coordinates: geo.coordinates as Polygon[] }, problem: null };
  }
  return { geometry: null, problem: `几何类型应为Polygon或MultiPolygon（当前为${String(geo.type)}）` };
}

function outerRings(geo: Geometry): Ring[] {
  const polys = geo.type === 'Polygon' ? [geo.coordinates as Polygon] : (geo.coordinates as Polygon[]);
  return polys.map((p) => openRing(p[0]!.map((c) => [c[0]!, c[1]!] as Pt)));
}

function storedGeometry(text: string | null | undefined): Geometry | null {
  if (!text) return null;
  try {
    return parseGeometry(JSON.parse(text)).geometry;
  } catch {
    return null;
  }
}

/** Checks a GeoJSON FeatureCollection against the town's grids. */
export function checkBoundaries(geojson: unknown, grids: readonly GridRef[], opts: BoundaryOptions = DEFAULT_BOUNDARY_OPTIONS): BoundaryCheck {
  const report: BoundaryReport = { features: 0, matched: [], errors: [], overlaps: [], gaps: [], neighbours: [] };
  const boundaries = new Map<string, string>();
  const fc = geojson as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    report.errors.push({ message: '文件不是GeoJSON要素集合（FeatureCollection）' });
    return { report, boundaries };
  }
  report.features = fc.features.length;
  if (fc.features.length === 0) report.errors.push({ message: '文件中没有要素' });

  const byCode = new Map(grids.map((g) => [g.code, g]));
  const byName = new Map<string, GridRef[]>();
  for (const g of grids) byName.set(g.name, [...(byName.get(g.name) ?? []), g]);
  const taken = new Map<string, number>();
  const imported = new Map<string, Geometry>();

  fc.features.forEach((f: unknown, i: number) => {
    const n = i + 1;
    const feature = f as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!feature || feature.type !== 'Feature') {
      report.errors.push({ feature: n, message: `第${n}个要素不是Feature` });
      return;
    }
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const code = prop(props, CODE_KEYS);
    const name = prop(props, NAME_KEYS);
    let grid = code ? byCode.get(code) : undefined;
    if (!grid && name) {
      const candidates = byName.get(name) ?? [];
      if (candidates.length > 1) {
        report.errors.push({ feature: n, message: `第${n}个要素：网格名称“${name}”不唯一，请在属性中填写网格编码` });
        return;
      }
      grid = candidates[0];
    }
    if (!grid) {
      report.errors.push({ feature: n, message: `第${n}个要素：找不到网格（编码“${code ?? ''}”，名称“${name ?? ''}”）` });
      return;
    }
    const dup = taken.get(grid.id);
    if (dup) {
      report.errors.push({ feature: n, grid: grid.name, message: `第${n}个要素与第${dup}个要素都是“${grid.name}”` });
      return;
    }
    taken.set(grid.id, n);
    const { geometry, problem } = parseGeometry(feature.geometry);
    if (!geometry) {
      report.errors.push({ feature: n, grid: grid.name, message: `第${n}个要素（${grid.name}）：${problem}` });
      return;
    }
    imported.set(grid.id, geometry);
    boundaries.set(grid.id, JSON.stringify(geometry));
    report.matched.push({ feature: n, gridId: grid.id, gridCode: grid.code, gridName: grid.name, areaKm2: 0 });
  });

  // Every grid with a boundary after the import: the file's, else the stored one.
  const all: { grid: GridRef; geometry: Geometry }[] = [];
  for (const g of grids) {
    const geometry = imported.get(g.id) ?? storedGeometry(g.boundary);
    if (geometry) all.push({ grid: g, geometry });
  }
  if (all.length === 0) return { report, boundaries };

  let sumLon = 0;
  let sumLat = 0;
  let count = 0;
  for (const { geometry } of all)
    for (const ring of outerRings(geometry))
      for (const [lon, lat] of ring) {
        sumLon += lon;
        sumLat += lat;
        count++;
      }
  const project = localProjector(sumLon / count, sumLat / count);
  const parts: RingPart[] = [];
  all.forEach(({ geometry }, owner) => {
    for (const ring of outerRings(geometry)) parts.push({ owner, ring: ring.map(project) });
  });

  for (const m of report.matched) {
    const owner = all.findIndex((a) => a.grid.id === m.gridId);
    const area = parts.filter((p) => p.owner === owner).reduce((s, p) => s + Math.abs(signedArea(p.ring)), 0);
    m.areaKm2 = Math.round(area / 10_000) / 100;
  }

  const neighbours = new Map<number, Set<number>>();
  const boxes = parts.map((p) => bbox(p.ring));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!;
      const b = parts[j]!;
      if (a.owner === b.owner || !bboxesTouch(boxes[i]!, boxes[j]!, opts.snapM)) continue;
      // Only pairs touching a grid from the file are reported; the rest were checked before.
      const touchesImport = imported.has(all[a.owner]!.grid.id) || imported.has(all[b.owner]!.grid.id);
      if (touchesImport) {
        const overlap = intersectionArea(a.ring, b.ring);
        if (overlap > opts.minOverlapM2) {
          const [ga, gb] = [all[a.owner]!.grid, all[b.owner]!.grid];
          report.overlaps.push({ a: ga.id, b: gb.id, aName: ga.name, bName: gb.name, areaM2: Math.round(overlap) });
        }
      }
      const shared = Math.max(sharedBorderLength(a.ring, b.ring, opts.snapM), sharedBorderLength(b.ring, a.ring, opts.snapM));
      if (shared >= opts.minSharedM) {
        if (!neighbours.has(a.owner)) neighbours.set(a.owner, new Set());
        if (!neighbours.has(b.owner)) neighbours.set(b.owner, new Set());
        neighbours.get(a.owner)!.add(b.owner);
        neighbours.get(b.owner)!.add(a.owner);
      }
    }
  }

  for (const gap of findGaps(parts, opts.snapM, opts.maxGapM)) {
    const ga = all[gap.a]!.grid;
    const gb = all[gap.b]!.grid;
    if (!imported.has(ga.id) && !imported.has(gb.id)) continue;
    if (report.overlaps.some((o) => (o.a === ga.id && o.b === gb.id) || (o.a === gb.id && o.b === ga.id))) continue;
    report.gaps.push({ a: ga.id, b: gb.id, aName: ga.name, bName: gb.name, widthM: Math.round(gap.width * 10) / 10 });
  }

  report.neighbours = all.map(({ grid }, owner) => ({
    gridId: grid.id,
    neighborIds: [...(neighbours.get(owner) ?? [])].map((o) => all[o]!.grid.id).sort(),
  }));
  return { report, boundaries };
}
