// One place per rule (issue 7 §4): a ledger field is defined once in shared/registry/fields,
// and the import columns, history labels, masking, export columns, form controls and grid
// columns follow from that definition.
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../../electron/core/registry/export/export-columns';
import { FIELD_LABELS, LEDGER_TABLES as TABLE, SENSITIVE_COLUMNS, VALUE_LABELS } from '../../../shared/registry/field-labels';
import { formFields, LEDGER_FIELDS } from '../../../shared/registry/fields';
import { formControlOf, maskRow } from '../../../shared/registry/fields/field-def';
import { IMPORT_SPECS } from '../../../shared/registry/import-fields';
import type { PersonRow } from '../../../shared/registry/registry-records';
import type { ImportKind } from '../../../shared/registry/registry-types';

const KINDS = Object.keys(LEDGER_FIELDS) as ImportKind[];
/** Grid columns that are not fields (figures the query adds). */
const GRID_EXTRAS = new Set(['genderAge', 'residentCount', 'lastVisitDate', 'visitCount']);

describe('ledger field definitions', () => {
  it('give each field one key, and name only defined fields in the form and grid orders', () => {
    for (const kind of KINDS) {
      const set = LEDGER_FIELDS[kind];
      const keys = set.fields.map((f) => f.key);
      expect(new Set(keys).size, kind).toBe(keys.length);
      for (const k of set.formOrder ?? []) expect(set.fields.find((f) => f.key === k && f.form !== false), `${kind} form ${k}`).toBeDefined();
      for (const k of set.gridOrder) expect(keys.includes(k) || GRID_EXTRAS.has(k), `${kind} grid ${k}`).toBe(true);
    }
  });

  it('are the import and export columns, in the same order', () => {
    for (const kind of KINDS) {
      const importable = LEDGER_FIELDS[kind].fields.filter((f) => f.importable !== false);
      expect(IMPORT_SPECS[kind].fields).toEqual(importable);
      expect(EXPORT_COLUMNS[kind].slice(0, importable.length).map((c) => c.header)).toEqual(importable.map((f) => f.label));
    }
  });

  it('label the history of every column a field sets, with coded values by their labels', () => {
    for (const kind of KINDS) {
      for (const f of LEDGER_FIELDS[kind].fields) {
        if (f.column === 'person_id' || f.key === 'householdNo') continue; // set through the person or the household
        expect(FIELD_LABELS[TABLE[kind]][f.column], `${kind}.${f.column}`).toBe(f.label);
        if (f.type === 'enum' && f.importable !== false) expect(VALUE_LABELS[`${TABLE[kind]}.${f.column}`]).toBe(f.enum!.labels);
      }
    }
  });

  it('decide what is masked and how, for history and for rows', () => {
    expect([...SENSITIVE_COLUMNS.entries()].sort()).toEqual([
      ['house.landlord_citizen_id', 'citizenId'],
      ['house.landlord_phone', 'phone'],
      ['organisation.phone', 'phone'],
      ['person.citizen_id', 'citizenId'],
      ['person.dob_override', 'birth'],
      ['person.phone', 'phone'],
    ]);
    const row = { citizenId: '330782198805120016', phone: '13857912345', name: '张伟', employer: '青溪镇五金厂', birthDate: '1988-05-12', age: 38 } as PersonRow;
    const masked = { citizenId: '330782********0016', phone: '138****2345', name: '张伟', employer: '青溪镇五金厂' };
    // The birth date is in the ID: masked with it for an account that may not see IDs …
    expect(maskRow(LEDGER_FIELDS.person.fields, row)).toEqual({ ...masked, birthDate: '****-**-**', age: null });
    // … kept for one that may (its list is masked only until it asks).
    expect(maskRow(LEDGER_FIELDS.person.fields, row, { keepBirth: true })).toEqual({ ...masked, birthDate: '1988-05-12', age: 38 });
  });

  it('give the record forms their controls, in form order', () => {
    const person = formFields('person');
    expect(person.map((f) => f.input ?? f.key).slice(0, 5)).toEqual(['name', 'citizenId', 'residenceType', 'gridId', 'phone']);
    const control = Object.fromEntries(person.map((f) => [f.input ?? f.key, formControlOf(f)]));
    expect(control).toMatchObject({ citizenId: 'sensitive', gridId: 'grid', relationToHead: 'text', ethnicity: 'select', careTags: 'multi', arrivalDate: 'date', notes: 'textarea' });
    expect(control.householdNo).toBeUndefined();
    expect(formFields('special').map((f) => f.key)).toEqual(['supervisionLevel', 'status', 'startDate', 'endDate', 'helperName', 'helperPhone', 'notes']);
    expect(formControlOf(LEDGER_FIELDS.organisation.fields.find((f) => f.key === 'phone')!)).toBe('text');
  });
});
