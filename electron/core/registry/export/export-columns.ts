// The columns of each ledger's export. Importable ledgers export exactly their import
// columns (so an exported file, edited, imports again), plus a few read-only ones at the end.
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { IMPORT_SPECS } from '../../../../shared/registry/import-fields';
import type { LedgerRows } from '../../../../shared/registry/registry-records';
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  GENDER_LABELS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  OWNERSHIP_LABELS,
  POLITICAL_STATUS_LABELS,
  RENTAL_USE_LABELS,
  RESIDENCE_TYPE_LABELS,
  SPECIAL_KIND_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
  type LedgerKind,
} from '../../../../shared/registry/registry-types';

export interface ExportColumn<R> {
  header: string;
  width: number;
  text?: boolean;
  value(row: R): CellValue;
}

const label = (labels: Readonly<Record<string, string>>, v: string | null | undefined) => (v ? (labels[v] ?? v) : null);
const yesNo = (v: boolean) => (v ? '是' : '否');

/** Columns named after an import spec's fields, in the spec's order. */
function fromSpec<R>(kind: keyof typeof IMPORT_SPECS, getters: Record<string, (r: R) => CellValue>, extra: ExportColumn<R>[] = []): ExportColumn<R>[] {
  const spec = IMPORT_SPECS[kind];
  return [
    ...spec.fields.map((f) => ({
      header: f.label,
      width: Math.max(10, Math.min(36, f.label.length * 2 + 6)),
      text: f.type === 'citizenId' || f.type === 'phone',
      value: getters[f.key] ?? (() => null),
    })),
    ...extra,
  ];
}

type Rows = LedgerRows;

export const EXPORT_COLUMNS: { [K in LedgerKind]: ExportColumn<Rows[K]>[] } = {
  person: fromSpec<Rows['person']>(
    'person',
    {
      name: (r) => r.name,
      citizenId: (r) => r.citizenId,
      gender: (r) => label(GENDER_LABELS, r.gender),
      birthDate: (r) => r.birthDate,
      ethnicity: (r) => r.ethnicity,
      phone: (r) => r.phone,
      residenceType: (r) => label(RESIDENCE_TYPE_LABELS, r.residenceType),
      grid: (r) => r.gridName,
      householdAddress: (r) => r.householdAddress,
      address: (r) => r.address,
      householdNo: (r) => r.householdNo,
      relation: (r) => r.relationToHead,
      employer: (r) => r.employer,
      occupation: (r) => r.occupation,
      politicalStatus: (r) => label(POLITICAL_STATUS_LABELS, r.politicalStatus ?? 'masses'),
      careTags: (r) => r.careTags.map((t) => CARE_TAG_LABELS[t] ?? t).join('、'),
      arrivalDate: (r) => r.arrivalDate,
      residenceReason: (r) => r.residenceReason,
      permitNo: (r) => r.permitNo,
      nationality: (r) => r.nationality,
      notes: (r) => r.notes,
    },
    [{ header: '年龄', width: 8, value: (r) => r.age }],
  ),
  house: fromSpec<Rows['house']>(
    'house',
    {
      grid: (r) => r.gridName,
      address: (r) => r.address,
      building: (r) => r.buildingName,
      unit: (r) => r.unit,
      room: (r) => r.room,
      areaM2: (r) => r.areaM2,
      structure: (r) => label(HOUSE_STRUCTURE_LABELS, r.structure),
      ownership: (r) => label(OWNERSHIP_LABELS, r.ownership),
      usage: (r) => label(HOUSE_USAGE_LABELS, r.usage),
      isRental: (r) => yesNo(r.isRental),
      rentalUse: (r) => label(RENTAL_USE_LABELS, r.rentalUse),
      landlordName: (r) => r.landlordName,
      landlordPhone: (r) => r.landlordPhone,
      landlordCitizenId: (r) => r.landlordCitizenId,
      occupants: (r) => r.occupants,
      notes: (r) => r.notes,
    },
    [{ header: '台账在住人数', width: 12, value: (r) => r.residentCount }],
  ),
  organisation: fromSpec<Rows['organisation']>('organisation', {
    grid: (r) => r.gridName,
    name: (r) => r.name,
    kind: (r) => label(ORG_KIND_LABELS, r.kind),
    address: (r) => r.address,
    legalPerson: (r) => r.legalPerson,
    phone: (r) => r.phone,
    creditCode: (r) => r.creditCode,
    employees: (r) => r.employees,
    areaM2: (r) => r.areaM2,
    safetyGrade: (r) => r.safetyGrade,
    keySupervision: (r) => yesNo(r.keySupervision),
    notes: (r) => r.notes,
  }),
  facility: fromSpec<Rows['facility']>('facility', {
    grid: (r) => r.gridName,
    code: (r) => r.code,
    kind: (r) => label(FACILITY_KIND_LABELS, r.kind),
    name: (r) => r.name,
    location: (r) => r.location,
    lon: (r) => r.lon,
    lat: (r) => r.lat,
    condition: (r) => label(FACILITY_CONDITION_LABELS, r.condition),
    custodian: (r) => r.custodian,
    notes: (r) => r.notes,
  }),
  special: fromSpec<Rows['special']>(
    'special',
    {
      citizenId: (r) => r.citizenId,
      name: (r) => r.name,
      kind: (r) => label(SPECIAL_KIND_LABELS, r.kind),
      supervisionLevel: (r) => label(SUPERVISION_LEVEL_LABELS, r.supervisionLevel),
      startDate: (r) => r.startDate,
      endDate: (r) => r.endDate,
      helperName: (r) => r.helperName,
      helperPhone: (r) => r.helperPhone,
      status: (r) => label(SPECIAL_STATUS_LABELS, r.status),
      notes: (r) => r.notes,
    },
    [
      { header: '所属网格', width: 18, value: (r) => r.gridName },
      { header: '最近走访日期', width: 14, value: (r) => r.lastVisitDate },
      { header: '走访次数', width: 10, value: (r) => r.visitCount },
    ],
  ),
  dispute: fromSpec<Rows['dispute']>('dispute', {
    grid: (r) => r.gridName,
    foundDate: (r) => r.foundDate,
    parties: (r) => r.parties,
    kind: (r) => label(DISPUTE_KIND_LABELS, r.kind),
    summary: (r) => r.summary,
    status: (r) => label(DISPUTE_STATUS_LABELS, r.status),
    mediator: (r) => r.mediator,
    result: (r) => r.result,
    resolvedDate: (r) => r.resolvedDate,
    notes: (r) => r.notes,
  }),
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
