// Every importable ledger's field definitions (one file per ledger here). To add a field,
// add its definition to that ledger's file: import, template, export, history labels,
// masking, form and grid follow from it.
import type { ImportKind } from '../registry-types';
import { DISPUTE_FIELDS } from './dispute-fields';
import { FACILITY_FIELDS } from './facility-fields';
import type { LedgerField, LedgerFieldSet } from './field-def';
import { HOUSE_FIELDS } from './house-fields';
import { ORGANISATION_FIELDS } from './organisation-fields';
import { PERSON_FIELDS } from './person-fields';
import { SPECIAL_FIELDS } from './special-fields';

export const LEDGER_FIELDS: Record<ImportKind, LedgerFieldSet> = {
  person: PERSON_FIELDS,
  house: HOUSE_FIELDS,
  organisation: ORGANISATION_FIELDS,
  facility: FACILITY_FIELDS,
  special: SPECIAL_FIELDS,
  dispute: DISPUTE_FIELDS,
};

/** The fields of a ledger in the order its form shows them (those the form edits). */
export function formFields(kind: ImportKind): LedgerField[] {
  const set = LEDGER_FIELDS[kind];
  const editable = set.fields.filter((f) => f.form !== false);
  const order = set.formOrder ?? [];
  const rank = (f: LedgerField) => {
    const i = order.indexOf(f.key);
    return i < 0 ? order.length + editable.indexOf(f) : i;
  };
  return [...editable].sort((a, b) => rank(a) - rank(b));
}

export type { LedgerField, LedgerFieldSet } from './field-def';
