// The houses ledger (房屋, incl. 出租房屋): filter, search and rows.
import { maskRow } from '../../../../shared/registry/fields/field-def';
import { HOUSE_FIELDS } from '../../../../shared/registry/fields/house-fields';
import type { HouseFilter } from '../../../../shared/registry/ledger-filters';
import type { HouseRow } from '../../../../shared/registry/registry-records';
import type { HouseStructure, HouseUsage, Ownership, RentalUse } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { BUILDING_MATCHES, houseCharTallied, houseMatch, houseSearchRowids, wholeDigits } from './house-search';
import { gridWalk, pageLimit, likeContains, manyMatches, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface HouseDbRow {
  id: string;
  grid_id: string;
  building_id: string | null;
  address: string;
  address_key: string;
  unit: string | null;
  room: string | null;
  area_m2: number | null;
  structure: HouseStructure | null;
  ownership: Ownership | null;
  usage: HouseUsage;
  is_rental: number;
  rental_use: RentalUse | null;
  landlord_person_id: string | null;
  landlord_name: string | null;
  landlord_phone: string | null;
  landlord_citizen_id: string | null;
  occupants: number | null;
  notes: string | null;
  archived: number;
  grid_name: string;
  building_name: string | null;
  resident_count: number;
}

const HOUSE_COLUMNS = `SELECT h.*, g.name AS grid_name, b.name AS building_name,
    (SELECT count(*) FROM person p WHERE p.house_id = h.id AND p.archived = 0) AS resident_count`;

export const HOUSE_SELECT = `${HOUSE_COLUMNS}
  FROM house h JOIN org_unit g ON g.id = h.grid_id LEFT JOIN building b ON b.id = h.building_id`;

/** What a houses' filter reads (ledgers.ts counts from it too). */
export const HOUSE_FROM = 'house h LEFT JOIN building b ON b.id = h.building_id';

/** `tally`: one or two characters over a wide scope are counted from the character tallies (false: through the search index). */
export function houseWhere(f: HouseFilter, env: QueryEnv, prefix?: string, tally = true): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('h.archived = 0');
  if (env.scope) w.in('h.grid_id', env.scope);
  if (f.isRental !== undefined) w.add('h.is_rental = ?', f.isRental ? 1 : 0);
  if (f.usages?.length) w.in('h.usage', f.usages);
  if (f.buildingId) w.add('h.building_id = ?', f.buildingId);
  const q = f.search?.trim();
  if (q) {
    // The rule the search answers by: LIKE over the columns (IDs and phones only whole without sensitive.read).
    const s = likeContains(q);
    const digits = wholeDigits(q, env);
    const [check, ...args]: unknown[] = digits
      ? [`(h.address LIKE ? ESCAPE '\\' OR h.room = ? OR h.landlord_phone = ? OR h.landlord_citizen_id = ?)`, s, q, q, q.toUpperCase()]
      : env.searchSensitive
        ? [`(h.address LIKE ? ESCAPE '\\' OR h.landlord_name LIKE ? ESCAPE '\\' OR b.name LIKE ? ESCAPE '\\' OR h.landlord_phone LIKE ? ESCAPE '\\' OR h.landlord_citizen_id LIKE ? ESCAPE '\\')`, s, s, s, s, s]
        : [`(h.address LIKE ? ESCAPE '\\' OR h.landlord_name LIKE ? ESCAPE '\\' OR b.name LIKE ? ESCAPE '\\')`, s, s, s];
    // Over many houses, the candidates come from the search index (and buildings by name), the
    // rule checks them; one or two characters are counted from the tallies, their page reads the
    // grids holding it.
    w.walk = tally && houseCharTallied(f, q, env);
    const match = w.walk ? null : houseMatch(q, env);
    if (match == null) w.add(check as string, ...args);
    else {
      // The candidates as one set of rowids, so a page walking the grids tests each index entry
      // against it before reading the house.
      const found = [...(match ? ['SELECT rowid FROM house_fts WHERE house_fts MATCH ?'] : []), ...(digits ? [] : [BUILDING_MATCHES])];
      w.add(found.length ? `h.rowid IN (${found.join(' UNION ALL ')}) AND ${check as string}` : '0', ...(match ? [match] : []), ...(digits ? [] : [s]), ...args);
    }
  }
  return w;
}

