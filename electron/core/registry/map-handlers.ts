// The grid map's data (SPEC §1): a measure per grid for colouring, neighbours (derived from
// shared borders on boundary import, editable), boundary import from GeoJSON with checks,
// and copying the ledger's figures into the grids.
import { ulid } from 'ulid';
import { checkBoundaries } from '../../../shared/registry/boundary-check';
import { MAP_MEASURE_LABELS, type GridNeighbors, type MapMeasure } from '../../../shared/registry/map-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { can, requireSpecial } from './registry-access';
import { caseCountsByGrid, hasCaseTables } from './related-cases';
import { sumUpwards } from './grid-figures';
import { ledgerCounts } from './population-figures';
import { storedByGrid } from './queries/stored-counts';
import { loadGrids } from './unit-scope';
import { registryGrids } from './registry-scope';
import { unitGrids } from '../org/unit-grids';

/** The stored per-grid column (ledger_grid_count) of each ledger measure. */
const MEASURE_COLUMNS = {
  population: 'p_all',
  floating: 'p_res_floating',
  households: 'hh_all',
  rentals: 'ho_rental',
  organisations: 'o_all',
  special: 's_map_active',
} as const;

/** A stored column per grid, for the grids given (null: every grid). */
function perGrid(db: ReadDb, column: string, grids: string[] | null): Map<string, number> {
  return new Map([...storedByGrid(db, { n: column }, grids)].map(([grid, r]) => [grid, r.n]));
}

/** The live grids' ids in code order (of `served` only, when given). */
function liveGridIds(db: ReadDb, served: string[] | null): string[] {
  const sql = `SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0${served ? ' AND id IN (SELECT value FROM json_each(?))' : ''} ORDER BY code`;
  return db.cached(sql).pluck().all(...(served ? [JSON.stringify(served)] : [])) as string[];
}

/** The measure per grid, counted for the caller's grids only (a grid worker's map colours its own). */
function measureValues(ctx: CallContext, measure: MapMeasure, grids: string[] | null): { values: Map<string, number>; available: boolean } {
  const db = ctx.core.db;
  switch (measure) {
    case 'population':
    case 'floating':
    case 'households':
    case 'rentals':
    case 'organisations':
      return { values: perGrid(db, MEASURE_COLUMNS[measure], grids), available: true };
    case 'special':
      requireSpecial(ctx);
      return { values: perGrid(db, MEASURE_COLUMNS.special, grids), available: true };
    case 'openCases':
    case 'overdueCases': {
      if (!can(ctx, 'cases.read')) throw new AppError('FORBIDDEN', '当前账号无权查看事件');
      const counts = caseCountsByGrid(db, ctx.core.now(), grids);
      const values = new Map([...counts].map(([id, c]) => [id, measure === 'openCases' ? c.open : c.overdue]));
      return { values, available: hasCaseTables(db) };
    }
  }
}

function neighborMap(db: ReadDb): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of db.prepare('SELECT unit_id, neighbor_id FROM grid_neighbor').all() as { unit_id: string; neighbor_id: string }[]) {
    if (!out.has(r.unit_id)) out.set(r.unit_id, new Set());
    out.get(r.unit_id)!.add(r.neighbor_id);
  }
  return out;
}

/** Makes the stored neighbour pairs of `gridId` equal `wanted`, in both directions. */
function writeNeighbors(tx: WriteTx, gridId: string, wanted: Set<string>): number {
  let writes = 0;
  const rows = tx.db.prepare('SELECT id, unit_id, neighbor_id FROM grid_neighbor WHERE unit_id = ? OR neighbor_id = ?').all(gridId, gridId) as {
    id: string;
    unit_id: string;
    neighbor_id: string;
  }[];
  const have = new Set<string>();
  for (const r of rows) {
    const other = r.unit_id === gridId ? r.neighbor_id : r.unit_id;
    if (!wanted.has(other)) {
      tx.remove('grid_neighbor', r.id);
      writes++;
    } else have.add(`${r.unit_id}>${r.neighbor_id}`);
  }
  for (const other of wanted) {
    for (const [a, b] of [
      [gridId, other],
      [other, gridId],
    ] as const) {
      if (!have.has(`${a}>${b}`)) {
        tx.insert('grid_neighbor', { id: ulid(), unit_id: a, neighbor_id: b });
        writes++;
      }
    }
  }
  return writes;
}

function neighborsOf(db: ReadDb, gridId?: string): GridNeighbors[] {
  const map = neighborMap(db);
  const grids = loadGrids(db, false).filter((g) => !gridId || g.id === gridId);
  return grids.map((g) => ({ gridId: g.id, neighborIds: [...(map.get(g.id) ?? [])].sort() }));
}

