// Plane geometry for grid boundaries: rings in local metres, areas, self-intersection,
// polygon overlap area (by triangulation), shared border length and near-miss gaps.
// Rings here are open (the closing point of GeoJSON is dropped) and may turn either way.

export type Pt = readonly [number, number];
export type Ring = readonly Pt[];

export interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQ = 111_320;

/** Equirectangular projection around a reference latitude: lon/lat degrees → metres. */
export function localProjector(refLon: number, refLat: number): (p: Pt) => Pt {
  const kx = M_PER_DEG_LON_EQ * Math.cos((refLat * Math.PI) / 180);
  return ([lon, lat]) => [(lon - refLon) * kx, (lat - refLat) * M_PER_DEG_LAT];
}

/** The ring without a repeated closing point or consecutive duplicates. */
export function openRing(ring: Ring): Pt[] {
  const out: Pt[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  return out;
}

/** Signed area, positive when counter-clockwise. */
export function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function bbox(ring: Ring): Bbox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

export function bboxesTouch(a: Bbox, b: Bbox, margin = 0): boolean {
  return a.minX - margin <= b.maxX && b.minX - margin <= a.maxX && a.minY - margin <= b.maxY && b.minY - margin <= a.maxY;
}

function cross(o: Pt, a: Pt, b: Pt): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(p: Pt, a: Pt, b: Pt): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** Whether segments ab and cd share any point (touching counts). */
export function segmentsIntersect(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(a, c, d)) return true;
  if (d2 === 0 && onSegment(b, c, d)) return true;
  if (d3 === 0 && onSegment(c, a, b)) return true;
  if (d4 === 0 && onSegment(d, a, b)) return true;
  return false;
}

/** The first pair of non-adjacent edges that touch or cross, as edge indices; null for a simple ring. */
export function findSelfIntersection(ring: Ring): [number, number] | null {
  const n = ring.length;
  if (n < 4) return null;
  const boxes = ring.map((a, i) => {
    const b = ring[(i + 1) % n]!;
    return { minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]) };
  });
  const order = boxes.map((_, i) => i).sort((i, j) => boxes[i]!.minX - boxes[j]!.minX);
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    const bi = boxes[i]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      const bj = boxes[j]!;
      if (bj.minX > bi.maxX) break;
      if (bj.minY > bi.maxY || bi.minY > bj.maxY) continue;
      if (Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1) continue;
      if (segmentsIntersect(ring[i]!, ring[(i + 1) % n]!, ring[j]!, ring[(j + 1) % n]!)) return i < j ? [i, j] : [j, i];
    }
  }
  return null;
}

export function pointInRing(p: Pt, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

export function distToSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function distToRing(p: Pt, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, n = ring.length; i < n; i++) best = Math.min(best, distToSegment(p, ring[i]!, ring[(i + 1) % n]!));
  return best;
}

/** Ear-clipping triangulation of a simple ring (either orientation). */
export function triangulate(ring: Ring): [Pt, Pt, Pt][] {
  const pts = signedArea(ring) < 0 ? [...ring].reverse() : [...ring];
  const idx = pts.map((_, i) => i);
  const out: [Pt, Pt, Pt][] = [];
  let guard = 0;
  while (idx.length > 3 && guard++ < 10_000) {
    let clipped = false;
    for (let k = 0; k < idx.length; k++) {
      const ia = idx[(k + idx.length - 1) % idx.length]!;
      const ib = idx[k]!;
      const ic = idx[(k + 1) % idx.length]!;
      const a = pts[ia]!;
      const b = pts[ib]!;
      const c = pts[ic]!;
      const turn = cross(a, b, c);
      if (turn < 0) continue; // reflex vertex
      if (turn === 0) {
        idx.splice(k, 1); // collinear: drop without a triangle
        clipped = true;
        break;
      }
      let contains = false;
      for (const m of idx) {
        if (m === ia || m === ib || m === ic) continue;
        const p = pts[m]!;
        if (cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0) {
          contains = true;
          break;
        }
      }
      if (contains) continue;
      out.push([a, b, c]);
      idx.splice(k, 1);
      clipped = true;
      break;
    }
    if (!clipped) break; // not simple; give up on the rest
  }
  if (idx.length === 3) out.push([pts[idx[0]!]!, pts[idx[1]!]!, pts[idx[2]!]!]);
  return out;
}

/** Area of the intersection of two convex counter-clockwise polygons (Sutherland–Hodgman). */
function convexIntersectionArea(subject: readonly Pt[], clip: readonly Pt[]): number {
  let output: Pt[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const c1 = clip[i]!;
    const c2 = clip[(i + 1) % clip.length]!;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      const pIn = cross(c1, c2, p) >= 0;
      const qIn = cross(c1, c2, q) >= 0;
      if (pIn) output.push(p);
      if (pIn !== qIn) {
        const dx = q[0] - p[0];
        const dy = q[1] - p[1];
        const ex = c2[0] - c1[0];
        const ey = c2[1] - c1[1];
        const t = ((c1[0] - p[0]) * ey - (c1[1] - p[1]) * ex) / (dx * ey - dy * ex);
        output.push([p[0] + t * dx, p[1] + t * dy]);
      }
    }
  }
  return output.length < 3 ? 0 : Math.abs(signedArea(output));
}

/**
 * Area shared by two simple rings: both are cut into triangles (which do not overlap each
 * other), so the overlap is the sum of the triangle-pair overlaps.
 */
