// Organisations and premises (单位场所, incl. 九小场所 and 三合一).
import type { OrganisationFilter } from '../../../../shared/registry/ledger-filters';
import type { OrganisationRow } from '../../../../shared/registry/registry-records';
import type { OrgKind, SafetyGrade } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { maskRow } from '../../../../shared/registry/fields/field-def';
import { ORGANISATION_FIELDS } from '../../../../shared/registry/fields/organisation-fields';
import { likeContains, likePrefix, searchKind, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface OrganisationDbRow {
  id: string;
  grid_id: string;
  name: string;
  kind: OrgKind;
  address: string | null;
  legal_person: string | null;
  phone: string | null;
  credit_code: string | null;
  employees: number | null;
  area_m2: number | null;
  safety_grade: SafetyGrade | null;
  key_supervision: number;
  notes: string | null;
  archived: number;
  grid_name: string;
}

export const ORGANISATION_SELECT = `SELECT o.*, g.name AS grid_name FROM organisation o JOIN org_unit g ON g.id = o.grid_id`;

export function organisationWhere(f: OrganisationFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('o.archived = 0');
  if (env.scope) w.in('o.grid_id', env.scope);
  if (f.kinds?.length) w.in('o.kind', f.kinds);
  if (f.safetyGrades?.length) w.in('o.safety_grade', f.safetyGrades);
  if (f.keySupervision !== undefined) w.add('o.key_supervision = ?', f.keySupervision ? 1 : 0);
  const q = f.search?.trim();
  if (q) {
    if (searchKind(q) === 'pinyin') w.add(`(o.name_py LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')`, likePrefix(q.toLowerCase()), likeContains(q));
    else {
      const s = likeContains(q);
      // A contact mobile is found by a fragment only by roles that see it; others need all of it.
      const phone = env.searchSensitive ? `o.phone LIKE ? ESCAPE '\\'` : 'o.phone = ?';
      w.add(`(o.name LIKE ? ESCAPE '\\' OR o.address LIKE ? ESCAPE '\\' OR o.legal_person LIKE ? ESCAPE '\\' OR ${phone} OR o.credit_code LIKE ? ESCAPE '\\')`, s, s, s, env.searchSensitive ? s : q, s);
    }
  }
  return w;
}

export function toOrganisationRow(r: OrganisationDbRow, env: Pick<QueryEnv, 'mask'>): OrganisationRow {
  const row: OrganisationRow = {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    name: r.name,
    kind: r.kind,
    address: r.address,
    legalPerson: r.legal_person,
    phone: r.phone,
    creditCode: r.credit_code,
    employees: r.employees,
    areaM2: r.area_m2,
    safetyGrade: r.safety_grade,
    keySupervision: r.key_supervision === 1,
    notes: r.notes,
    archived: r.archived === 1,
  };
  return env.mask ? maskRow(ORGANISATION_FIELDS.fields, row) : row;
}


const ORGANISATION_SORT: Record<LedgerSortField<'organisation'>, SortColumn> = {
  name: { sql: ['o.name_py', 'o.name'] },
  kind: 'o.kind',
  address: 'o.address',
  employees: 'o.employees',
  areaM2: 'o.area_m2',
  safetyGrade: 'o.safety_grade',
  keySupervision: 'o.key_supervision',
  grid: 'g.code',
};

export function listOrganisations(db: ReadDb, f: OrganisationFilter, env: QueryEnv, page: PageInput | null): OrganisationRow[] {
  const w = organisationWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return (db.prepare(`${ORGANISATION_SELECT} ${w.sql} ${orderBy(ORGANISATION_SORT, page, 'g.code, o.kind, o.name_py, o.id')} ${limit}`).all(w.params) as OrganisationDbRow[]).map((r) => toOrganisationRow(r, env));
}

export function getOrganisationRow(db: ReadDb, id: string): OrganisationDbRow | undefined {
  return db.prepare(`${ORGANISATION_SELECT} WHERE o.id = ?`).get(id) as OrganisationDbRow | undefined;
}
