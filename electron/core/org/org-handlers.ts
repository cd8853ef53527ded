// Organisation units: create, edit, move, archive; grid list with size warnings.
import { ulid } from 'ulid';
import { UNIT_LEVEL } from '../../../shared/org/org-types';
import { DEFAULT_GRID_SIZE_RANGES, gridSizeWarning, type GridSizeRanges } from '../../../shared/org/grid-size';
import type { GridRow } from '../../../shared/api';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import type { WriteTx } from '../db/change-writer';
import type { Handlers } from '../rpc/handler-types';
import { readSetting, SETTING_KEYS, writeSetting } from '../settings/settings-repo';
import { getUnit, getUnitRow, listUnits, type OrgUnitDbRow } from './org-repo';
import { checkChildCode, checkParentKind } from './org-rules';
import { gridPopulation, populationReport } from '../registry/population-figures';

// A unit's code is a natural key: the change writer refuses one already used (sync/natural-keys.ts).

/** Rewrites the code prefix of every descendant after a unit's code changed. */
function recodeDescendants(tx: WriteTx, oldCode: string, newCode: string, rootId: string): void {
  const descendants = tx.db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE parent_id = ? UNION ALL SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id)
       SELECT o.id, o.code FROM org_unit o JOIN sub ON o.id = sub.id ORDER BY length(o.code)`,
    )
    .all(rootId) as { id: string; code: string }[];
  for (const d of descendants) {
    const code = newCode + d.code.slice(oldCode.length);
    tx.update('org_unit', d.id, { code });
  }
}

function assertNameFreeAmongSiblings(db: ReadDb, parentId: string, name: string, exceptId?: string): void {
  const other = db.prepare('SELECT id FROM org_unit WHERE parent_id = ? AND name = ? AND archived = 0').get(parentId, name) as { id: string } | undefined;
  if (other && other.id !== exceptId) throw new AppError('CONFLICT', `同一上级下已有名为“${name}”的单元`);
}

function isDescendant(db: ReadDb, candidateId: string, ancestorId: string): boolean {
  const row = db
    .prepare(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM org_unit WHERE id = ? UNION ALL SELECT o.id, o.parent_id FROM org_unit o JOIN up ON o.id = up.parent_id)
       SELECT 1 FROM up WHERE id = ?`,
    )
    .get(candidateId, ancestorId);
  return row !== undefined;
}

export function gridSizeRanges(db: ReadDb): GridSizeRanges {
  return readSetting(db, SETTING_KEYS.gridSizeRanges, DEFAULT_GRID_SIZE_RANGES);
}

export const orgHandlers: Pick<
  Handlers,
  | 'org.units'
  | 'org.unit'
  | 'org.population'
  | 'org.createUnit'
  | 'org.updateUnit'
  | 'org.moveUnit'
  | 'org.archiveUnit'
  | 'org.grids'
  | 'org.gridSizeRanges'
  | 'org.setGridSizeRanges'