export function toHouseRow(r: HouseDbRow, env: Pick<QueryEnv, 'mask'> & Partial<Pick<QueryEnv, 'searchSensitive'>>): HouseRow {
  const row: HouseRow = {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    buildingId: r.building_id,
    buildingName: r.building_name,
    address: r.address,
    unit: r.unit,
    room: r.room,
    areaM2: r.area_m2,
    structure: r.structure,
    ownership: r.ownership,
    usage: r.usage,
    isRental: r.is_rental === 1,
    rentalUse: r.rental_use,
    landlordPersonId: r.landlord_person_id,
    landlordName: r.landlord_name,
    landlordPhone: r.landlord_phone,
    landlordCitizenId: r.landlord_citizen_id,
    occupants: r.occupants,
    residentCount: r.resident_count,
    notes: r.notes,
    archived: r.archived === 1,
  };
  // Personal data is masked as the field definitions say, unless the role may see it.
  return env.mask ? maskRow(HOUSE_FIELDS.fields, row, { keepBirth: env.searchSensitive }) : row;
}


const HOUSE_SORT: Record<LedgerSortField<'house'>, SortColumn> = {
  address: 'h.address_key',
  areaM2: 'h.area_m2',
  usage: 'h.usage',
  structure: 'h.structure',
  isRental: 'h.is_rental',
  occupants: 'h.occupants',
  residentCount: 'resident_count',
  grid: 'g.code',
};

export function listHouses(db: ReadDb, f: HouseFilter, env: QueryEnv, page: PageInput | null): HouseRow[] {
  let w = houseWhere(f, env);
  const tallied = w.walk;
  let select = HOUSE_SELECT;
  let walked = false;
  if (page && !page.sort && (tallied || manyMatches(db, HOUSE_FROM, w, env, env.denseMatches))) {
    // Many matches, or counted from the tallies: walk the grids in code order, one grid's houses
    // (in address order) at a time.
    const walk = gridWalk(db, w, env, page);
    walked = true;
    page = walk.page;
    const found = tallied && walk.grids ? houseSearchRowids(db, f, env, walk.grids) : null;
    if (found) {
      // Counted from the tallies: of the few grids holding the page, the houses the tallies name
      // where a grid holds the search in a few, and the others' houses whole, checked by the
      // search's rule alone and sorted (no more than a page's worth of grids read).
      w = houseWhere(f, { ...env, scope: null, wide: () => false });
      w.add(`(h.rowid IN (SELECT value FROM json_each(?)) OR h.grid_id IN (SELECT value FROM json_each(?)))`, JSON.stringify(found.rowids), JSON.stringify(found.whole));
      // The page's houses chosen by their sort keys alone, then read whole (their residents
      // counted for the page only, not for every house sorted).
      const order = 'ORDER BY g.code, h.address_key, h.id';
      select = `${HOUSE_COLUMNS} FROM (SELECT h.rowid AS rid FROM house h JOIN org_unit g ON g.id = h.grid_id LEFT JOIN building b ON b.id = h.building_id
        ${w.sql} ${order} ${pageLimit(w, walk.page)}) k CROSS JOIN house h ON h.rowid = k.rid JOIN org_unit g ON g.id = h.grid_id LEFT JOIN building b ON b.id = h.building_id ${order}`;
      return (db.cached(select).all(w.params) as HouseDbRow[]).map((r) => toHouseRow(r, env));
    } else {
      if (walk.grids) {
        // Only the few grids holding the page: their houses are checked by the search's rule
        // alone (the same answer; the search index would be read whole to test them).
        w = houseWhere(f, { ...env, scope: walk.grids, wide: () => false });
        w.in('g.id', walk.grids);
      }
      select = `${HOUSE_COLUMNS} FROM ${walk.join} house h INDEXED BY ${f.includeArchived ? 'house_grid' : 'house_grid_live'} ON h.grid_id = g.id
        LEFT JOIN building b ON b.id = h.building_id`;
    }
  }
  // Counted from the tallies but not walked (a sorted page, an export): through the search index.
  if (tallied && !walked) w = houseWhere(f, env, undefined, false);
  const rows = db.cached(`${select} ${w.sql} ${orderBy(HOUSE_SORT, page, 'g.code, h.address_key, h.id')} ${page ? pageLimit(w, page) : ''}`).all(w.params) as HouseDbRow[];
  return rows.map((r) => toHouseRow(r, env));
}

export function getHouseRow(db: ReadDb, id: string): HouseDbRow | undefined {
  return db.prepare(`${HOUSE_SELECT} WHERE h.id = ?`).get(id) as HouseDbRow | undefined;
}
