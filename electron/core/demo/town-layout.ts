// The demo town's map: a built-up core of small urban grids (the communities) ringed by
// larger rural grids (the villages), all Voronoi cells inside a roughly elliptical town
// outline; villages and communities are contiguous clusters of neighbouring grids.
import type { SeededRandom } from './seeded-random';
import {
  buildSubdivision,
  convexHull,
  dist,
  insideConvex,
  LocalProjection,
  signedArea,
  type GeoJsonPolygon,
  type Pt,
} from './town-geometry';

export interface LayoutOptions {
  /** Centre of the town, [lon, lat]. */
  center: [number, number];
  urbanGrids: number;
  ruralGrids: number;
  communities: number;
  villages: number;
}

export interface GridCell {
  zone: 'urban' | 'rural';
  site: Pt;
  polygon: GeoJsonPolygon;
  areaKm2: number;
  /** Indices of the cells sharing an edge with this one. */
  neighbors: number[];
}

export interface UnitCluster {
  kind: 'community' | 'village';
  /** Cell indices, in numbering order (rows north to south, west to east within a row). */
  cells: number[];
  /** The outline of the cluster, or null if it could not be traced as one ring. */
  polygon: GeoJsonPolygon | null;
  areaKm2: number;
}

export interface TownLayout {
  outline: GeoJsonPolygon | null;
  areaKm2: number;
  cells: GridCell[];
  /** Communities first, then villages; each group clockwise from the north. */
  units: UnitCluster[];
}

// Shape of the town (km).
const HALF_WIDTH = 6.3;
const HALF_HEIGHT = 5.0;
const CORE_CENTER: Pt = { x: 0.4, y: -0.3 };
const CORE_RADIUS = 1.7;
const CORE_GAP = 0.35;

export function layoutTown(rng: SeededRandom, opts: LayoutOptions): TownLayout {
  const outline = townOutline(rng);
  const urbanSites = sampleSites(rng, opts.urbanGrids, [], (p) => dist(p, CORE_CENTER) <= CORE_RADIUS && insideConvex(outline, p), outline);
  const ruralSites = sampleSites(
    rng,
    opts.ruralGrids,
    urbanSites,
    (p) => dist(p, CORE_CENTER) >= CORE_RADIUS + CORE_GAP && insideConvex(outline, p),
    outline,
  );
  const sites = [...urbanSites, ...ruralSites];
  const zone = (i: number): 'urban' | 'rural' => (i < urbanSites.length ? 'urban' : 'rural');

  const sub = buildSubdivision(sites, outline, rng, {
    snapKm: 0.0005,
    minSharedEdgeKm: 0.005,
    jitterMinEdgeKm: 0.25,
    jitterAmplitude: 0.06,
  });

  const proj = new LocalProjection(opts.center[0], opts.center[1]);
  const cells: GridCell[] = sites.map((site, i) => {
    const ring = sub.cellRing(i);
    return { zone: zone(i), site, polygon: proj.toPolygon(ring), areaKm2: Math.abs(signedArea(ring)), neighbors: sub.neighbors[i]! };
  });

  const groups = clusterCells(rng, sites, sub.neighbors, urbanSites.length, opts.communities, opts.villages);
  const units: UnitCluster[] = groups.map((g, u) => {
    const ringIds = sub.unionRing(g);
    const ordered = numberingOrder(g, sites, u < opts.communities ? 0.55 : 1.4);
    return {
      kind: u < opts.communities ? 'community' : 'village',
      cells: ordered,
      polygon: ringIds ? proj.toPolygon(sub.expand(ringIds)) : null,
      areaKm2: g.reduce((s, c) => s + cells[c]!.areaKm2, 0),
    };
  });

  const all = sub.unionRing(sites.map((_, i) => i));
  return {
    outline: all ? proj.toPolygon(sub.expand(all)) : null,
    areaKm2: cells.reduce((s, c) => s + c.areaKm2, 0),
    cells,
    units,
  };
}

/** A convex, slightly irregular ellipse, counter-clockwise. */
function townOutline(rng: SeededRandom): Pt[] {
  const pts: Pt[] = [];
  const n = 18;
  for (let k = 0; k < n; k++) {
    const a = ((k + rng.range(-0.3, 0.3)) / n) * 2 * Math.PI;
    const r = rng.range(0.88, 1.08);
    pts.push({ x: Math.cos(a) * HALF_WIDTH * r, y: Math.sin(a) * HALF_HEIGHT * r });
  }
  return convexHull(pts);
}

/** Best-candidate sampling: evenly spread points inside a zone, away from `existing`. */
function sampleSites(rng: SeededRandom, count: number, existing: readonly Pt[], inZone: (p: Pt) => boolean, outline: readonly Pt[]): Pt[] {
  const xs = outline.map((p) => p.x);
  const ys = outline.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const randomInZone = (): Pt => {
    for (;;) {
      const p = { x: rng.range(minX, maxX), y: rng.range(minY, maxY) };
      if (inZone(p)) return p;
    }
  };
  const placed: Pt[] = [];
  for (let i = 0; i < count; i++) {
    let best: Pt | null = null;
    let bestD = -1;
    for (let k = 0; k < 14; k++) {
      const c = randomInZone();
      let d = Infinity;
      for (const p of existing) d = Math.min(d, dist(p, c));
      for (const p of placed) d = Math.min(d, dist(p, c));
      if (d > bestD) {
        bestD = d;
        best = c;
      }
    }
    placed.push(best!);
  }
  return placed;
}