> = {
  'org.units': ({ includeArchived }, { core }) => listUnits(core.db, includeArchived ?? false),
  'org.unit': ({ id }, { core }) => getUnit(core.db, id),

  'org.createUnit': (input, ctx) => {
    const { db } = ctx.core;
    const parent = getUnitRow(db, input.parentId);
    if (parent.archived) throw new AppError('INVALID_STATE', `上级“${parent.name}”已归档，不能在其下新建`);
    checkParentKind(input.kind, parent.kind);
    checkChildCode(input.code, parent.code);
    assertNameFreeAmongSiblings(db, parent.id, input.name);
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.insert('org_unit', {
        id,
        parent_id: parent.id,
        kind: input.kind,
        level: UNIT_LEVEL[input.kind],
        code: input.code,
        name: input.name,
        grid_type: input.kind === 'grid' ? (input.gridType ?? 'urban') : null,
        households: input.households,
        population_registered: input.populationRegistered,
        population_floating: input.populationFloating,
        area_km2: input.areaKm2 ?? null,
        archived: 0,
        created_at: new Date(ctx.core.now()).toISOString(),
      }),
    );
    return getUnit(db, id);
  },

  'org.updateUnit': (input, ctx) => {
    const { db } = ctx.core;
    const unit = getUnitRow(db, input.id);
    if (input.code !== undefined && input.code !== unit.code) {
      if (!unit.parent_id) throw new AppError('INVALID_STATE', '镇/街道编码请在系统设置中修改');
      checkChildCode(input.code, getUnitRow(db, unit.parent_id).code);
    }
    if (input.name !== undefined && input.name !== unit.name && unit.parent_id) assertNameFreeAmongSiblings(db, unit.parent_id, input.name, unit.id);
    if (input.boundary) validateBoundary(input.boundary);
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      tx.update('org_unit', unit.id, {
        code: input.code,
        name: input.name,
        grid_type: unit.kind === 'grid' ? input.gridType : undefined,
        households: input.households,
        population_registered: input.populationRegistered,
        population_floating: input.populationFloating,
        area_km2: input.areaKm2,
        boundary: input.boundary,
      });
      if (input.code !== undefined && input.code !== unit.code) recodeDescendants(tx, unit.code, input.code, unit.id);
    });
    return getUnit(db, unit.id);
  },

  'org.moveUnit': ({ id, newParentId, newCode }, ctx) => {
    const { db } = ctx.core;
    const unit = getUnitRow(db, id);
    const parent = getUnitRow(db, newParentId);
    if (!unit.parent_id) throw new AppError('INVALID_STATE', '镇/街道不能移动');
    if (unit.id === parent.id || isDescendant(db, parent.id, unit.id)) throw new AppError('INVALID_STATE', '不能移动到自身或其下级之下');
    if (parent.archived) throw new AppError('INVALID_STATE', `目标上级“${parent.name}”已归档`);
    checkParentKind(unit.kind, parent.kind);
    checkChildCode(newCode, parent.code);
    assertNameFreeAmongSiblings(db, parent.id, unit.name, unit.id);
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      tx.update('org_unit', unit.id, { parent_id: parent.id, code: newCode });
      if (newCode !== unit.code) recodeDescendants(tx, unit.code, newCode, unit.id);
    });
    return getUnit(db, unit.id);
  },

  'org.archiveUnit': ({ id, archived }, ctx) => {
    const { db } = ctx.core;
    const unit = getUnitRow(db, id);
    if (!unit.parent_id) throw new AppError('INVALID_STATE', '镇/街道不能归档');
    if (archived) {
      const active = (db.prepare('SELECT count(*) AS n FROM org_unit WHERE parent_id = ? AND archived = 0').get(id) as { n: number }).n;
      if (active > 0) throw new AppError('INVALID_STATE', `“${unit.name}”下还有${active}个未归档的下级单元，请先移走或归档`);
    } else {
      const parent = getUnitRow(db, unit.parent_id);
      if (parent.archived) throw new AppError('INVALID_STATE', `上级“${parent.name}”已归档，请先恢复上级`);
    }
    ctx.core.writer.transaction(ctx.actor, (tx) => tx.update('org_unit', id, { archived: archived ? 1 : 0 }));
    return getUnit(db, id);
  },

  'org.grids': ({ parentId, includeArchived }, { core }) => {
    const ranges = gridSizeRanges(core.db);
    const rows = core.db
      .prepare(
        `SELECT g.*, p.name AS parent_name,
           (SELECT count(DISTINCT a.staff_id) FROM staff_assignment a JOIN staff s ON s.id = a.staff_id AND s.archived = 0 WHERE a.unit_id = g.id) AS staff_count,
           (SELECT s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id WHERE a.unit_id = g.id AND a.team_role = 'leader' AND s.archived = 0 LIMIT 1) AS leader_name
         FROM org_unit g LEFT JOIN org_unit p ON p.id = g.parent_id
         WHERE g.kind = 'grid' ${parentId ? 'AND g.parent_id = @parentId' : ''} ${includeArchived ? '' : 'AND g.archived = 0'}
         ORDER BY g.code`,
      )
      .all(parentId ? { parentId } : {}) as (OrgUnitDbRow & { parent_name: string | null; staff_count: number; leader_name: string | null })[];
    const figures = gridPopulation(core.db);
    return rows.map((r): GridRow => {
      const f = figures.get(r.id);
      const shown = f?.shown ?? { households: r.households, registered: r.population_registered, floating: r.population_floating };
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        gridType: r.grid_type,
        parentId: r.parent_id,
        villageName: r.parent_name ?? '',
        households: shown.households,
        populationRegistered: shown.registered,
        populationFloating: shown.floating,
        populationSource: f?.source ?? 'typed',
        staffCount: r.staff_count,
        leaderName: r.leader_name,
        sizeWarning: gridSizeWarning(shown.households, r.grid_type, ranges),
        archived: r.archived === 1,
      };
    });
  },

  'org.gridSizeRanges': (_input, { core }) => gridSizeRanges(core.db),
  'org.population': ({ unitId }, { core }) => populationReport(core.db, unitId ?? null),
  'org.setGridSizeRanges': (input, ctx) => {
    ctx.core.writer.transaction(ctx.actor, (tx) => writeSetting(tx, SETTING_KEYS.gridSizeRanges, input));
    return gridSizeRanges(ctx.core.db);
  },
};

/** A boundary is a GeoJSON Polygon or MultiPolygon whose rings are closed. */
export function validateBoundary(boundary: string): void {
  let geo: { type?: string; coordinates?: unknown };
  try {
    geo = JSON.parse(boundary) as typeof geo;
  } catch {
    throw new AppError('BAD_INPUT', '边界不是有效的 GeoJSON');
  }
  const polygons: unknown[] =
    geo.type === 'Polygon' ? [geo.coordinates] : geo.type === 'MultiPolygon' && Array.isArray(geo.coordinates) ? geo.coordinates : [];
  if (polygons.length === 0) throw new AppError('BAD_INPUT', '边界必须是 Polygon 或 MultiPolygon');
  for (const poly of polygons) {
    if (!Array.isArray(poly) || poly.length === 0) throw new AppError('BAD_INPUT', '边界多边形为空');
    for (const ring of poly as unknown[]) {
      if (!Array.isArray(ring) || ring.length < 4) throw new AppError('BAD_INPUT', '边界多边形至少需要4个点（首尾相同）');
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (!Array.isArray(first) || !Array.isArray(last) || first[0] !== last[0] || first[1] !== last[1]) {
        throw new AppError('BAD_INPUT', '边界多边形未闭合（首尾坐标不同）');
      }
    }
  }
}

