// Finding the grid of a case from its address text or a map point (intake form).
// Address: names of grids, then of villages/communities, found inside the address.
// Point: point-in-polygon over each grid's GeoJSON boundary (lon/lat).
import type { LocateCandidate, LocateResult } from '../../../shared/cases/case-types';
import type { ReadDb } from '../db/read-db';

interface UnitRow {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  boundary: string | null;
}

type Ring = [number, number][];

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lon, lat] lies in a GeoJSON Polygon or MultiPolygon (holes respected). */
export function pointInBoundary(lon: number, lat: number, boundary: string): boolean {
  let geo: { type?: string; coordinates?: unknown };
  try {
    geo = JSON.parse(boundary) as typeof geo;
  } catch {
    return false;
  }
  const polygons = (geo.type === 'Polygon' ? [geo.coordinates] : geo.type === 'MultiPolygon' ? geo.coordinates : []) as Ring[][];
  if (!Array.isArray(polygons)) return false;
  return polygons.some(
    (poly) => Array.isArray(poly) && poly.length > 0 && inRing(lon, lat, poly[0]!) && !poly.slice(1).some((hole) => inRing(lon, lat, hole)),
  );
}

/** A short form of a village name for matching ("杨梅岭村" → "杨梅岭"), when long enough to be distinctive. */
function shortName(name: string): string | null {
  const m = /^(.{2,})(村|社区|居委会)$/.exec(name);
  return m ? m[1]! : null;
}

export function locateGrid(db: ReadDb, input: { address?: string; lon?: number; lat?: number }): LocateResult {
  const units = db.cached("SELECT id, kind, name, parent_id, boundary FROM org_unit WHERE archived = 0 AND kind IN ('village', 'community', 'grid') ORDER BY code").all() as UnitRow[];
  const byId = new Map(units.map((u) => [u.id, u]));
  const grids = units.filter((u) => u.kind === 'grid');
  const candidate = (g: UnitRow, method: LocateCandidate['method'], matched: string): LocateCandidate => {
    const v = g.parent_id ? byId.get(g.parent_id) : undefined;
    return { gridId: g.id, gridName: g.name, villageId: v?.id ?? null, villageName: v?.name ?? null, method, matched };
  };
  const out: LocateCandidate[] = [];
  let best: LocateCandidate | null = null;

  if (input.lon !== undefined && input.lat !== undefined) {
    const hit = grids.find((g) => g.boundary && pointInBoundary(input.lon!, input.lat!, g.boundary));
    if (hit) {
      best = candidate(hit, 'point', `${input.lon.toFixed(5)}, ${input.lat.toFixed(5)}`);
      out.push(best);
    }
  }

  const address = input.address?.replace(/\s+/g, '') ?? '';
  if (address) {
    const seen = new Set(out.map((c) => c.gridId));
    const add = (g: UnitRow, matched: string) => {
      if (seen.has(g.id)) return;
      seen.add(g.id);
      out.push(candidate(g, 'address', matched));
    };
    const byGridName = grids.filter((g) => address.includes(g.name)).sort((a, b) => b.name.length - a.name.length);
    for (const g of byGridName) add(g, g.name);
    const villages = units
      .filter((u) => u.kind !== 'grid')
      .map((v) => ({ v, hit: address.includes(v.name) ? v.name : shortName(v.name) && address.includes(shortName(v.name)!) ? shortName(v.name)! : null }))
      .filter((x) => x.hit !== null)
      .sort((a, b) => b.hit!.length - a.hit!.length);
    for (const { v, hit } of villages) {
      const inVillage = grids.filter((g) => g.parent_id === v.id);
      for (const g of inVillage) add(g, hit!);
      // A village with a single grid settles the grid.
      if (!best && byGridName.length === 0 && inVillage.length === 1) best = out.find((c) => c.gridId === inVillage[0]!.id)!;
    }
    if (!best && byGridName.length > 0) best = out.find((c) => c.gridId === byGridName[0]!.id)!;
  }
  return { best, candidates: out.slice(0, 30) };
}
