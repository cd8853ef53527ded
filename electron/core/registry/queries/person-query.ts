// The people ledger (实有人口): filter, search and rows.
import { maskRow } from '../../../../shared/registry/fields/field-def';
import { PERSON_FIELDS } from '../../../../shared/registry/fields/person-fields';
import type { PersonFilter } from '../../../../shared/registry/ledger-filters';
import type { PersonRow } from '../../../../shared/registry/registry-records';
import type { CareTag, PoliticalStatus, ResidenceType } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import { ageOn } from '../unit-scope';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';
import { MEMBER_ORDER } from './member-order';
import type { QueryEnv } from './query-env';
import { likeContains, likePrefix, orderBy, searchKind, Where, type PageInput, type SortColumn } from './query-kit';

export interface PersonDbRow {
  id: string;
  citizen_id: string;
  name: string;
  gender: 'M' | 'F' | null;
  birth_date: string | null;
  ethnicity: string | null;
  phone: string | null;
  residence_type: ResidenceType;
  household_address: string | null;
  address: string | null;
  house_id: string | null;
  household_id: string | null;
  relation_to_head: string | null;
  employer: string | null;
  occupation: string | null;
  political_status: PoliticalStatus | null;
  care_tags: string | null;
  arrival_date: string | null;
  residence_reason: string | null;
  permit_no: string | null;
  nationality: string | null;
  notes: string | null;
  grid_id: string;
  archived: number;
  grid_name: string;
  household_no: string | null;
}

export const PERSON_SELECT = `SELECT p.*, g.name AS grid_name, hh.household_no AS household_no
  FROM person p JOIN org_unit g ON g.id = p.grid_id LEFT JOIN household hh ON hh.id = p.household_id`;

/** The birth date someone aged `years` today was born on or before. */
function bornBy(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

export function personWhere(f: PersonFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('p.archived = 0');
  if (env.scope) w.in('p.grid_id', env.scope);
  if (f.residenceType) w.add('p.residence_type = ?', f.residenceType);
  if (f.careTag) w.add(`p.care_tags LIKE ? ESCAPE '\\'`, likeContains(`"${f.careTag}"`));
  if (f.politicalStatuses?.length) w.in('p.political_status', f.politicalStatuses);
  if (f.gender) w.add('p.gender = ?', f.gender);
  if (f.ageMin !== undefined) w.add('p.birth_date <= ?', bornBy(env.today, f.ageMin));
  if (f.ageMax !== undefined) w.add('p.birth_date > ?', bornBy(env.today, f.ageMax + 1));
  if (f.houseId) w.add('p.house_id = ?', f.houseId);
  if (f.householdId) w.add('p.household_id = ?', f.householdId);
  if (f.inRental) w.add('p.house_id IN (SELECT id FROM house WHERE is_rental = 1)');
  const q = f.search?.trim();
  if (q) {
    const kind = searchKind(q);
    if (kind === 'pinyin') w.add(`(p.name_py LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`, likePrefix(q.toLowerCase()), likeContains(q));
    else if (kind === 'digits') {
      const id = q.toUpperCase();
      if (env.searchSensitive) w.add(`(p.citizen_id LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\')`, likeContains(id), likeContains(q));
      else w.add('(p.citizen_id = ? OR p.phone = ?)', id, q);
    } else {
      const like = likeContains(q);
      w.add(`(p.name LIKE ? ESCAPE '\\' OR p.address LIKE ? ESCAPE '\\' OR p.household_address LIKE ? ESCAPE '\\' OR p.employer LIKE ? ESCAPE '\\')`, like, like, like, like);
    }
  }
  return w;
}

export function parseTags(json: string | null): CareTag[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v.filter((t) => typeof t === 'string') as CareTag[]) : [];
  } catch {
    return [];
  }
}

export function toPersonRow(r: PersonDbRow, env: Pick<QueryEnv, 'mask' | 'today'> & Partial<Pick<QueryEnv, 'searchSensitive'>>): PersonRow {
  const row: PersonRow = {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, env.today),
    ethnicity: r.ethnicity,
    phone: r.phone,
    residenceType: r.residence_type,
    householdAddress: r.household_address,
    address: r.address,
    houseId: r.house_id,
    householdId: r.household_id,
    householdNo: r.household_no,
    relationToHead: r.relation_to_head,
    employer: r.employer,
    occupation: r.occupation,
    politicalStatus: r.political_status,
    careTags: parseTags(r.care_tags),
    arrivalDate: r.arrival_date,
    residenceReason: r.residence_reason,
    permitNo: r.permit_no,
    nationality: r.nationality,
    notes: r.notes,
    gridId: r.grid_id,
    gridName: r.grid_name,
    archived: r.archived === 1,
  };
  // Personal data is masked as the field definitions say, unless the role may see it.
  return env.mask ? maskRow(PERSON_FIELDS.fields, row, { keepBirth: env.searchSensitive }) : row;
}


const PERSON_SORT: Record<LedgerSortField<'person'>, SortColumn> = {
  name: { sql: ['p.name_py', 'p.name'] },
  age: { sql: ['p.birth_date'], reverse: true },
  birthDate: 'p.birth_date',
  gender: 'p.gender',
  residenceType: 'p.residence_type',
  householdNo: 'hh.household_no',
  address: 'p.address',
  grid: 'g.code',
};

export function listPeople(db: ReadDb, f: PersonFilter, env: QueryEnv, page: PageInput | null): PersonRow[] {
  const w = personWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  // One household's members in 户口簿 order (head first); otherwise grid, household, name.
  const fallback = f.householdId ? MEMBER_ORDER : 'g.code, hh.household_no, p.name_py, p.id';
  const rows = db.prepare(`${PERSON_SELECT} ${w.sql} ${orderBy(PERSON_SORT, page, fallback)} ${limit}`).all(w.params) as PersonDbRow[];
  return rows.map((r) => toPersonRow(r, env));
}

export function getPersonRow(db: ReadDb, id: string): PersonDbRow | undefined {
  return db.prepare(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as PersonDbRow | undefined;
}
