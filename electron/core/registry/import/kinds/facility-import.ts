// Importing public facilities (部件): matched by facility code.
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import type { ImportAdapter } from '../import-adapter';
import { KeyedLookup } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = ['grid_id', 'kind', 'code', 'name', 'location', 'lon', 'lat', 'condition', 'custodian', 'notes', 'archived'] as const;

export interface FacilityState {
  existing: KeyedLookup<{ id: string; row: Row }>;
}

export const facilityImport: ImportAdapter<FacilityState> = {
  spec: IMPORT_SPECS.facility,
  table: 'facility',
  keyLabel: '部件编码',

  load({ db }) {
    const stmt = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM facility WHERE code = ? ORDER BY rowid DESC LIMIT 1`);
    const existing = new KeyedLookup((key) => {
      const r = stmt.get(key) as (Row & { id: string }) | undefined;
      return r && { id: r.id, row: r };
    });
    return { existing };
  },

  check({ values: v }, state) {
    const reasons: string[] = [];
    const grid = v.grid as GridInfo;
    const code = text(v.code) ?? '';
    const columns: Row = { grid_id: grid?.id, code, kind: v.kind };
    put(columns, v, 'name', 'name');
    put(columns, v, 'location', 'location');
    put(columns, v, 'lon', 'lon', (x) => x);
    put(columns, v, 'lat', 'lat', (x) => x);
    put(columns, v, 'condition', 'condition', (x) => x ?? 'good');
    put(columns, v, 'custodian', 'custodian');
    put(columns, v, 'notes', 'notes');
    if (('lon' in v) !== ('lat' in v) || (v.lon == null) !== (v.lat == null)) reasons.push('经度和纬度须同时填写');
    if (state.existing.get(code)?.row.archived === 1) columns.archived = 0;
    return { key: code, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.existing.get(key);
  },
};
