// Planar geometry for the demo town: Voronoi cells clipped to the town outline, vertex
// snapping so neighbouring cells share identical vertices, gently jittered shared edges
// (so borders look like lanes and streams, not ruler lines), union outlines of cell groups,
// and conversion to GeoJSON in lon/lat.
// Works in local kilometres: x east, y north. Rings are counter-clockwise and not closed
// (the closing point is added only when converting to GeoJSON).
import type { SeededRandom } from './seeded-random';

export interface Pt {
  x: number;
  y: number;
}

export interface GeoJsonPolygon {
  type: 'Polygon';
  coordinates: [number, number][][];
}

// ---------- primitives ----------

/** Signed area (km²), positive for counter-clockwise rings. */
export function signedArea(ring: readonly Pt[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    s += a.x * b.y - b.x * a.y;
  }
  return s / 2;
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function cross(o: Pt, a: Pt, b: Pt): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull (Andrew's monotone chain), counter-clockwise. */
export function convexHull(points: readonly Pt[]): Pt[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const lower: Pt[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Pt[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/** Whether point p lies inside a convex counter-clockwise ring. */
export function insideConvex(ring: readonly Pt[], p: Pt): boolean {
  for (let i = 0; i < ring.length; i++) if (cross(ring[i]!, ring[(i + 1) % ring.length]!, p) < 0) return false;
  return true;
}

/** Whether closed segments ab and cd intersect (touching counts). */
export function segmentsIntersect(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSeg = (p: Pt, q: Pt, r: Pt) =>
    Math.min(p.x, q.x) <= r.x && r.x <= Math.max(p.x, q.x) && Math.min(p.y, q.y) <= r.y && r.y <= Math.max(p.y, q.y);
  if (d1 === 0 && onSeg(c, d, a)) return true;
  if (d2 === 0 && onSeg(c, d, b)) return true;
  if (d3 === 0 && onSeg(a, b, c)) return true;
  if (d4 === 0 && onSeg(a, b, d)) return true;
  return false;
}

/** A ring is simple when no two non-adjacent edges meet. */
export function isSimpleRing(ring: readonly Pt[]): boolean {
  const n = ring.length;
  if (n < 3) return false;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      if (segmentsIntersect(a, b, ring[j]!, ring[(j + 1) % n]!)) return false;
    }
  }
  return true;
}

// ---------- Voronoi cells ----------

/** A ring whose edge i (from pts[i] to pts[i+1]) is labelled with the site on its other side, or -1. */
interface LabelledRing {
  pts: Pt[];
  labels: number[];
}

/** Clips a ring to the half-plane n·p ≤ c; the new edge along the line gets `label`. */
function clipHalfPlane(ring: LabelledRing, nx: number, ny: number, c: number, label: number): LabelledRing {
  const { pts, labels } = ring;
  const f = pts.map((p) => nx * p.x + ny * p.y - c);
  if (f.every((v) => v <= 0)) return ring;
  const out: LabelledRing = { pts: [], labels: [] };
  for (let i = 0; i < pts.length; i++) {
    const j = (i + 1) % pts.length;
    const p = pts[i]!;
    const q = pts[j]!;
    const fp = f[i]!;
    const fq = f[j]!;
    const at = (): Pt => {
      const t = fp / (fp - fq);
      return { x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) };
    };
    if (fp <= 0) {
      out.pts.push(p);
      if (fq <= 0) out.labels.push(labels[i]!);
      else {
        out.labels.push(labels[i]!);
        out.pts.push(at());
        out.labels.push(label);
      }
    } else if (fq <= 0) {
      out.pts.push(at());
      out.labels.push(labels[i]!);
    }
  }
  return out;
}

/** The Voronoi cell of every site, clipped to a convex counter-clockwise outline. */
function voronoiCells(sites: readonly Pt[], outline: readonly Pt[]): LabelledRing[] {
  return sites.map((s, i) => {
    let ring: LabelledRing = { pts: [...outline], labels: outline.map(() => -1) };
    // Nearer sites first: they cut most, so later clips are cheap.
    const order = sites.map((_, j) => j).filter((j) => j !== i);
    order.sort((a, b) => dist(s, sites[a]!) - dist(s, sites[b]!));
    for (const j of order) {
      const o = sites[j]!;
      const nx = o.x - s.x;
      const ny = o.y - s.y;
      const c = (o.x * o.x + o.y * o.y - s.x * s.x - s.y * s.y) / 2;
      // Once the farthest vertex of the cell is closer than half the distance to site j, no
      // further site can cut the cell.
      const reach = Math.max(...ring.pts.map((p) => dist(p, s)));
      if (dist(s, o) / 2 > reach) break;
      ring = clipHalfPlane(ring, nx, ny, c, j);
    }
    return ring;
  });
}

// ---------- the planar subdivision ----------

/**
 * Cells as rings of shared vertex ids, with the shared edges jittered once (both cells use
 * the same intermediate points). Built by `buildSubdivision`.
 */
export class Subdivision {
  constructor(
    /** Vertex coordinates; each vertex is shared by every cell that touches it. */
    readonly vertices: Pt[],
    /** Per cell, its ring of vertex ids (counter-clockwise, not closed). */
    readonly cellRings: number[][],
    /** Per cell, the indices of the cells that share an edge with it (sorted). */
    readonly neighbors: number[][],
    /** Intermediate points of a jittered edge, keyed "lo-hi", ordered from lo to hi. */
    private readonly edgeBends: Map<string, Pt[]>,
  ) {}

  /** The full ring (with edge bends) of a ring of vertex ids. */
  expand(ids: readonly number[]): Pt[] {
    const out: Pt[] = [];
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      const b = ids[(i + 1) % ids.length]!;
      out.push(this.vertices[a]!);
      const bends = this.edgeBends.get(edgeKey(a, b));
      if (bends) out.push(...(a < b ? bends : [...bends].reverse()));
    }
    return out;
  }

  cellRing(cell: number): Pt[] {
    return this.expand(this.cellRings[cell]!);
  }

  /**
   * The outer ring of the union of some cells, as vertex ids, or null when the union is not a
   * single region without holes.
   */
  unionRing(cells: readonly number[]): number[] | null {
    const directed = new Set<string>();
    for (const c of cells) {
      const r = this.cellRings[c]!;
      for (let i = 0; i < r.length; i++) directed.add(`${r[i]},${r[(i + 1) % r.length]}`);
    }
    const next = new Map<number, number>();
    for (const e of directed) {
      const [a, b] = e.split(',').map(Number) as [number, number];
      if (directed.has(`${b},${a}`)) continue; // interior edge
      if (next.has(a)) return null; // pinch point
      next.set(a, b);
    }
    if (next.size === 0) return null;
    const start = Math.min(...next.keys());
    const ring: number[] = [];
    let v = start;
    do {
      ring.push(v);
      const n = next.get(v);
      if (n === undefined || ring.length > next.size) return null;
      v = n;
    } while (v !== start);
    return ring.length === next.size ? ring : null;
  }
}

function edgeKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export interface SubdivisionOptions {
  /** Vertices closer than this (km) are merged. */
  snapKm: number;
  /** Cells count as neighbours when they share an edge at least this long (km). */
  minSharedEdgeKm: number;
  /** Edges at least this long (km) get bends. */
  jitterMinEdgeKm: number;
  /** Largest sideways offset of a bend, as a fraction of the edge length. */
  jitterAmplitude: number;
}

/** Voronoi cells of `sites` inside `outline` (convex, counter-clockwise), snapped and jittered. */
export function buildSubdivision(
  sites: readonly Pt[],
  outline: readonly Pt[],
  rng: SeededRandom,
  opts: SubdivisionOptions,
): Subdivision {
  const raw = voronoiCells(sites, outline);

  // Snap: merge vertices within snapKm so neighbouring cells share identical vertices.
  const vertices: Pt[] = [];
  const buckets = new Map<string, number[]>();
  const cellOf = (v: number) => Math.floor(v / opts.snapKm);
  const vertexId = (p: Pt): number => {
    const cx = cellOf(p.x);
    const cy = cellOf(p.y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const id of buckets.get(`${cx + dx},${cy + dy}`) ?? []) if (dist(vertices[id]!, p) < opts.snapKm) return id;
      }
    }
    vertices.push(p);
    const key = `${cx},${cy}`;
    const list = buckets.get(key);
    if (list) list.push(vertices.length - 1);
    else buckets.set(key, [vertices.length - 1]);
    return vertices.length - 1;
  };

  const cellRings: number[][] = [];
  const cellLabels: number[][] = [];
  for (const cell of raw) {
    const ids: number[] = [];
    const labels: number[] = [];
    cell.pts.forEach((p, k) => {
      const id = vertexId(p);
      if (ids.length > 0 && ids[ids.length - 1] === id) labels[labels.length - 1] = cell.labels[k]!; // collapsed edge
      else {
        ids.push(id);
        labels.push(cell.labels[k]!);
      }
    });
    while (ids.length > 1 && ids[ids.length - 1] === ids[0]) {
      ids.pop();
      labels.pop();
    }
    cellRings.push(ids);
    cellLabels.push(labels);
  }

  // Neighbours: cells on both sides of an edge of useful length; symmetric by construction.
  const pairs = new Set<string>();
  cellRings.forEach((ids, i) => {
    ids.forEach((a, k) => {
      const j = cellLabels[i]![k]!;
      const b = ids[(k + 1) % ids.length]!;
      if (j >= 0 && dist(vertices[a]!, vertices[b]!) >= opts.minSharedEdgeKm) pairs.add(i < j ? `${i},${j}` : `${j},${i}`);
    });
  });
  const neighbors: number[][] = cellRings.map(() => []);
  for (const p of pairs) {
    const [i, j] = p.split(',').map(Number) as [number, number];
    neighbors[i]!.push(j);
    neighbors[j]!.push(i);
  }
  for (const n of neighbors) n.sort((a, b) => a - b);

  // Jitter: bend each long edge once; keep a bend only if every cell touching either end of
  // the edge stays simple (that also rules out crossing a third cell at a shared corner).
  const seen = new Set<string>();
  const edgeOrder: [number, number][] = [];
  const vertexCells = new Map<number, number[]>();
  cellRings.forEach((ids, c) => {
    ids.forEach((a, k) => {
      const list = vertexCells.get(a);
      if (list) list.push(c);
      else vertexCells.set(a, [c]);
      const b = ids[(k + 1) % ids.length]!;
      const key = edgeKey(a, b);
      if (!seen.has(key)) {
        seen.add(key);
        edgeOrder.push(a < b ? [a, b] : [b, a]);
      }
    });
  });
  const bends = new Map<string, Pt[]>();
  const sub = new Subdivision(vertices, cellRings, neighbors, bends);
  for (const [a, b] of edgeOrder) {
    const pa = vertices[a]!;
    const pb = vertices[b]!;
    const len = dist(pa, pb);
    if (len < opts.jitterMinEdgeKm) continue;
    const count = len > 3 * opts.jitterMinEdgeKm ? 3 : len > 1.5 * opts.jitterMinEdgeKm ? 2 : 1;
    const ux = (pb.x - pa.x) / len;
    const uy = (pb.y - pa.y) / len;
    const pts: Pt[] = [];
    for (let k = 1; k <= count; k++) {
      const t = k / (count + 1) + rng.range(-0.08, 0.08) / count;
      const off = rng.range(-1, 1) * opts.jitterAmplitude * len;
      pts.push({ x: pa.x + ux * t * len - uy * off, y: pa.y + uy * t * len + ux * off });
    }
    const key = edgeKey(a, b);
    bends.set(key, pts);
    const touching = new Set([...vertexCells.get(a)!, ...vertexCells.get(b)!]);
    if (![...touching].every((c) => isSimpleRing(sub.cellRing(c)))) bends.delete(key);
  }
  return sub;
}

// ---------- lon/lat ----------

/** An equirectangular projection around a centre point; accurate enough across a town. */
export class LocalProjection {
  private readonly kmPerDegLon: number;
  private readonly kmPerDegLat = 110.574;

  constructor(
    readonly lon0: number,
    readonly lat0: number,
  ) {
    this.kmPerDegLon = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  }

  /** [lon, lat] rounded to 6 decimals (about 0.1 m). */
  toLonLat(p: Pt): [number, number] {
    return [round6(this.lon0 + p.x / this.kmPerDegLon), round6(this.lat0 + p.y / this.kmPerDegLat)];
  }

  /** A GeoJSON Polygon of a counter-clockwise ring; closed (first point repeated last). */
  toPolygon(ring: readonly Pt[]): GeoJsonPolygon {
    const coords: [number, number][] = [];
    for (const p of ring) {
      const c = this.toLonLat(p);
      const last = coords[coords.length - 1];
      if (!last || last[0] !== c[0] || last[1] !== c[1]) coords.push(c);
    }
    const first = coords[0]!;
    const last = coords[coords.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) coords.push([first[0], first[1]]);
    return { type: 'Polygon', coordinates: [coords] };
  }
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
