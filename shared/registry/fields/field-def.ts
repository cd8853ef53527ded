// What a ledger field is, in one place: its label and the headers that mean it in an office's
// spreadsheet, how a cell is parsed and checked, the database column it sets, whether it is
// personal data and how that is masked, and how the form, the grid and the export show it.
// The import mapping, template, export columns, history labels, masking, form controls and
// grid columns are all derived from these definitions (see the per-ledger files here).
import { maskCitizenId, maskPhone } from '../citizen-id';
import type { EnumSpec } from '../cell-parse';

export type FieldType = 'text' | 'citizenId' | 'phone' | 'date' | 'time' | 'int' | 'decimal' | 'enum' | 'tags' | 'bool' | 'gender' | 'ethnicity' | 'grid';

/** Form controls; by default derived from the field's type (see `formControlOf`). */
export type FormControl = 'text' | 'textarea' | 'select' | 'multi' | 'date' | 'int' | 'decimal' | 'bool' | 'grid' | 'sensitive';

/**
 * How personal data is masked for roles without 'sensitive.read'. The birth date is digits 7–14
 * of the citizen ID, so it (and the age) is masked with the ID: a masked ID keeps its first 6
 * and last 4 characters, and a date shown beside it would give back the rest.
 */
export type Sensitivity = 'citizenId' | 'phone' | 'birth';

/** A masked birth date. */
export const MASKED_DATE = '****-**-**';

export const MASKERS: Record<Sensitivity, (v: string) => string> = { citizenId: maskCitizenId, phone: maskPhone, birth: () => MASKED_DATE };

/** Row properties that the citizen ID gives away (the birth date and the age computed from it). */
const FROM_ID: Readonly<Record<string, unknown>> = { birthDate: MASKED_DATE, age: null };

export interface FormSpec {
  /** The form's label when it differs from the field's. */
  label?: string;
  control?: FormControl;
  /** Options of a select when they are not the field's enum labels. */
  options?: Readonly<Record<string, string>>;
  /** Grid columns the control spans (of 3). */
  span?: 1 | 2 | 3;
  placeholder?: string;
  /** Shown only when the other values say so. */
  when?: (values: Record<string, unknown>) => boolean;
}

export interface GridSpec {
  /** The column header when it differs from the field's label. */
  header?: string;
  width?: number;
  minWidth?: number;
  flex?: number;
  /** Tag colours per code: the cell shows a coloured tag instead of text. */
  colors?: Readonly<Record<string, string>>;
  /** Hover shows the whole value (long texts). */
  tooltip?: boolean;
}

export interface LedgerField {
  /** Field key: the import mapping's key and, unless `record` says otherwise, the row property. */
  key: string;
  /** The database column the field sets. */
  column: string;
  /** The Chinese label (template header, form label, history, export header). */
  label: string;
  /** Other spreadsheet headers meaning the same column. */
  variants: readonly string[];
  type: FieldType;
  required?: boolean;
  /** Longest accepted text. */
  max?: number;
  min?: number;
  maxValue?: number;
  enum?: EnumSpec;
  /** The code an empty stored value stands for (政治面貌: empty is 群众). */
  empty?: string;
  /** The template's example value. */
  example: string;
  /** The template's note for the column. */
  note?: string;
  /** Personal data: masked unless the role holds 'sensitive.read' (decided by the core). */
  sensitive?: Sensitivity;
  /** The property of the ledger row holding the field, when it is not `key`. */
  record?: string;
  /** The property of the create/update input, when it is not `key`. */
  input?: string;
  /** Not an import or export column (shown or edited only). */
  importable?: false;
  /** How the record form edits it; false: not in the form. */
  form?: FormSpec | false;
  /** How the ledger grid shows it; absent: not a grid column. */
  grid?: GridSpec;
}

/** One ledger's fields with the orders its screens show them in. */
export interface LedgerFieldSet {
  /** Field keys in form order (fields not listed follow in definition order). */
  formOrder?: readonly string[];
  /** Grid columns in order: field keys, or ids of columns the grid adds itself (e.g. 'genderAge'). */
  gridOrder: readonly string[];
  fields: readonly LedgerField[];
}

/** The value of a field on a ledger row. */
export function rowValue(field: LedgerField, row: object): unknown {
  return (row as Record<string, unknown>)[field.record ?? field.key];
}

/**
 * The row with every sensitive field masked. For an account that may not see IDs at all, the
 * birth date and the age go with the ID; an account that may (and sees the list masked only
 * until it asks) keeps them: `keepBirth`.
 */
export function maskRow<R extends object>(fields: readonly LedgerField[], row: R, opts: { keepBirth?: boolean } = {}): R {
  const out = { ...row } as Record<string, unknown>;
  for (const f of fields) {
    if (!f.sensitive) continue;
    const prop = f.record ?? f.key;
    const v = out[prop];
    if (f.sensitive === 'birth' && opts.keepBirth) continue;
    if (typeof v === 'string' && v !== '') out[prop] = MASKERS[f.sensitive](v);
    if ((f.sensitive === 'citizenId' || f.sensitive === 'birth') && !opts.keepBirth) {
      for (const [derived, masked] of Object.entries(FROM_ID)) if (out[derived] != null) out[derived] = masked;
    }
  }
  return out as R;
}

/** The form control a field gets unless its form spec names one. */
export function formControlOf(field: LedgerField): FormControl {
  const form = field.form || {};
  if (form.control) return form.control;
  if (field.sensitive) return 'sensitive';
  switch (field.type) {
    case 'enum':
    case 'gender':
    case 'ethnicity':
      return 'select';
    case 'tags':
      return 'multi';
    case 'date':
    case 'int':
    case 'decimal':
    case 'bool':
    case 'grid':
      return field.type;
    default:
      return field.max !== undefined && field.max >= 500 ? 'textarea' : 'text';
  }
}
