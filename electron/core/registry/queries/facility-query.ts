// Public facilities (部件): roads, street lights, drains, manholes, hydrants, cameras …
import type { FacilityFilter } from '../../../../shared/registry/ledger-filters';
import type { FacilityRow } from '../../../../shared/registry/registry-records';
import type { FacilityCondition, FacilityKind } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { likeContains, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface FacilityDbRow {
  id: string;
  grid_id: string;
  kind: FacilityKind;
  code: string;
  name: string | null;
  location: string | null;
  lon: number | null;
  lat: number | null;
  condition: FacilityCondition;
  custodian: string | null;
  notes: string | null;
  archived: number;
  grid_name: string;
}

export const FACILITY_SELECT = `SELECT f.*, g.name AS grid_name FROM facility f JOIN org_unit g ON g.id = f.grid_id`;

export function facilityWhere(f: FacilityFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('f.archived = 0');
  if (env.scope) w.in('f.grid_id', env.scope);
  if (f.kinds?.length) w.in('f.kind', f.kinds);
  if (f.conditions?.length) w.in('f.condition', f.conditions);
  const q = f.search?.trim();
  if (q) {
    const s = likeContains(q);
    w.add(`(f.code LIKE ? ESCAPE '\\' OR f.name LIKE ? ESCAPE '\\' OR f.location LIKE ? ESCAPE '\\' OR f.custodian LIKE ? ESCAPE '\\')`, s, s, s, s);
  }
  return w;
}

export function toFacilityRow(r: FacilityDbRow): FacilityRow {
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    kind: r.kind,
    code: r.code,
    name: r.name,
    location: r.location,
    lon: r.lon,
    lat: r.lat,
    condition: r.condition,
    custodian: r.custodian,
    notes: r.notes,
    archived: r.archived === 1,
  };
}


const FACILITY_SORT: Record<LedgerSortField<'facility'>, SortColumn> = {
  code: 'f.code',
  kind: 'f.kind',
  name: 'f.name',
  location: 'f.location',
  condition: 'f.condition',
  grid: 'g.code',
};

export function listFacilities(db: ReadDb, f: FacilityFilter, env: QueryEnv, page: PageInput | null): FacilityRow[] {
  const w = facilityWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return (db.prepare(`${FACILITY_SELECT} ${w.sql} ${orderBy(FACILITY_SORT, page, 'g.code, f.kind, f.code')} ${limit}`).all(w.params) as FacilityDbRow[]).map(toFacilityRow);
}

export function getFacilityRow(db: ReadDb, id: string): FacilityDbRow | undefined {
  return db.prepare(`${FACILITY_SELECT} WHERE f.id = ?`).get(id) as FacilityDbRow | undefined;
}
