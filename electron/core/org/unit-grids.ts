// The grids an organisation unit stands for — one rule for every place a unit is asked as a
// scope (the registry's ledgers, forms, exports and map, a meeting's agenda, the population
// figures, a staff member's assignment): a grid itself; a village's or community's grids; a
// town's grids (those of its villages and communities); the grid a micro-grid or building lies
// in. A town means "everything" (null: no grid list needed) only while it is the sole top of the
// tree; in a database that holds several towns (a county centre's) each town means its own grids.
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';

interface UnitKindRow {
  id: string;
  kind: string;
  parent_id: string | null;
}

/** Whether the unit is the only unit without a parent: every grid lies under it. */
export function holdsEveryGrid(db: ReadDb, unitId: string): boolean {
  const other = db.cached('SELECT 1 AS x FROM org_unit WHERE parent_id IS NULL AND id <> ? LIMIT 1').get(unitId);
  const unit = db.cached('SELECT parent_id FROM org_unit WHERE id = ?').get(unitId) as { parent_id: string | null } | undefined;
  return !other && !!unit && unit.parent_id === null;
}

/** The grids of a town (through its villages and communities), archived ones included. */
export function townGrids(db: ReadDb, townId: string): string[] {
  const rows = db
    .cached("SELECT g.id FROM org_unit v JOIN org_unit g ON g.parent_id = v.id AND g.kind = 'grid' WHERE v.parent_id = ? ORDER BY g.code")
    .all(townId) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * The grids `unitId` stands for (archived grids included: a record stays in its grid); null when
 * the unit holds every grid, or when no unit is given (no restriction). NOT_FOUND for an unknown unit.
 */
export function unitGrids(db: ReadDb, unitId: string | undefined | null): string[] | null {
  if (!unitId) return null;
  const unit = db.cached('SELECT id, kind, parent_id FROM org_unit WHERE id = ?').get(unitId) as UnitKindRow | undefined;
  if (!unit) throw new AppError('NOT_FOUND', '组织单元不存在');
  switch (unit.kind) {
    case 'town':
      return holdsEveryGrid(db, unit.id) ? null : townGrids(db, unit.id);
    case 'grid':
      return [unit.id];
    case 'village':
    case 'community':
      return (db.cached("SELECT id FROM org_unit WHERE parent_id = ? AND kind = 'grid' ORDER BY code").all(unit.id) as { id: string }[]).map((r) => r.id);
    default:
      return unit.parent_id ? unitGrids(db, unit.parent_id) : [];
  }
}
