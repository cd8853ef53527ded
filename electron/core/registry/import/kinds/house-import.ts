// Importing houses (房屋, incl. rental premises): matched by grid + normalised full address
// (street address, building, unit and room). A 楼栋 column links to the grid's building of that name, created if
// new; a landlord's citizen ID is validated and linked to the person in the ledger.
import { addressKey } from '../../../../../shared/registry/address-key';
import { validateCitizenId } from '../../../../../shared/registry/citizen-id';
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import type { ImportAdapter, PlannedRow } from '../import-adapter';
import { KeyedLookup, splitKey } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = [
  'grid_id', 'building_id', 'address', 'address_key', 'unit', 'room', 'area_m2', 'structure', 'ownership', 'usage', 'is_rental', 'rental_use',
  'landlord_person_id', 'landlord_name', 'landlord_phone', 'landlord_citizen_id', 'occupants', 'notes',
] as const;

export interface HouseState {
  houses: KeyedLookup<{ id: string; row: Row }>;
  buildings: KeyedLookup<{ id: string; isNew: boolean; gridId: string; name: string }>;
  people: KeyedLookup<string>;
}

export const houseImport: ImportAdapter<HouseState> = {
  spec: IMPORT_SPECS.house,
  table: 'house',
  keyLabel: '房屋地址',

  load({ db }) {
    const house = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM house WHERE address_key = ? AND grid_id = ? AND archived = 0 ORDER BY rowid DESC LIMIT 1`);
    const houses = new KeyedLookup((key) => {
      const [gridId, address] = splitKey(key);
      const r = house.get(address, gridId) as (Row & { id: string }) | undefined;
      return r && { id: r.id, row: r };
    });
    const building = db.prepare('SELECT id FROM building WHERE grid_id = ? AND name = ? ORDER BY rowid DESC LIMIT 1').pluck();
    const buildings = new KeyedLookup((key) => {
      const [gridId, name] = splitKey(key);
      const id = building.get(gridId, name) as string | undefined;
      return id ? { id, isNew: false, gridId, name } : undefined;
    });
    const person = db.prepare('SELECT id FROM person WHERE citizen_id = ? ORDER BY rowid DESC LIMIT 1').pluck();
    const people = new KeyedLookup((citizenId) => person.get(citizenId) as string | undefined);
    return { houses, buildings, people };
  },

  check({ values: v }, state, ctx) {
    const reasons: string[] = [];
    const grid = v.grid as GridInfo;
    const address = text(v.address) ?? '';
    const buildingName = 'building' in v ? text(v.building) : null;
    const unit = 'unit' in v ? text(v.unit) : null;
    const room = 'room' in v ? text(v.room) : null;
    const addressKeyValue = addressKey(address, buildingName, unit, room);
    const key = `${grid?.id}|${addressKeyValue}`;
    const columns: Row = { grid_id: grid?.id, address, address_key: addressKeyValue };
    put(columns, v, 'unit', 'unit');
    put(columns, v, 'room', 'room');
    put(columns, v, 'areaM2', 'area_m2', (x) => x);
    put(columns, v, 'structure', 'structure', (x) => x);
    put(columns, v, 'ownership', 'ownership', (x) => x);
    put(columns, v, 'usage', 'usage', (x) => x ?? 'residential');
    put(columns, v, 'isRental', 'is_rental', (x) => (x ? 1 : 0));
    put(columns, v, 'rentalUse', 'rental_use', (x) => x);
    put(columns, v, 'landlordName', 'landlord_name');
    put(columns, v, 'landlordPhone', 'landlord_phone');
    put(columns, v, 'occupants', 'occupants', (x) => x);
    put(columns, v, 'notes', 'notes');
    if ('landlordCitizenId' in v) {
      const raw = text(v.landlordCitizenId);
      if (raw) {
        const r = validateCitizenId(raw, { today: ctx.today });
        if (!r.ok) reasons.push(`房东身份证号${r.reason}`);
        else {
          columns.landlord_citizen_id = r.normalized;
          columns.landlord_person_id = state.people.get(r.normalized) ?? null;
        }
      } else {
        columns.landlord_citizen_id = null;
        columns.landlord_person_id = null;
      }
    }
    if ('building' in v) {
      const name = text(v.building);
      if (name && grid) {
        const bkey = `${grid.id}|${name}`;
        let b = state.buildings.get(bkey);
        if (!b) {
          b = { id: ctx.newId(), isNew: true, gridId: grid.id, name };
          state.buildings.set(bkey, b);
        }
        columns.building_id = b.id;
      } else columns.building_id = null;
    }
    if (columns.is_rental === 0 && columns.rental_use) reasons.push('填写了出租用途，但“是否出租”为否');
    return { key, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.houses.get(key);
  },

  before(tx, rows: PlannedRow[], state) {
    const needed = new Set(rows.map((r) => r.columns.building_id).filter((id): id is string => typeof id === 'string'));
    let written = 0;
    for (const b of state.buildings.values()) {
      if (!b.isNew || !needed.has(b.id)) continue;
      tx.insert('building', { id: b.id, grid_id: b.gridId, name: b.name, address: '' });
      b.isNew = false;
      written++;
    }
    return written;
  },
};