/** Clockwise angle from the north of p around the origin, in [0, 2π). */
function bearing(p: Pt, origin: Pt): number {
  const a = Math.atan2(p.x - origin.x, p.y - origin.y);
  return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * Partitions the cells into contiguous clusters by growing them from seeds over the
 * neighbour graph: communities over the urban cells, villages over the rural ones.
 */
function clusterCells(
  rng: SeededRandom,
  sites: readonly Pt[],
  neighbors: readonly number[][],
  urbanCount: number,
  communities: number,
  villages: number,
): number[][] {
  const owner = new Array<number>(sites.length).fill(-1);
  const groups: number[][] = [];
  const seeds: Pt[] = [];

  const seedNear = (target: Pt, candidates: (i: number) => boolean): number => {
    let best = -1;
    for (let i = 0; i < sites.length; i++) {
      if (owner[i] !== -1 || !candidates(i)) continue;
      if (best === -1 || dist(sites[i]!, target) < dist(sites[best]!, target)) best = i;
    }
    return best;
  };
  const addGroup = (seed: number) => {
    owner[seed] = groups.length;
    groups.push([seed]);
    seeds.push(sites[seed]!);
  };

  const isUrban = (i: number) => i < urbanCount;
  const turnC = rng.range(0, 2 * Math.PI);
  for (let k = 0; k < communities; k++) {
    const a = turnC + (k * 2 * Math.PI) / communities;
    addGroup(seedNear({ x: CORE_CENTER.x + Math.sin(a) * CORE_RADIUS * 0.55, y: CORE_CENTER.y + Math.cos(a) * CORE_RADIUS * 0.55 }, isUrban));
  }
  const turnV = rng.range(0, 2 * Math.PI);
  for (let k = 0; k < villages; k++) {
    const a = turnV + (k * 2 * Math.PI) / villages;
    const outer = (HALF_WIDTH * HALF_HEIGHT) / Math.hypot(HALF_HEIGHT * Math.sin(a), HALF_WIDTH * Math.cos(a));
    const r = (CORE_RADIUS + outer) / 2;
    addGroup(seedNear({ x: Math.sin(a) * r, y: Math.cos(a) * r }, (i) => !isUrban(i)));
  }

  // Grow: the smallest cluster (relative to its target) with a free neighbour in its zone
  // takes the free neighbour nearest to its seed. Targets vary so clusters differ in size.
  const grow = (members: number[], zoneOf: (i: number) => boolean, total: number) => {
    const weights = members.map(() => rng.range(0.8, 1.25));
    const sum = weights.reduce((s, w) => s + w, 0);
    const target = weights.map((w) => (w / sum) * total);
    for (;;) {
      let bestGroup = -1;
      let bestCell = -1;
      let bestRatio = Infinity;
      members.forEach((g, m) => {
        const ratio = groups[g]!.length / target[m]!;
        if (ratio >= bestRatio) return;
        let cell = -1;
        for (const c of groups[g]!) {
          for (const n of neighbors[c]!) {
            if (owner[n] !== -1 || !zoneOf(n)) continue;
            if (cell === -1 || dist(sites[n]!, seeds[g]!) < dist(sites[cell]!, seeds[g]!)) cell = n;
          }
        }
        if (cell !== -1) {
          bestRatio = ratio;
          bestGroup = g;
          bestCell = cell;
        }
      });
      if (bestGroup === -1) return;
      owner[bestCell] = bestGroup;
      groups[bestGroup]!.push(bestCell);
    }
  };
  const communityIds = Array.from({ length: communities }, (_, k) => k);
  const villageIds = Array.from({ length: villages }, (_, k) => communities + k);
  grow(communityIds, isUrban, urbanCount);
  grow(villageIds, (i) => !isUrban(i), sites.length - urbanCount);

  // Cells cut off from their zone's clusters join a neighbouring cluster of any kind.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < sites.length; i++) {
      if (owner[i] !== -1) continue;
      const n = neighbors[i]!.find((j) => owner[j] !== -1);
      if (n === undefined) continue;
      owner[i] = owner[n]!;
      groups[owner[n]!]!.push(i);
      changed = true;
    }
  }

  // Order each kind clockwise from the north around the town centre.
  const center = (g: number[]): Pt => ({
    x: g.reduce((s, c) => s + sites[c]!.x, 0) / g.length,
    y: g.reduce((s, c) => s + sites[c]!.y, 0) / g.length,
  });
  const byBearing = (origin: Pt) => (a: number[], b: number[]) => bearing(center(a), origin) - bearing(center(b), origin);
  const cs = groups.slice(0, communities).sort(byBearing(CORE_CENTER));
  const vs = groups.slice(communities).sort(byBearing({ x: 0, y: 0 }));
  return [...cs, ...vs];
}

/** Numbering order of a cluster's grids: rows of `rowKm` from north to south, west to east. */
function numberingOrder(cells: readonly number[], sites: readonly Pt[], rowKm: number): number[] {
  const top = Math.max(...cells.map((c) => sites[c]!.y));
  const row = (c: number) => Math.floor((top - sites[c]!.y) / rowKm);
  return [...cells].sort((a, b) => row(a) - row(b) || sites[a]!.x - sites[b]!.x);
}
