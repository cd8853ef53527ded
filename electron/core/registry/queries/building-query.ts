// Buildings (楼栋) of the community grids.
import type { BuildingFilter } from '../../../../shared/registry/ledger-filters';
import type { BuildingRow } from '../../../../shared/registry/registry-records';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { likeContains, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface BuildingDbRow {
  id: string;
  grid_id: string;
  name: string;
  address: string;
  floors: number | null;
  notes: string | null;
  archived: number;
  grid_name: string;
  house_count: number;
}

export const BUILDING_SELECT = `SELECT b.*, g.name AS grid_name,
    (SELECT count(*) FROM house h WHERE h.building_id = b.id AND h.archived = 0) AS house_count
  FROM building b JOIN org_unit g ON g.id = b.grid_id`;

export function buildingWhere(f: BuildingFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('b.archived = 0');
  if (env.scope) w.in('b.grid_id', env.scope);
  const q = f.search?.trim();
  if (q) {
    const s = likeContains(q);
    w.add(`(b.name LIKE ? ESCAPE '\\' OR b.address LIKE ? ESCAPE '\\')`, s, s);
  }
  return w;
}

export function toBuildingRow(r: BuildingDbRow): BuildingRow {
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    name: r.name,
    address: r.address,
    floors: r.floors,
    houseCount: r.house_count,
    notes: r.notes,
    archived: r.archived === 1,
  };
}


const BUILDING_SORT: Record<LedgerSortField<'building'>, SortColumn> = {
  name: 'b.name',
  address: 'b.address',
  floors: 'b.floors',
  houseCount: 'house_count',
  grid: 'g.code',
};

export function listBuildings(db: ReadDb, f: BuildingFilter, env: QueryEnv, page: PageInput | null): BuildingRow[] {
  const w = buildingWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return (db.prepare(`${BUILDING_SELECT} ${w.sql} ${orderBy(BUILDING_SORT, page, 'g.code, b.name, b.id')} ${limit}`).all(w.params) as BuildingDbRow[]).map(toBuildingRow);
}

export function getBuildingRow(db: ReadDb, id: string): BuildingDbRow | undefined {
  return db.prepare(`${BUILDING_SELECT} WHERE b.id = ?`).get(id) as BuildingDbRow | undefined;
}
