// Reading organisation units, staff and departments, mapped to the shared types.
import type { ReadDb } from '../db/read-db';
import type { Department, GridType, OrgUnit, Staff, UnitKind } from '../../../shared/org/org-types';
import { AppError } from '../../../shared/rpc/errors';

export interface OrgUnitDbRow {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
  level: number;
  code: string;
  name: string;
  grid_type: GridType | null;
  households: number;
  population_registered: number;
  population_floating: number;
  area_km2: number | null;
  boundary: string | null;
  archived: number;
  created_at: string;
}

export function toOrgUnit(r: OrgUnitDbRow, updatedAt?: string | null): OrgUnit {
  return {
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind,
    level: r.level,
    code: r.code,
    name: r.name,
    gridType: r.grid_type,
    households: r.households,
    populationRegistered: r.population_registered,
    populationFloating: r.population_floating,
    areaKm2: r.area_km2,
    boundary: r.boundary,
    archived: r.archived === 1,
    updatedAt: updatedAt ?? r.created_at,
  };
}

export function getUnitRow(db: ReadDb, id: string): OrgUnitDbRow {
  const row = db.prepare('SELECT * FROM org_unit WHERE id = ?').get(id) as OrgUnitDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '组织单元不存在');
  return row;
}

export function getUnit(db: ReadDb, id: string): OrgUnit {
  return toOrgUnit(getUnitRow(db, id));
}

export function listUnits(db: ReadDb, includeArchived: boolean): OrgUnit[] {
  const rows = db
    .prepare(`SELECT * FROM org_unit ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY level, code`)
    .all() as OrgUnitDbRow[];
  return rows.map((r) => toOrgUnit(r));
}

interface StaffDbRow {
  id: string;
  name: string;
  phone: string;
  gender: 'M' | 'F' | null;
  title: string;
  on_duty: number;
  archived: number;
}

export function toStaff(r: StaffDbRow): Staff {
  return { id: r.id, name: r.name, phone: r.phone, gender: r.gender, title: r.title, onDuty: r.on_duty === 1, archived: r.archived === 1 };
}

export function getStaff(db: ReadDb, id: string): Staff {
  const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '人员不存在');
  return toStaff(row);
}

export function listStaff(db: ReadDb, includeArchived: boolean): Staff[] {
  return (db.prepare(`SELECT * FROM staff ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY name`).all() as StaffDbRow[]).map(toStaff);
}

interface DepartmentDbRow {
  id: string;
  code: string;
  name: string;
  phone: string;
  categories: string;
  archived: number;
}

export function toDepartment(r: DepartmentDbRow): Department {
  return { id: r.id, code: r.code, name: r.name, phone: r.phone, categories: JSON.parse(r.categories) as string[], archived: r.archived === 1 };
}

export function getDepartment(db: ReadDb, id: string): Department {
  const row = db.prepare('SELECT * FROM department WHERE id = ?').get(id) as DepartmentDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '部门不存在');
  return toDepartment(row);
}

export function listDepartments(db: ReadDb, includeArchived: boolean): Department[] {
  return (db.prepare(`SELECT * FROM department ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY code`).all() as DepartmentDbRow[]).map(
    toDepartment,
  );
}
