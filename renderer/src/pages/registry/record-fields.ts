// The editable fields of each ledger record, in form order, with the contract's schemas. The
// controls follow from the field definitions (shared/registry/fields).
import type { z } from 'zod';
import {
  disputeCreateInput,
  disputeUpdateInput,
  facilityCreateInput,
  facilityUpdateInput,
  houseCreateInput,
  houseUpdateInput,
  organisationCreateInput,
  organisationUpdateInput,
  personCreateInput,
  personUpdateInput,
  specialUpdateInput,
} from '../../../../shared/registry/registry-inputs';
import { formFields, type LedgerField } from '../../../../shared/registry/fields';
import { formControlOf, type FormControl } from '../../../../shared/registry/fields/field-def';
import { GENDER_LABELS } from '../../../../shared/registry/registry-types';

export type FieldKind = FormControl;

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  options?: Readonly<Record<string, string>>;
  required?: boolean;
  /** Grid columns the field spans (of 3). */
  span?: 1 | 2 | 3;
  placeholder?: string;
  /** Shown only when the other fields say so. */
  when?: (values: Record<string, unknown>) => boolean;
}

export type EditableKind = 'person' | 'house' | 'organisation' | 'facility' | 'special' | 'dispute';

export interface FormDef {
  title: string;
  fields: FieldSpec[];
  create?: z.ZodType;
  update: z.ZodType;
}

/** A form control from a field's definition (shared/registry/fields). */
function controlOf(f: LedgerField): FieldSpec {
  const form = f.form || {};
  const kind = formControlOf(f);
  return {
    name: f.input ?? f.key,
    label: form.label ?? f.label,
    kind,
    options: kind === 'select' || kind === 'multi' ? (form.options ?? (f.type === 'gender' ? GENDER_LABELS : f.enum?.labels)) : undefined,
    required: f.required,
    span: form.span,
    placeholder: form.placeholder,
    when: form.when,
  };
}

const formOf = (kind: EditableKind, title: string, update: z.ZodType, create?: z.ZodType): FormDef => ({
  title,
  create,
  update,
  fields: formFields(kind).map(controlOf),
});

export const FORM_DEFS: Record<EditableKind, FormDef> = {
  person: formOf('person', '人员', personUpdateInput, personCreateInput),
  house: formOf('house', '房屋', houseUpdateInput, houseCreateInput),
  organisation: formOf('organisation', '单位场所', organisationUpdateInput, organisationCreateInput),
  facility: formOf('facility', '部件设施', facilityUpdateInput, facilityCreateInput),
  special: formOf('special', '特殊人群', specialUpdateInput),
  dispute: formOf('dispute', '矛盾纠纷', disputeUpdateInput, disputeCreateInput),
};

export const CREATE_METHODS = {
  person: 'registry.createPerson',
  house: 'registry.createHouse',
  organisation: 'registry.createOrganisation',
  facility: 'registry.createFacility',
  dispute: 'registry.createDispute',
} as const;

export const UPDATE_METHODS = {
  person: 'registry.updatePerson',
  house: 'registry.updateHouse',
  organisation: 'registry.updateOrganisation',
  facility: 'registry.updateFacility',
  special: 'registry.updateSpecial',
  dispute: 'registry.updateDispute',
} as const;

/** A value that arrived masked ('330782********0016', '138****5678'). */
export function isMasked(v: unknown): boolean {
  return typeof v === 'string' && v.includes('*');
}
