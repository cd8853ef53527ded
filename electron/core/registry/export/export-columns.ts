// The columns of each ledger's export. Importable ledgers export exactly their import
// columns (so an exported file, edited, imports again), plus a few read-only ones at the end;
// the values follow from the field definitions (shared/registry/fields).
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { rowValue } from '../../../../shared/registry/fields/field-def';
import { IMPORT_SPECS, type ImportField } from '../../../../shared/registry/import-fields';
import type { LedgerRows } from '../../../../shared/registry/registry-records';
import { GENDER_LABELS, type Gender, type LedgerKind } from '../../../../shared/registry/registry-types';

export interface ExportColumn<R> {
  header: string;
  width: number;
  text?: boolean;
  value(row: R): CellValue;
}

/** A field's value on a ledger row as the export (and the import) writes it. */
function exportValue(f: ImportField, row: object): CellValue {
  const v = rowValue(f, row);
  switch (f.type) {
    case 'enum': {
      const code = (v as string | null) ?? f.empty ?? null;
      return code ? (f.enum!.labels[code] ?? code) : null;
    }
    case 'gender':
      return v ? (GENDER_LABELS[v as Gender] ?? String(v)) : null;
    case 'tags':
      return ((v as string[] | null) ?? []).map((t) => f.enum!.labels[t] ?? t).join('、');
    case 'bool':
      return v ? '是' : '否';
    default:
      return (v as CellValue) ?? null;
  }
}

/** The import columns of a ledger, in the template's order, then read-only extras. */
function fromSpec<R extends object>(kind: keyof typeof IMPORT_SPECS, extra: ExportColumn<R>[] = []): ExportColumn<R>[] {
  const spec = IMPORT_SPECS[kind];
  return [
    ...spec.fields.map((f) => ({
      header: f.label,
      width: Math.max(10, Math.min(36, f.label.length * 2 + 6)),
      text: f.type === 'citizenId' || f.type === 'phone',
      value: (row: R) => exportValue(f, row),
    })),
    ...extra,
  ];
}

type Rows = LedgerRows;

export const EXPORT_COLUMNS: { [K in LedgerKind]: ExportColumn<Rows[K]>[] } = {
  person: fromSpec<Rows['person']>('person', [{ header: '年龄', width: 8, value: (r) => r.age }]),
  house: fromSpec<Rows['house']>('house', [{ header: '台账在住人数', width: 12, value: (r) => r.residentCount }]),
  organisation: fromSpec<Rows['organisation']>('organisation'),
  facility: fromSpec<Rows['facility']>('facility'),
  special: fromSpec<Rows['special']>('special', [
    { header: '所属网格', width: 18, value: (r) => r.gridName },
    { header: '最近走访日期', width: 14, value: (r) => r.lastVisitDate },
    { header: '走访次数', width: 10, value: (r) => r.visitCount },
  ]),
  dispute: fromSpec<Rows['dispute']>('dispute'),
  household: [
    { header: '所属网格', width: 18, value: (r) => r.gridName },
    { header: '户号', width: 14, text: true, value: (r) => r.householdNo },
    { header: '户主', width: 12, value: (r) => r.headName },
    { header: '地址', width: 36, value: (r) => r.address },
    { header: '人数', width: 8, value: (r) => r.memberCount },
    { header: '备注', width: 20, value: (r) => r.notes },
  ],
  building: [
    { header: '所属网格', width: 18, value: (r) => r.gridName },
    { header: '楼栋名称', width: 16, value: (r) => r.name },
    { header: '地址', width: 36, value: (r) => r.address },
    { header: '层数', width: 8, value: (r) => r.floors },
    { header: '房屋数', width: 8, value: (r) => r.houseCount },
    { header: '备注', width: 20, value: (r) => r.notes },
  ],
};
