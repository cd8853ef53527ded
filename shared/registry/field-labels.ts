// Chinese names of the registry's columns and of their coded values, for record history
// (who changed what). The ledgers' columns come from their field definitions (fields/).
import { LEDGER_FIELDS } from './fields';
import type { LedgerField, Sensitivity } from './fields/field-def';
import { GENDER_LABELS, VISIT_METHOD_LABELS, type ImportKind } from './registry-types';

export const HISTORY_TABLES = [
  'person',
  'household',
  'house',
  'building',
  'organisation',
  'facility',
  'special_person',
  'special_visit',
  'dispute',
  'org_unit',
  'staff',
] as const;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

const ARCHIVED = { archived: '归档' };

/** The table each field-defined ledger writes. */
export const LEDGER_TABLES: Record<ImportKind, HistoryTable> = {
  person: 'person',
  house: 'house',
  organisation: 'organisation',
  facility: 'facility',
  special: 'special_person',
  dispute: 'dispute',
};

/** Columns of a ledger's table that no field sets (derived or linked ones). */
const OTHER_COLUMNS: Record<ImportKind, Record<string, string>> = {
  person: { name_py: '姓名拼音', house_id: '所住房屋', household_id: '所在户' },
  house: { address_key: '地址索引', landlord_person_id: '房东（台账人员）' },
  organisation: { name_py: '名称拼音' },
  facility: {},
  special: { person_id: '人员' },
  dispute: {},
};

/** Column → label of a ledger's table, from its field definitions. */
function ledgerLabels(kind: ImportKind): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of LEDGER_FIELDS[kind].fields) if (f.column !== 'person_id') labels[f.column] ??= f.label;
  return { ...labels, ...OTHER_COLUMNS[kind], ...ARCHIVED };
}

export const FIELD_LABELS: Record<HistoryTable, Record<string, string>> = {
  person: ledgerLabels('person'),
  household: {
    grid_id: '所属网格',
    household_no: '户号',
    house_id: '房屋',
    head_person_id: '户主',
    address: '地址',
    notes: '备注',
    ...ARCHIVED,
  },
  house: ledgerLabels('house'),
  building: { grid_id: '所属网格', name: '楼栋名称', address: '地址', floors: '层数', notes: '备注', ...ARCHIVED },
  organisation: ledgerLabels('organisation'),
  facility: ledgerLabels('facility'),
  special_person: ledgerLabels('special'),
  special_visit: { special_id: '特殊人群记录', visit_date: '走访日期', visitor: '走访人', method: '方式', content: '内容', finding: '发现问题', created_at: '登记时间' },
  dispute: ledgerLabels('dispute'),
  org_unit: {
    parent_id: '上级',
    code: '编码',
    name: '名称',
    grid_type: '网格类型',
    households: '户数',
    population_registered: '户籍人口',
    population_floating: '流动人口',
    area_km2: '面积（平方公里）',
    boundary: '边界',
    ...ARCHIVED,
  },
  staff: { name: '姓名', phone: '电话', gender: '性别', title: '职务', on_duty: '在岗', ...ARCHIVED },
};

/** Every field-defined column as `table.column` with its definition. */
const LEDGER_COLUMNS: [string, LedgerField][] = (Object.keys(LEDGER_TABLES) as ImportKind[]).flatMap((kind) =>
  LEDGER_FIELDS[kind].fields.filter((f) => f.importable !== false).map((f): [string, LedgerField] => [`${LEDGER_TABLES[kind]}.${f.column}`, f]),
);

/** Coded values shown by their Chinese label. */
export const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  ...Object.fromEntries(LEDGER_COLUMNS.filter(([, f]) => f.type === 'enum').map(([c, f]) => [c, f.enum!.labels])),
  ...Object.fromEntries(LEDGER_COLUMNS.filter(([, f]) => f.type === 'gender').map(([c]) => [c, GENDER_LABELS])),
  'special_visit.method': VISIT_METHOD_LABELS,
  'staff.gender': GENDER_LABELS,
};

/** Columns holding yes/no flags. */
export const BOOLEAN_COLUMNS = new Set(['archived', 'on_duty', ...LEDGER_COLUMNS.filter(([, f]) => f.type === 'bool').map(([c]) => c.split('.')[1]!)]);

/** Columns holding a JSON list of tags. */
export const TAG_COLUMNS: Record<string, Readonly<Record<string, string>>> = Object.fromEntries(
  LEDGER_COLUMNS.filter(([, f]) => f.type === 'tags').map(([c, f]) => [c, f.enum!.labels]),
);

/** Columns that are personal data, with how they are masked unless the role holds 'sensitive.read'. */
export const SENSITIVE_COLUMNS: ReadonlyMap<string, Sensitivity> = new Map(
  LEDGER_COLUMNS.filter(([c, f]) => f.sensitive && !c.endsWith('.person_id')).map(([c, f]) => [c, f.sensitive!]),
);

/** Derived columns not worth showing in history. */
export const HIDDEN_HISTORY_COLUMNS = new Set(['name_py', 'address_key']);
