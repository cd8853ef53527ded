// Special populations (特殊人群, sensitive): filter, search and rows with visit figures.
import { maskRow } from '../../../../shared/registry/fields/field-def';
import { SPECIAL_FIELDS } from '../../../../shared/registry/fields/special-fields';
import type { SpecialFilter } from '../../../../shared/registry/ledger-filters';
import type { SpecialRow, SpecialVisit } from '../../../../shared/registry/registry-records';
import type { SpecialKind, SpecialStatus, SupervisionLevel, VisitMethod } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { likeContains, likePrefix, searchKind, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface SpecialDbRow {
  id: string;
  person_id: string;
  grid_id: string;
  kind: SpecialKind;
  supervision_level: SupervisionLevel;
  start_date: string | null;
  end_date: string | null;
  helper_name: string | null;
  helper_phone: string | null;
  status: SpecialStatus;
  notes: string | null;
  archived: number;
  grid_name: string;
  name: string;
  citizen_id: string;
  gender: 'M' | 'F' | null;
  birth_date: string | null;
  phone: string | null;
  address: string | null;
  last_visit: string | null;
  visit_count: number;
}

export const SPECIAL_SELECT = `SELECT s.*, g.name AS grid_name, p.name, p.citizen_id, p.gender, p.birth_date, p.phone, p.address,
    (SELECT max(v.visit_date) FROM special_visit v WHERE v.special_id = s.id) AS last_visit,
    (SELECT count(*) FROM special_visit v WHERE v.special_id = s.id) AS visit_count
  FROM special_person s JOIN person p ON p.id = s.person_id JOIN org_unit g ON g.id = s.grid_id`;

export function specialWhere(f: SpecialFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('s.archived = 0');
  if (env.scope) w.in('s.grid_id', env.scope);
  if (f.kinds?.length) w.in('s.kind', f.kinds);
  if (f.supervisionLevel) w.add('s.supervision_level = ?', f.supervisionLevel);
  if (f.status) w.add('s.status = ?', f.status);
  const q = f.search?.trim();
  if (q) {
    const kind = searchKind(q);
    if (kind === 'pinyin') w.add(`(p.name_py LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`, likePrefix(q.toLowerCase()), likeContains(q));
    else if (kind === 'digits') {
      if (env.searchSensitive) w.add(`(p.citizen_id LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\')`, likeContains(q.toUpperCase()), likeContains(q));
      else w.add('(p.citizen_id = ? OR p.phone = ?)', q.toUpperCase(), q);
    } else {
      const s = likeContains(q);
      w.add(`(p.name LIKE ? ESCAPE '\\' OR p.address LIKE ? ESCAPE '\\' OR s.helper_name LIKE ? ESCAPE '\\')`, s, s, s);
    }
  }
  return w;
}

export function toSpecialRow(r: SpecialDbRow, env: Pick<QueryEnv, 'mask'> & Partial<Pick<QueryEnv, 'searchSensitive'>>): SpecialRow {
  const row: SpecialRow = {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    citizenId: r.citizen_id,
    gender: r.gender,
    birthDate: r.birth_date,
    phone: r.phone,
    address: r.address,
    gridId: r.grid_id,
    gridName: r.grid_name,
    kind: r.kind,
    supervisionLevel: r.supervision_level,
    startDate: r.start_date,
    endDate: r.end_date,
    helperName: r.helper_name,
    helperPhone: r.helper_phone,
    status: r.status,
    notes: r.notes,
    lastVisitDate: r.last_visit,
    visitCount: r.visit_count,
    archived: r.archived === 1,
  };
  // Personal data is masked as the field definitions say, unless the role may see it.
  return env.mask ? maskRow(SPECIAL_FIELDS.fields, row, { keepBirth: env.searchSensitive }) : row;
}


const SPECIAL_SORT: Record<LedgerSortField<'special'>, SortColumn> = {
  name: { sql: ['p.name_py', 'p.name'] },
  kind: 's.kind',
  supervisionLevel: 's.supervision_level',
  status: 's.status',
  lastVisitDate: 'last_visit',
  visitCount: 'visit_count',
  grid: 'g.code',
};

export function listSpecials(db: ReadDb, f: SpecialFilter, env: QueryEnv, page: PageInput | null): SpecialRow[] {
  const w = specialWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return (db.prepare(`${SPECIAL_SELECT} ${w.sql} ${orderBy(SPECIAL_SORT, page, 'g.code, s.kind, p.name_py, s.id')} ${limit}`).all(w.params) as SpecialDbRow[]).map((r) => toSpecialRow(r, env));
}

export function getSpecialRow(db: ReadDb, id: string): SpecialDbRow | undefined {
  return db.prepare(`${SPECIAL_SELECT} WHERE s.id = ?`).get(id) as SpecialDbRow | undefined;
}

interface VisitDbRow {
  id: string;
  special_id: string;
  visit_date: string;
  visitor: string;
  method: VisitMethod;
  content: string;
  finding: string | null;
  created_at: string;
}

export function toVisit(r: VisitDbRow): SpecialVisit {
  return { id: r.id, specialId: r.special_id, visitDate: r.visit_date, visitor: r.visitor, method: r.method, content: r.content, finding: r.finding, createdAt: r.created_at };
}

export function listVisits(db: ReadDb, specialId: string): SpecialVisit[] {
  return (db.prepare('SELECT * FROM special_visit WHERE special_id = ? ORDER BY visit_date DESC, created_at DESC').all(specialId) as VisitDbRow[]).map(toVisit);
}

export function getVisit(db: ReadDb, id: string): SpecialVisit | undefined {
  const r = db.prepare('SELECT * FROM special_visit WHERE id = ?').get(id) as VisitDbRow | undefined;
  return r ? toVisit(r) : undefined;
}
