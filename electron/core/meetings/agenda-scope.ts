// Whose cases a meeting's agenda counts (docs/meetings.md "议程自动生成"): the meeting's scope is
// a town (every case while it is the only town, else its villages' cases: org/unit-grids.ts), a
// village/community (the cases of its grids, by case_record.village_id)
// or a grid (case_record.grid_id). Each query adds the scope's condition so the indexes on
// (village_id, done, received_at) and (grid_id, done, received_at) serve it.
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { holdsEveryGrid } from '../org/unit-grids';

export interface ScopeGrid {
  id: string;
  name: string;
  code: string;
  villageId: string;
  villageName: string;
}

export interface AgendaScope {
  unitId: string;
  kind: 'town' | 'village' | 'grid';
  name: string;
  /** The scope's grids (not archived), in code order. */
  grids: ScopeGrid[];
  /** The SQL condition on case_record `c` (uses the named parameter @scope). */
  caseWhere: string;
  /** Whether a case (by its grid and village) lies in the scope. */
  holds: (c: { grid_id: string | null; village_id: string | null }) => boolean;
}

export function agendaScope(db: ReadDb, unitId: string): AgendaScope {
  const unit = db.cached('SELECT id, kind, name FROM org_unit WHERE id = ?').get(unitId) as { id: string; kind: string; name: string } | undefined;
  if (!unit) throw new AppError('NOT_FOUND', '例会范围的单位不存在');
  const gridSelect = `SELECT g.id, g.name, g.code, v.id AS villageId, v.name AS villageName
    FROM org_unit g JOIN org_unit v ON v.id = g.parent_id WHERE g.kind = 'grid' AND g.archived = 0`;
  if (unit.kind === 'town' && holdsEveryGrid(db, unitId)) {
    const grids = db.cached(`${gridSelect} ORDER BY g.code`).all() as ScopeGrid[];
    return { unitId, kind: 'town', name: unit.name, grids, caseWhere: '1 = 1', holds: () => true };
  }
  if (unit.kind === 'town') {
    // One town of several (org/unit-grids.ts): the cases of its villages and communities.
    const grids = db.cached(`${gridSelect} AND v.parent_id = ? ORDER BY g.code`).all(unitId) as ScopeGrid[];
    const villages = new Set((db.cached('SELECT id FROM org_unit WHERE parent_id = ?').all(unitId) as { id: string }[]).map((v) => v.id));
    return {
      unitId,
      kind: 'town',
      name: unit.name,
      grids,
      caseWhere: 'c.village_id IN (SELECT v.id FROM org_unit v WHERE v.parent_id = @scope)',
      holds: (c) => c.village_id !== null && villages.has(c.village_id),
    };
  }
  if (unit.kind === 'village' || unit.kind === 'community') {
    const grids = db.cached(`${gridSelect} AND g.parent_id = ? ORDER BY g.code`).all(unitId) as ScopeGrid[];
    return { unitId, kind: 'village', name: unit.name, grids, caseWhere: 'c.village_id = @scope', holds: (c) => c.village_id === unitId };
  }
  if (unit.kind === 'grid') {
    const grids = db.cached(`${gridSelect} AND g.id = ?`).all(unitId) as ScopeGrid[];
    return { unitId, kind: 'grid', name: unit.name, grids, caseWhere: 'c.grid_id = @scope', holds: (c) => c.grid_id === unitId };
  }
  throw new AppError('BAD_INPUT', `“${unit.name}”不能作为例会范围（应为镇、村/社区或网格）`);
}
