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
import { PINYIN_ROWIDS, pinyinArgs } from './person-search';
import { gridWalk, pageLimit, likeContains, manyMatches, orderBy, searchKind, Where, type PageInput, type SortColumn } from './query-kit';

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
  if (q) searchPeople(w, q, env);
  return w;
}

/** The person_fts columns a search of text reads, and those of numbers (roles allowed to only). */
const TEXT_COLUMNS = '{name address household_address employer}';
const NUMBER_COLUMNS = '{citizen_id phone}';

/** Candidates through the trigram index (a superset of the LIKE matches; the LIKE decides). */
function ftsCandidates(env: QueryEnv, columns: string, q: string): [string, string] {
  return [`${candidate(env)} IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)`, `${columns} : "${q.replace(/"/g, '""')}"`];
}

/**
 * How a search's candidates (rowids found through an index) are tested: in a small scope the
 * scope's grid index is read and each entry looked up among the candidates (`+` keeps SQLite
 * from reading every candidate's row instead, most of them in other grids); otherwise each
 * candidate's row is read.
 */
function candidate(env: QueryEnv): string {
  return env.scope && env.wide?.() === false ? '+p.rowid' : 'p.rowid';
}

/**
 * The search box, by what was typed (each path through an index, never a scan of the town):
 * - letters: pinyin initials by prefix (the name_py index), or inside a name written in Latin
 *   letters (the person_latin_name partial index);
 * - a whole citizen ID (18 characters) or mobile number (11 digits): exact lookups; for roles
 *   that may read them, other digit fragments through the trigram index (then LIKE);
 * - other text of 3 or more characters: the trigram index, then LIKE on the candidates;
 * - 1 or 2 characters: LIKE over the scope's people through the grid index when the scope
 *   holds at most SHORT_SEARCH_SCAN people; in a larger scope, names starting with them (the
 *   name index), since a fragment that short would otherwise read every person.
 */
function searchPeople(w: Where, q: string, env: QueryEnv): void {
  const kind = searchKind(q);
  if (kind === 'pinyin') {
    // name_py holds lower-case initials and digits only (nameInitials), so the prefix is a range.
    // Each half through its own index (SQLite's OR plan cannot use the partial one): their union.
    w.add(`${candidate(env)} IN (${PINYIN_ROWIDS})`, ...pinyinArgs(q));
    // One letter: a twentieth of a town's names begin with its initial.
    w.broad = q.length === 1 && env.wide?.() === true;
  } else if (kind === 'digits') {
    const id = q.toUpperCase();
    if (!env.searchSensitive || WHOLE_ID.test(id) || WHOLE_MOBILE.test(q)) w.add('(p.citizen_id = ? OR p.phone = ?)', id, q);
    else {
      const [sql, match] = ftsCandidates(env, NUMBER_COLUMNS, q);
      w.add(`${sql} AND (p.citizen_id LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\')`, match, likeContains(id), likeContains(q));
    }
  } else {
    const like = likeContains(q);
    const anyColumn = `(p.name LIKE ? ESCAPE '\\' OR p.address LIKE ? ESCAPE '\\' OR p.household_address LIKE ? ESCAPE '\\' OR p.employer LIKE ? ESCAPE '\\')`;
    if ([...q].length >= 3) {
      const [sql, match] = ftsCandidates(env, TEXT_COLUMNS, q);
      w.add(`${sql} AND ${anyColumn}`, match, like, like, like, like);
    } else if (env.wide?.() !== true) w.add(anyColumn, like, like, like, like);
    else {
      w.add('p.name >= ? AND p.name < ?', q, `${q}\u{10FFFF}`);
      w.broad = [...q].length === 1;
    }
  }
}

/** A whole 18-character citizen ID; an 11-digit mobile number. */
const WHOLE_ID = /^\d{17}[\dX]$/;
const WHOLE_MOBILE = /^1\d{10}$/;

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
  // One household's members in 户口簿 order (head first); otherwise grid, household, name.
  const fallback = f.householdId ? MEMBER_ORDER : 'g.code, hh.household_no, p.name_py, p.id';
  const order = orderBy(PERSON_SORT, page, fallback);
  if (!page) return (db.cached(`${PERSON_SELECT} ${w.sql} ${order}`).all(w.params) as PersonDbRow[]).map((r) => toPersonRow(r, env));
  let from = 'person p JOIN org_unit g ON g.id = p.grid_id LEFT JOIN household hh ON hh.id = p.household_id';
  if (!page.sort && !f.householdId && manyMatches(db, 'person p', w, env, env.denseMatches)) {
    // Many matches: walk the grids in code order, one grid's people (through its index) at a time.
    const walk = gridWalk(db, w, env, page);
    page = walk.page;
    from = `${walk.join} person p INDEXED BY ${f.includeArchived ? 'person_grid' : 'person_grid_live'} ON p.grid_id = g.id
      LEFT JOIN household hh ON hh.id = p.household_id`;
  }
  // The page's rows are chosen by their sort keys alone, then read whole (half the sorting work).
  const rows = db
    .cached(`SELECT p.*, g.name AS grid_name, hh.household_no AS household_no
      FROM (SELECT p.rowid AS rid FROM ${from} ${w.sql} ${order} ${pageLimit(w, page)}) k
      CROSS JOIN person p ON p.rowid = k.rid JOIN org_unit g ON g.id = p.grid_id LEFT JOIN household hh ON hh.id = p.household_id ${order}`)
    .all(w.params) as PersonDbRow[];
  return rows.map((r) => toPersonRow(r, env));
}

export function getPersonRow(db: ReadDb, id: string): PersonDbRow | undefined {
  return db.prepare(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as PersonDbRow | undefined;
}
