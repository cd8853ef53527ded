// Importing special-population records (特殊人群, needs 'special.read'): matched by the
// person's citizen ID + kind; the person must already be in the people ledger.
import { validateCitizenId } from '../../../../../shared/registry/citizen-id';
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { ImportAdapter } from '../import-adapter';
import { KeyedLookup, splitKey } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = ['person_id', 'grid_id', 'kind', 'supervision_level', 'start_date', 'end_date', 'helper_name', 'helper_phone', 'status', 'notes'] as const;

export interface SpecialState {
  people: KeyedLookup<{ id: string; name: string; gridId: string }>;
  existing: KeyedLookup<{ id: string; row: Row }>;
}

export const specialImport: ImportAdapter<SpecialState> = {
  spec: IMPORT_SPECS.special,
  table: 'special_person',
  keyLabel: '公民身份号码与人员类别',

  load({ db }) {
    const person = db.prepare('SELECT id, name, grid_id FROM person WHERE citizen_id = ? ORDER BY rowid DESC LIMIT 1');
    const people = new KeyedLookup((citizenId) => {
      const p = person.get(citizenId) as { id: string; name: string; grid_id: string } | undefined;
      return p && { id: p.id, name: p.name, gridId: p.grid_id };
    });
    const special = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM special_person WHERE person_id = ? AND kind = ? AND archived = 0 ORDER BY rowid DESC LIMIT 1`);
    const existing = new KeyedLookup((key) => {
      const [personId, kind] = splitKey(key);
      const r = special.get(personId, kind) as (Row & { id: string }) | undefined;
      return r && { id: r.id, row: r };
    });
    return { people, existing };
  },

  check({ values: v }, state, ctx) {
    const reasons: string[] = [];
    const raw = String(v.citizenId ?? '');
    const id = validateCitizenId(raw, { today: ctx.today });
    const cid = id.ok ? id.normalized : raw;
    if (!id.ok && raw !== '') reasons.push(`身份证号${id.reason}`);
    const person = state.people.get(cid);
    if (id.ok && !person) reasons.push('实有人口台账中没有该身份证号的人员，请先导入人员');
    const name = text(v.name);
    if (person && name && name !== person.name) reasons.push(`姓名与实有人口台账不一致（台账为“${person.name}”）`);
    const columns: Row = { person_id: person?.id, grid_id: person?.gridId, kind: v.kind, supervision_level: v.supervisionLevel };
    put(columns, v, 'startDate', 'start_date', (x) => x);
    put(columns, v, 'endDate', 'end_date', (x) => x);
    put(columns, v, 'helperName', 'helper_name');
    put(columns, v, 'helperPhone', 'helper_phone');
    put(columns, v, 'status', 'status', (x) => x ?? 'active');
    put(columns, v, 'notes', 'notes');
    if (columns.start_date && columns.end_date && String(columns.end_date) < String(columns.start_date)) reasons.push('解除日期早于列管日期');
    return { key: `${person?.id ?? cid}|${String(v.kind)}`, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.existing.get(key);
  },
};
