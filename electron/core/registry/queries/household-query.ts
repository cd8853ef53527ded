// Households (户): filter, search and rows.
import type { HouseholdFilter } from '../../../../shared/registry/ledger-filters';
import type { HouseholdRow } from '../../../../shared/registry/registry-records';
import type { ReadDb } from '../../db/read-db';
import { phrase } from '../../db/trigram-terms';
import { householdCharTallied, householdSearchRowids } from './household-search';
import type { QueryEnv } from './query-env';
import { gridWalk, pageLimit, likeContains, manyMatches, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface HouseholdDbRow {
  id: string;
  grid_id: string;
  household_no: string;
  house_id: string | null;
  head_person_id: string | null;
  address: string | null;
  notes: string | null;
  archived: number;
  grid_name: string;
  head_name: string | null;
  member_count: number;
}

const HOUSEHOLD_COLUMNS = `SELECT hh.id, hh.grid_id, hh.household_no, hh.house_id, hh.head_person_id, hh.notes, hh.archived,
    coalesce(hh.address, hp.address) AS address, g.name AS grid_name, hp.name AS head_name,
    (SELECT count(*) FROM person p WHERE p.household_id = hh.id AND p.archived = 0) AS member_count`;

export const HOUSEHOLD_SELECT = `${HOUSEHOLD_COLUMNS}
  FROM household hh JOIN org_unit g ON g.id = hh.grid_id LEFT JOIN person hp ON hp.id = hh.head_person_id`;

/** What a households' filter reads (ledgers.ts counts from it too). */
export const HOUSEHOLD_FROM = 'household hh LEFT JOIN person hp ON hp.id = hh.head_person_id';

/** `tally`: one or two characters over a wide scope are counted from the character tallies (false: through the search index). */
export function householdWhere(f: HouseholdFilter, env: QueryEnv, prefix?: string, tally = true): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('hh.archived = 0');
  if (env.scope) w.in('hh.grid_id', env.scope);
  if (f.houseId) w.add('hh.house_id = ?', f.houseId);
  const q = f.search?.trim();
  if (q) {
    const s = likeContains(q);
    // Over a wide scope, a head's name searched by 1 or 2 characters without a digit is matched
    // as the names starting with them (as the people ledger's search over a wide scope).
    const wide = env.wide?.() === true;
    const [head, ...headArgs] = wide && [...q].length < 3 && !/\d/.test(q) ? ['(hp.name >= ? AND hp.name < ?)', q, `${q}\u{10FFFF}`] : [`hp.name LIKE ? ESCAPE '\\'`, s];
    // The rule the search answers by: LIKE over the number and the address, and the head's name.
    const check = `(hh.household_no LIKE ? ESCAPE '\\' OR hh.address LIKE ? ESCAPE '\\' OR ${head})`;
    // Over many households, the candidates come from the search index and the heads found by
    // name, the rule checks them; one or two characters are counted from the tallies, their page
    // reads the grids holding it.
    w.walk = tally && householdCharTallied(f, q, env);
    const match = wide && !w.walk ? env.trigram?.('household_vocab', q) : null;
    if (match == null) w.add(check, s, s, ...headArgs);
    else {
      // Heads by name: a fragment with a digit only among the few names holding one (a partial
      // index; the people's index would read every citizen ID's trigrams); 3 characters or more
      // through the people's index; 1–2 by the names' start.
      const [heads, ...args] = /\d/.test(q)
        ? [`SELECT id FROM person WHERE name GLOB '*[0-9]*' AND name LIKE ? ESCAPE '\\'`, s]
        : [...q].length >= 3
          ? ['SELECT id FROM person WHERE rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)', `name : ${phrase(q)}`]
          : ['SELECT id FROM person WHERE name >= ? AND name < ?', q, `${q}\u{10FFFF}`];
      const found = `SELECT rowid FROM household WHERE head_person_id IN (${heads})`;
      const indexed = match ? 'SELECT rowid FROM household_fts WHERE household_fts MATCH ? UNION ALL ' : '';
      w.add(`hh.rowid IN (${indexed}${found}) AND ${check}`, ...(match ? [match] : []), ...args, s, s, ...headArgs);
    }
  }
  return w;
}

