// Importing people (实有人口): matched by citizen ID. The ID is validated (check digit, birth
// date) and gives birth date and gender; a 户号 column groups people into households (new
// ones are created, the row with relation 户主 becomes the head; a household's address is its
// head's or its house's); a 现住址 matching a house of the grid links the person to it.
import { addressKey } from '../../../../../shared/registry/address-key';
import { validateCitizenId } from '../../../../../shared/registry/citizen-id';
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import { GENDER_LABELS, type Gender } from '../../../../../shared/registry/registry-types';
import type { NewRow, Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import { nameInitials } from '../../name-initials';
import type { ImportAdapter, ImportContext, PlannedRow } from '../import-adapter';
import { KeyedLookup, splitKey } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = [
  'citizen_id', 'name', 'name_py', 'phone', 'residence_type', 'grid_id', 'household_address', 'address', 'house_id', 'household_id',
  'relation_to_head', 'employer', 'occupation', 'political_status', 'care_tags', 'ethnicity', 'arrival_date', 'residence_reason',
  'permit_no', 'nationality', 'notes', 'dob_override', 'gender_override', 'archived',
] as const;

const HEAD_RELATIONS = new Set(['户主', '本人', '户主本人']);

interface HouseholdRef {
  id: string;
  head: string | null;
  houseId: string | null;
  isNew: boolean;
  gridId: string;
  householdNo: string;
}

export interface PersonState {
  people: KeyedLookup<{ id: string; row: Row }>;
  houses: KeyedLookup<string>;
  households: KeyedLookup<HouseholdRef>;
}

export const personImport: ImportAdapter<PersonState> = {
  spec: IMPORT_SPECS.person,
  table: 'person',
  keyLabel: '公民身份号码',

  load({ db }) {
    // A citizen ID two PCs registered apart (kept both until merged) matches the smallest id.
    const person = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM person WHERE citizen_id = ? ORDER BY id LIMIT 1`);
    const people = new KeyedLookup((citizenId) => {
      const r = person.get(citizenId) as (Row & { id: string }) | undefined;
      if (!r) return undefined;
      const { id, ...row } = r;
      return { id, row };
    });
    const house = db.prepare('SELECT id FROM house WHERE address_key = ? AND grid_id = ? AND archived = 0 ORDER BY rowid DESC LIMIT 1').pluck();
    const houses = new KeyedLookup((key) => {
      const [gridId, address] = splitKey(key);
      return house.get(address, gridId) as string | undefined;
    });
    const household = db.prepare('SELECT id, head_person_id, house_id FROM household WHERE grid_id = ? AND household_no = ? ORDER BY rowid DESC LIMIT 1');
    const households = new KeyedLookup<HouseholdRef>((key) => {
      const [gridId, householdNo] = splitKey(key);
      const h = household.get(gridId, householdNo) as { id: string; head_person_id: string | null; house_id: string | null } | undefined;
      return h && { id: h.id, head: h.head_person_id, houseId: h.house_id, isNew: false, gridId, householdNo };
    });
    return { people, houses, households };
  },

  check({ values: v }, state, ctx: ImportContext) {
    const reasons: string[] = [];
    const columns: Row = {};
    const grid = v.grid as GridInfo;
    const residenceType = v.residenceType as string;
    const raw = String(v.citizenId ?? '');
    const id = validateCitizenId(raw, { today: ctx.today });
    let citizenId = raw;
    if (id.ok) {
      citizenId = id.normalized;
      // Gender and birth date come from the ID; a cell that says otherwise is an error naming both.
      if (v.gender && v.gender !== id.gender) reasons.push(`性别“${GENDER_LABELS[v.gender as Gender]}”与身份证号对应的“${GENDER_LABELS[id.gender]}”不一致`);
      if (v.birthDate && v.birthDate !== id.birthDate) reasons.push(`出生日期${String(v.birthDate)}与身份证号对应的${id.birthDate}不一致`);
      if ('birthDate' in v) columns.dob_override = null;
      if ('gender' in v) columns.gender_override = null;
    } else if (residenceType === 'foreign' && /^[A-Z0-9]{5,20}$/.test(raw)) {
      put(columns, v, 'birthDate', 'dob_override', (x) => x);
      put(columns, v, 'gender', 'gender_override', (x) => x);
    } else if (raw !== '') {
      // An empty ID is already reported as a missing required field.
      reasons.push(`身份证号${id.reason}`);
    }
    columns.citizen_id = citizenId;
    columns.name = text(v.name);
    columns.name_py = columns.name ? nameInitials(columns.name as string) : '';
    columns.residence_type = residenceType;
    columns.grid_id = grid?.id;
    put(columns, v, 'phone', 'phone');
    put(columns, v, 'householdAddress', 'household_address');
    put(columns, v, 'relation', 'relation_to_head');
    put(columns, v, 'employer', 'employer');
    put(columns, v, 'occupation', 'occupation');
    put(columns, v, 'politicalStatus', 'political_status', (s) => (s === 'masses' || !s ? null : s));
    put(columns, v, 'careTags', 'care_tags', (t) => (Array.isArray(t) && t.length ? JSON.stringify([...t].sort()) : null));
    put(columns, v, 'ethnicity', 'ethnicity');
    put(columns, v, 'arrivalDate', 'arrival_date');
    put(columns, v, 'residenceReason', 'residence_reason');
    put(columns, v, 'permitNo', 'permit_no');
    put(columns, v, 'nationality', 'nationality');
    put(columns, v, 'notes', 'notes');
    if ('address' in v) {
      const address = text(v.address);
      columns.address = address;
      // Link to the grid's house at that address; without a match the current link stays.
      const house = address && grid ? state.houses.get(`${grid.id}|${addressKey(address)}`) : undefined;
      if (house) columns.house_id = house;
    }
    if ('householdNo' in v) {
      const no = text(v.householdNo);
      if (no && grid) {
        const key = `${grid.id}|${no}`;
        let hh = state.households.get(key);
        if (!hh) {
          hh = { id: ctx.newId(), head: null, houseId: null, isNew: true, gridId: grid.id, householdNo: no };
          state.households.set(key, hh);
        }
        columns.household_id = hh.id;
      } else columns.household_id = null;
    }
    // Someone archived (moved away) who is in the file again is active again.
    if (state.people.get(citizenId)?.row.archived === 1) columns.archived = 0;
    return { key: citizenId, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.people.get(key);
  },

  /** Creates the new households and sets heads (户主) and houses of households the rows belong to. */
  before(tx, rows: PlannedRow[], state) {
    const byId = new Map<string, HouseholdRef>();
    for (const hh of state.households.values()) byId.set(hh.id, hh);
    const wanted = new Map<string, { head: string | null; headHouseId: string | null; anyHouseId: string | null }>();
    for (const r of rows) {
      const hhId = r.columns.household_id as string | null | undefined;
      if (!hhId) continue;
      const w = wanted.get(hhId) ?? { head: null, headHouseId: null, anyHouseId: null };
      const isHead = HEAD_RELATIONS.has(String(r.columns.relation_to_head ?? ''));
      if (isHead) {
        w.head = r.id;
        w.headHouseId = (r.columns.house_id as string | null | undefined) ?? null;
      }
      if (!w.anyHouseId && r.columns.house_id) w.anyHouseId = r.columns.house_id as string;
      wanted.set(hhId, w);
    }
    let written = 0;
    for (const [hhId, w] of wanted) {
      const hh = byId.get(hhId);
      if (!hh) continue;
      if (hh.isNew) {
        const row: NewRow<'household'> = { id: hh.id, grid_id: hh.gridId, household_no: hh.householdNo };
        if (w.head) row.head_person_id = w.head;
        if (w.headHouseId ?? w.anyHouseId) row.house_id = w.headHouseId ?? w.anyHouseId;
        tx.insert('household', row);
        hh.isNew = false;
        written++;
      } else {
        const patch: Row = {};
        if (w.head && w.head !== hh.head) patch.head_person_id = w.head;
        if (w.head && w.headHouseId && w.headHouseId !== hh.houseId) patch.house_id = w.headHouseId;
        if (Object.keys(patch).length > 0) {
          tx.update('household', hh.id, patch);
          written++;
        }
      }
    }
    return written;
  },
};
