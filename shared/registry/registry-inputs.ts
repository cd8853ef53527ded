// Input schemas of the registry's editing methods (shared by the contract and the forms).
// Create schemas list what a new record needs; update schemas take `id` and any subset.
// `null` clears an optional field.
import { z } from 'zod';
import { validateCitizenId } from './citizen-id';
import { parsePhone } from './cell-parse';
import { ethnicityOf } from './ethnicity';
import {
  CARE_TAGS,
  DISPUTE_KINDS,
  DISPUTE_STATUSES,
  FACILITY_CONDITIONS,
  FACILITY_KINDS,
  HOUSE_STRUCTURES,
  HOUSE_USAGES,
  LEDGER_KINDS,
  ORG_KINDS,
  OWNERSHIPS,
  POLITICAL_STATUSES,
  RENTAL_USES,
  RESIDENCE_TYPES,
  SAFETY_GRADES,
  SPECIAL_KINDS,
  SPECIAL_STATUSES,
  SUPERVISION_LEVELS,
  VISIT_METHODS,
} from './registry-types';

const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字`).nullable().optional();
const required = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, '日期无效');
/** A phone as typed (separators, +86, full-width digits) → its stored form; '' clears. */
const phone = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return s;
    const r = parsePhone(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: '电话号码格式不正确（手机号11位，固定电话如0579-85123456）' });
    return z.NEVER;
  })
  .nullable()
  .optional();
/** 汉、汉族、01 … → the full name of GB/T 3304; '' clears. */
const ethnicity = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return s;
    const name = ethnicityOf(s);
    if (name) return name;
    ctx.addIssue({ code: 'custom', message: '民族应为56个民族之一，如汉族' });
    return z.NEVER;
  })
  .nullable()
  .optional();
const citizenId = z
  .string()
  .trim()
  .min(1, '请填写身份证号')
  .max(40);
const count = z.number().int('必须是整数').min(0, '不能为负数').max(1_000_000).nullable().optional();
const area = z.number().min(0, '不能为负数').max(10_000_000).nullable().optional();

// ---------- people ----------

const personFields = {
  citizenId,
  name: required('姓名', 30),
  phone,
  residenceType: z.enum(RESIDENCE_TYPES),
  gridId: z.string().min(1, '请选择所属网格'),
  householdAddress: text(120),
  address: text(120),
  houseId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  relationToHead: text(20),
  employer: text(60),
  occupation: text(40),
  politicalStatus: z.enum(POLITICAL_STATUSES).nullable().optional(),
  careTags: z.array(z.enum(CARE_TAGS)).max(20).optional(),
  ethnicity,
  arrivalDate: isoDate.nullable().optional(),
  residenceReason: text(20),
  permitNo: text(40),
  nationality: text(40),
  notes: text(500),
  /** Only for foreign residents whose document carries no birth date. */
  birthDate: isoDate.nullable().optional(),
  /** Only for foreign residents whose document carries no gender. */
  gender: z.enum(['M', 'F']).nullable().optional(),
};

export const personCreateInput = z.object(personFields).superRefine((p, ctx) => {
  if (p.residenceType !== 'foreign') {
    const r = validateCitizenId(p.citizenId);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['citizenId'], message: `身份证号${r.reason}` });
  }
});
export type PersonCreateInput = z.infer<typeof personCreateInput>;

export const personUpdateInput = z.object(personFields).partial().extend({ id: z.string().min(1) });
export type PersonUpdateInput = z.infer<typeof personUpdateInput>;

// ---------- households, houses, buildings ----------

const householdFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  householdNo: required('户号', 30),
  houseId: z.string().nullable().optional(),
  headPersonId: z.string().nullable().optional(),
  address: text(120),
  notes: text(500),
};
export const householdCreateInput = z.object(householdFields);
export const householdUpdateInput = z.object(householdFields).partial().extend({ id: z.string().min(1) });

const houseFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  buildingId: z.string().nullable().optional(),
  address: required('房屋地址', 120),
  unit: text(20),
  room: text(20),
  areaM2: area,
  structure: z.enum(HOUSE_STRUCTURES).nullable().optional(),
  ownership: z.enum(OWNERSHIPS).nullable().optional(),
  usage: z.enum(HOUSE_USAGES).optional(),
  isRental: z.boolean().optional(),
  rentalUse: z.enum(RENTAL_USES).nullable().optional(),
  landlordPersonId: z.string().nullable().optional(),
  landlordName: text(30),
  landlordPhone: phone,
  landlordCitizenId: z.string().trim().max(40).nullable().optional(),
  occupants: count,
  notes: text(500),
};
export const houseCreateInput = z.object(houseFields);
export type HouseCreateInput = z.infer<typeof houseCreateInput>;
export const houseUpdateInput = z.object(houseFields).partial().extend({ id: z.string().min(1) });

const buildingFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  name: required('楼栋名称', 40),
  address: z.string().trim().max(120).optional(),
  floors: count,
  notes: text(500),
};
export const buildingCreateInput = z.object(buildingFields);
export const buildingUpdateInput = z.object(buildingFields).partial().extend({ id: z.string().min(1) });

// ---------- organisations, facilities ----------

const organisationFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  name: required('名称', 80),
  kind: z.enum(ORG_KINDS),
  address: text(120),
  legalPerson: text(30),
  phone,
  creditCode: z
    .string()
    .trim()
    .regex(/^([0-9A-HJ-NPQRTUWXY]{18})?$/, '统一社会信用代码应为18位')
    .nullable()
    .optional(),
  employees: count,
  areaM2: area,
  safetyGrade: z.enum(SAFETY_GRADES).nullable().optional(),
  keySupervision: z.boolean().optional(),
  notes: text(500),
};
export const organisationCreateInput = z.object(organisationFields);
export const organisationUpdateInput = z.object(organisationFields).partial().extend({ id: z.string().min(1) });

const facilityFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  kind: z.enum(FACILITY_KINDS),
  code: required('部件编码', 40),
  name: text(60),
  location: text(120),
  lon: z.number().min(-180).max(180).nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  condition: z.enum(FACILITY_CONDITIONS).optional(),
  custodian: text(60),
  notes: text(500),
};
export const facilityCreateInput = z.object(facilityFields);
export const facilityUpdateInput = z.object(facilityFields).partial().extend({ id: z.string().min(1) });

// ---------- special populations ----------

const specialFields = {
  personId: z.string().min(1, '请选择人员'),
  kind: z.enum(SPECIAL_KINDS),
  supervisionLevel: z.enum(SUPERVISION_LEVELS),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  helperName: text(30),
  helperPhone: phone,
  status: z.enum(SPECIAL_STATUSES).optional(),
  notes: text(500),
};
export const specialCreateInput = z.object(specialFields);
export const specialUpdateInput = z.object(specialFields).partial().omit({ personId: true }).extend({ id: z.string().min(1) });

export const specialVisitInput = z.object({
  specialId: z.string().min(1),
  visitDate: isoDate,
  visitor: required('走访人', 30),
  method: z.enum(VISIT_METHODS),
  content: required('走访内容', 1000),
  finding: text(500),
});

// ---------- disputes ----------

const disputeFields = {
  gridId: z.string().min(1, '请选择所属网格'),
  foundDate: isoDate,
  parties: required('当事人', 120),
  kind: z.enum(DISPUTE_KINDS),
  summary: required('简要情况', 1000),
  status: z.enum(DISPUTE_STATUSES).optional(),
  mediator: text(30),
  result: text(500),
  resolvedDate: isoDate.nullable().optional(),
  notes: text(500),
};
export const disputeCreateInput = z.object(disputeFields);
export const disputeUpdateInput = z.object(disputeFields).partial().extend({ id: z.string().min(1) });

// ---------- misc ----------

export const archiveInput = z.object({ kind: z.enum(LEDGER_KINDS), id: z.string().min(1), archived: z.boolean() });

export const STAFF_PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Photos are stored as base64 in a synced table; keep them small (≈ 300 KB). */
export const STAFF_PHOTO_MAX_BASE64 = 400_000;

export const staffPhotoInput = z.object({
  staffId: z.string().min(1),
  /** null removes the photo. */
  photo: z
    .object({
      mime: z.enum(STAFF_PHOTO_MIMES),
      base64: z.string().min(1).max(STAFF_PHOTO_MAX_BASE64, '照片过大，请压缩到300KB以内').regex(/^[A-Za-z0-9+/]+=*$/, '照片数据不是有效的base64'),
    })
    .nullable(),
});

export const noticeSettingsInput = z.object({
  supervisionPhone: z.string().trim().max(30),
  serviceHours: z.string().trim().max(60).optional(),
  servicePromise: z.string().trim().max(200).optional(),
});
export type NoticeSettings = z.infer<typeof noticeSettingsInput>;