export function toHouseholdRow(r: HouseholdDbRow): HouseholdRow {
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    householdNo: r.household_no,
    houseId: r.house_id,
    address: r.address,
    headPersonId: r.head_person_id,
    headName: r.head_name,
    memberCount: r.member_count,
    notes: r.notes,
    archived: r.archived === 1,
  };
}


const HOUSEHOLD_SORT: Record<LedgerSortField<'household'>, SortColumn> = {
  householdNo: 'hh.household_no',
  headName: 'hp.name_py',
  memberCount: 'member_count',
  address: 'coalesce(hh.address, hp.address)',
  grid: 'g.code',
};

export function listHouseholds(db: ReadDb, f: HouseholdFilter, env: QueryEnv, page: PageInput | null): HouseholdRow[] {
  let w = householdWhere(f, env);
  const tallied = w.walk;
  let select = HOUSEHOLD_SELECT;
  let walked = false;
  if (page && !page.sort && (tallied || manyMatches(db, HOUSEHOLD_FROM, w, env, env.denseMatches))) {
    // Many matches, or counted from the tallies: walk the grids in code order, one grid's
    // households (in number order) at a time.
    const walk = gridWalk(db, w, env, page);
    walked = true;
    page = walk.page;
    const found = tallied && walk.grids ? householdSearchRowids(db, f, env, walk.grids) : null;
    if (found) {
      // Counted from the tallies: of the few grids holding the page, the households the tallies
      // name where a grid holds the search in a few, and the others' households whole, checked
      // by the search's rule alone and sorted (no more than a page's worth of grids read).
      w = householdWhere(f, { ...env, scope: null, trigram: undefined });
      w.add(`(hh.rowid IN (SELECT value FROM json_each(?)) OR hh.grid_id IN (SELECT value FROM json_each(?)))`, JSON.stringify(found.rowids), JSON.stringify(found.whole));
      // The page's households chosen by their sort keys alone, then read whole (their members
      // counted for the page only, not for every household sorted).
      const order = 'ORDER BY g.code, hh.household_no, hh.id';
      const select = `${HOUSEHOLD_COLUMNS} FROM (SELECT hh.rowid AS rid FROM household hh JOIN org_unit g ON g.id = hh.grid_id LEFT JOIN person hp ON hp.id = hh.head_person_id
        ${w.sql} ${order} ${pageLimit(w, walk.page)}) k CROSS JOIN household hh ON hh.rowid = k.rid JOIN org_unit g ON g.id = hh.grid_id LEFT JOIN person hp ON hp.id = hh.head_person_id ${order}`;
      return (db.cached(select).all(w.params) as HouseholdDbRow[]).map(toHouseholdRow);
    } else {
      if (walk.grids) {
        // Only the few grids holding the page: their households are checked by the search's rule
        // alone (the same answer; the search index would be read whole to test them).
        w = householdWhere(f, { ...env, scope: walk.grids, trigram: undefined });
        w.in('g.id', walk.grids);
      }
      select = `${HOUSEHOLD_COLUMNS} FROM ${walk.join} household hh INDEXED BY ${f.includeArchived ? 'household_grid' : 'household_grid_no_live'} ON hh.grid_id = g.id
        LEFT JOIN person hp ON hp.id = hh.head_person_id`;
    }
  }
  // Counted from the tallies but not walked (a sorted page, an export): through the search index.
  if (tallied && !walked) w = householdWhere(f, env, undefined, false);
  return (db.cached(`${select} ${w.sql} ${orderBy(HOUSEHOLD_SORT, page, 'g.code, hh.household_no, hh.id')} ${page ? pageLimit(w, page) : ''}`).all(w.params) as HouseholdDbRow[]).map(toHouseholdRow);
}

export function getHouseholdRow(db: ReadDb, id: string): HouseholdDbRow | undefined {
  return db.prepare(`${HOUSEHOLD_SELECT} WHERE hh.id = ?`).get(id) as HouseholdDbRow | undefined;
}