export const mapHandlers: Pick<
  Handlers,
  | 'registry.mapMeasures'
  | 'registry.neighbors'
  | 'registry.importBoundaries'
  | 'registry.exportBoundaries'
  | 'registry.setNeighbors'
  | 'registry.applyLedgerFigures'
> = {
  'registry.mapMeasures': ({ measure }, ctx) => {
    // A grid worker's map is coloured for its own grids only.
    const served = registryGrids(ctx);
    const { values, available } = measureValues(ctx, measure, served);
    const list = liveGridIds(ctx.core.db, served).map((gridId) => ({ gridId, value: values.get(gridId) ?? 0 }));
    const unit = measure === 'population' || measure === 'floating' || measure === 'special' ? '人' : measure === 'households' ? '户' : measure === 'rentals' ? '处' : measure === 'organisations' ? '个' : '件';
    return { measure, label: MAP_MEASURE_LABELS[measure], unit, values: list, max: Math.max(0, ...list.map((v) => v.value)), available };
  },

  'registry.neighbors': ({ gridId }, ctx) => neighborsOf(ctx.core.db, gridId),

  'registry.importBoundaries': ({ geojson, dryRun }, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(geojson);
    } catch {
      throw new AppError('BAD_INPUT', '文件不是有效的GeoJSON（JSON格式错误）');
    }
    const db = ctx.core.db;
    const grids = db.prepare("SELECT id, code, name, boundary FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as {
      id: string;
      code: string;
      name: string;
      boundary: string | null;
    }[];
    const { report, boundaries } = checkBoundaries(parsed, grids);
    if (dryRun || report.errors.length > 0 || boundaries.size === 0) return { ...report, written: false };
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      for (const [gridId, geometry] of boundaries) {
        const m = report.matched.find((x) => x.gridId === gridId)!;
        tx.update('org_unit', gridId, { boundary: geometry, area_km2: m.areaKm2 });
      }
      // Neighbours of the imported grids follow their shared borders.
      for (const n of report.neighbours) if (boundaries.has(n.gridId)) writeNeighbors(tx, n.gridId, new Set(n.neighborIds));
      audit(ctx, { action: 'boundaries', table: 'org_unit', detail: { grids: boundaries.size, overlaps: report.overlaps.length, gaps: report.gaps.length } });
    });
    return { ...report, written: true };
  },

  'registry.exportBoundaries': (_input, ctx) => {
    const rows = ctx.core.db
      .prepare("SELECT code, name, boundary FROM org_unit WHERE kind = 'grid' AND archived = 0 AND boundary IS NOT NULL ORDER BY code")
      .all() as { code: string; name: string; boundary: string }[];
    const features = rows.map((r) => ({ type: 'Feature', properties: { code: r.code, name: r.name }, geometry: JSON.parse(r.boundary) as unknown }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    return { fileName: '网格边界.geojson', mime: 'application/geo+json', base64: Buffer.from(text, 'utf8').toString('base64'), rows: features.length };
  },

  'registry.setNeighbors': ({ gridId, neighborIds }, ctx) => {
    const db = ctx.core.db;
    const grids = new Map(loadGrids(db, true).map((g) => [g.id, g]));
    if (!grids.has(gridId)) throw new AppError('NOT_FOUND', '网格不存在');
    const wanted = new Set(neighborIds);
    if (wanted.has(gridId)) throw new AppError('BAD_INPUT', '网格不能与自身相邻');
    for (const id of wanted) if (!grids.has(id)) throw new AppError('BAD_INPUT', '所选相邻网格不存在');
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      if (writeNeighbors(tx, gridId, wanted) > 0) audit(ctx, { action: 'neighbors', table: 'org_unit', recordId: gridId, detail: { neighbors: [...wanted] } });
    });
    return neighborsOf(db, gridId)[0]!;
  },

  'registry.applyLedgerFigures': ({ unitId }, ctx) => {
    const db = ctx.core.db;
    const scope = unitGrids(db, unitId);
    const grids = loadGrids(db, false).filter((g) => !scope || scope.includes(g.id));
    const counted = ledgerCounts(db, scope);
    let changed = 0;
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      for (const g of grids) {
        const cols = tx.update('org_unit', g.id, {
          households: counted.get(g.id)?.households ?? 0,
          population_registered: counted.get(g.id)?.registered ?? 0,
          population_floating: counted.get(g.id)?.floating ?? 0,
        });
        if (cols.length) changed++;
      }
      sumUpwards(tx);
      if (changed) audit(ctx, { action: 'write', table: 'org_unit', detail: { op: 'applyLedgerFigures', grids: changed } });
    });
    return { grids: grids.length, changed };
  },
};