export function intersectionArea(a: Ring, b: Ring): number {
  if (!bboxesTouch(bbox(a), bbox(b))) return 0;
  const ta = triangulate(a).map((t) => ({ t, box: bbox(t) }));
  const tb = triangulate(b).map((t) => ({ t, box: bbox(t) }));
  let sum = 0;
  for (const x of ta) for (const y of tb) if (bboxesTouch(x.box, y.box)) sum += convexIntersectionArea(x.t, y.t);
  return sum;
}

/**
 * Length of ring a's boundary that runs along ring b's boundary within `tol` metres:
 * for each edge of a, the union of the stretches covered by nearly collinear edges of b.
 */
export function sharedBorderLength(a: Ring, b: Ring, tol: number): number {
  let total = 0;
  const nb = b.length;
  const boxB = bbox(b);
  for (let i = 0, na = a.length; i < na; i++) {
    const p = a[i]!;
    const q = a[(i + 1) % na]!;
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const edgeBox = { minX: Math.min(p[0], q[0]), maxX: Math.max(p[0], q[0]), minY: Math.min(p[1], q[1]), maxY: Math.max(p[1], q[1]) };
    if (!bboxesTouch(edgeBox, boxB, tol)) continue;
    const intervals: [number, number][] = [];
    for (let j = 0; j < nb; j++) {
      const r = b[j]!;
      const s = b[(j + 1) % nb]!;
      const lineDist = (pt: Pt) => Math.abs((pt[0] - p[0]) * dy - (pt[1] - p[1]) * dx) / len;
      if (lineDist(r) > tol || lineDist(s) > tol) continue;
      const tr = ((r[0] - p[0]) * dx + (r[1] - p[1]) * dy) / (len * len);
      const ts = ((s[0] - p[0]) * dx + (s[1] - p[1]) * dy) / (len * len);
      const lo = Math.max(0, Math.min(tr, ts));
      const hi = Math.min(1, Math.max(tr, ts));
      if (hi > lo) intervals.push([lo, hi]);
    }
    intervals.sort((x, y) => x[0] - y[0]);
    let covered = 0;
    let curLo = -1;
    let curHi = -1;
    for (const [lo, hi] of intervals) {
      if (lo > curHi) {
        if (curHi > curLo) covered += curHi - curLo;
        curLo = lo;
        curHi = hi;
      } else if (hi > curHi) curHi = hi;
    }
    if (curHi > curLo) covered += curHi - curLo;
    total += covered * len;
  }
  return total;
}

/** Distance along a ray from `o` in unit direction `d` to the first crossing of the ring, or Infinity. */
export function rayHit(o: Pt, d: Pt, ring: Ring, maxDist: number): number {
  let best = Infinity;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const denom = d[0] * ey - d[1] * ex;
    if (denom === 0) continue;
    const t = ((a[0] - o[0]) * ey - (a[1] - o[1]) * ex) / denom;
    const u = ((a[0] - o[0]) * d[1] - (a[1] - o[1]) * d[0]) / denom;
    if (t >= 0 && t <= maxDist && u >= 0 && u <= 1 && t < best) best = t;
  }
  return best;
}

export interface RingPart {
  /** Index of the grid the ring belongs to. */
  owner: number;
  ring: Ring;
}

/**
 * Slivers between neighbouring grids. From sample points on every edge, a ray goes out along
 * the edge's outward normal: when the point just outside the edge lies in no grid, yet the ray
 * meets another grid within `maxGap` metres, the two grids leave a gap of that width.
 * (At the town's outer edge the ray meets nothing.) Returns the widest gap per pair.
 */
export function findGaps(parts: readonly RingPart[], tol: number, maxGap: number): { a: number; b: number; width: number }[] {
  const boxes = parts.map((p) => bbox(p.ring));
  const widest = new Map<string, { a: number; b: number; width: number }>();
  const insideAny = (pt: Pt) => parts.some((p, k) => pt[0] >= boxes[k]!.minX && pt[0] <= boxes[k]!.maxX && pt[1] >= boxes[k]!.minY && pt[1] <= boxes[k]!.maxY && pointInRing(pt, p.ring));
  parts.forEach((part, pi) => {
    const ring = part.ring;
    const ccw = signedArea(ring) > 0;
    const near = parts.map((_, k) => k).filter((k) => parts[k]!.owner !== part.owner && bboxesTouch(boxes[pi]!, boxes[k]!, maxGap));
    if (near.length === 0) return;
    for (let i = 0, n = ring.length; i < n; i++) {
      const p = ring[i]!;
      const q = ring[(i + 1) % n]!;
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (len <= 2 * tol) continue;
      const ux = (q[0] - p[0]) / len;
      const uy = (q[1] - p[1]) / len;
      const normal: Pt = ccw ? [uy, -ux] : [-uy, ux];
      for (const t of [0.25, 0.5, 0.75]) {
        const m: Pt = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
        const probe: Pt = [m[0] + normal[0] * tol * 2, m[1] + normal[1] * tol * 2];
        if (insideAny(probe)) continue;
        for (const k of near) {
          const d = rayHit(m, normal, parts[k]!.ring, maxGap);
          if (d === Infinity || d <= tol) continue;
          const a = Math.min(part.owner, parts[k]!.owner);
          const b = Math.max(part.owner, parts[k]!.owner);
          const key = `${a}:${b}`;
          const cur = widest.get(key);
          if (!cur || d > cur.width) widest.set(key, { a, b, width: d });
        }
      }
    }
  });
  return [...widest.values()];
}
