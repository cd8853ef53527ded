// Grids and the organisation units above them, as the ledgers see them: a ledger belongs to
// a grid; asking for a village/community or a town means the grids under it (org/unit-grids.ts).
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';

export interface GridInfo {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  villageName: string;
  gridType: string | null;
  archived: boolean;
}

export function loadGrids(db: ReadDb, includeArchived = true): GridInfo[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.code, g.name, g.parent_id, g.grid_type, g.archived, coalesce(p.name, '') AS village_name
       FROM org_unit g LEFT JOIN org_unit p ON p.id = g.parent_id
       WHERE g.kind = 'grid' ${includeArchived ? '' : 'AND g.archived = 0'} ORDER BY g.code`,
    )
    .all() as { id: string; code: string; name: string; parent_id: string | null; grid_type: string | null; archived: number; village_name: string }[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    parentId: r.parent_id,
    villageName: r.village_name,
    gridType: r.grid_type,
    archived: r.archived === 1,
  }));
}

export interface UnitRef {
  id: string;
  kind: string;
  code: string;
  name: string;
  parentId: string | null;
}

export function getUnitRef(db: ReadDb, id: string): UnitRef {
  const u = db.prepare('SELECT id, kind, code, name, parent_id AS parentId FROM org_unit WHERE id = ?').get(id) as UnitRef | undefined;
  if (!u) throw new AppError('NOT_FOUND', '组织单元不存在');
  return u;
}

export function requireGrid(db: ReadDb, gridId: string): GridInfo {
  const g = loadGridById(db, gridId);
  if (!g) throw new AppError('BAD_INPUT', '所属网格不存在，请选择一个网格');
  return g;
}

function loadGridById(db: ReadDb, id: string): GridInfo | null {
  const r = db
    .prepare(
      `SELECT g.id, g.code, g.name, g.parent_id, g.grid_type, g.archived, g.kind, coalesce(p.name, '') AS village_name
       FROM org_unit g LEFT JOIN org_unit p ON p.id = g.parent_id WHERE g.id = ?`,
    )
    .get(id) as { id: string; code: string; name: string; parent_id: string | null; grid_type: string | null; archived: number; kind: string; village_name: string } | undefined;
  if (!r || r.kind !== 'grid') return null;
  return { id: r.id, code: r.code, name: r.name, parentId: r.parent_id, villageName: r.village_name, gridType: r.grid_type, archived: r.archived === 1 };
}

/** Today's date in China (Asia/Shanghai, UTC+8 without DST) as YYYY-MM-DD. */
export function chinaToday(nowMs: number): string {
  return new Date(nowMs + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whole years between a birth date and a date (both YYYY-MM-DD). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  let age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}
