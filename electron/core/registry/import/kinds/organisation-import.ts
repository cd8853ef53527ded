// Importing organisations and premises (单位场所, 九小场所, 三合一): matched by grid + name.
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import { nameInitials } from '../../name-initials';
import type { ImportAdapter } from '../import-adapter';
import { KeyedLookup, splitKey } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = ['grid_id', 'name', 'name_py', 'kind', 'address', 'legal_person', 'phone', 'credit_code', 'employees', 'area_m2', 'safety_grade', 'key_supervision', 'notes'] as const;

export interface OrganisationState {
  existing: KeyedLookup<{ id: string; row: Row }>;
}

export const organisationImport: ImportAdapter<OrganisationState> = {
  spec: IMPORT_SPECS.organisation,
  table: 'organisation',
  keyLabel: '单位名称',

  load({ db }) {
    const stmt = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM organisation WHERE grid_id = ? AND name = ? AND archived = 0 ORDER BY rowid DESC LIMIT 1`);
    const existing = new KeyedLookup((key) => {
      const [gridId, name] = splitKey(key);
      const r = stmt.get(gridId, name) as (Row & { id: string }) | undefined;
      return r && { id: r.id, row: r };
    });
    return { existing };
  },

  check({ values: v }) {
    const reasons: string[] = [];
    const grid = v.grid as GridInfo;
    const name = text(v.name) ?? '';
    const columns: Row = { grid_id: grid?.id, name, name_py: nameInitials(name), kind: v.kind };
    put(columns, v, 'address', 'address');
    put(columns, v, 'legalPerson', 'legal_person');
    put(columns, v, 'phone', 'phone');
    put(columns, v, 'creditCode', 'credit_code', (x) => {
      const s = text(x)?.toUpperCase() ?? null;
      if (s && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) reasons.push(`统一社会信用代码“${s}”应为18位数字或大写字母`);
      return s;
    });
    put(columns, v, 'employees', 'employees', (x) => x);
    put(columns, v, 'areaM2', 'area_m2', (x) => x);
    put(columns, v, 'safetyGrade', 'safety_grade', (x) => x);
    put(columns, v, 'keySupervision', 'key_supervision', (x) => (x ? 1 : 0));
    put(columns, v, 'notes', 'notes');
    return { key: `${grid?.id}|${name}`, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.existing.get(key);
  },
};
