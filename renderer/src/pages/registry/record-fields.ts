// The editable fields of each ledger record, in form order, with the contract's schemas.
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
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  OWNERSHIP_LABELS,
  POLITICAL_STATUS_LABELS,
  RENTAL_USE_LABELS,
  RESIDENCE_REASONS,
  RESIDENCE_TYPE_LABELS,
  SAFETY_GRADE_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
} from '../../../../shared/registry/registry-types';

export type FieldKind = 'text' | 'textarea' | 'select' | 'multi' | 'date' | 'int' | 'decimal' | 'bool' | 'grid' | 'sensitive';

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

const reasons = Object.fromEntries(RESIDENCE_REASONS.map((r) => [r, r]));
const notForeign = (v: Record<string, unknown>) => v.residenceType !== 'foreign';
const isForeign = (v: Record<string, unknown>) => v.residenceType === 'foreign';
const notRegistered = (v: Record<string, unknown>) => v.residenceType !== 'registered';

export const FORM_DEFS: Record<EditableKind, FormDef> = {
  person: {
    title: '人员',
    create: personCreateInput,
    update: personUpdateInput,
    fields: [
      { name: 'name', label: '姓名', kind: 'text', required: true },
      { name: 'citizenId', label: '公民身份号码', kind: 'sensitive', required: true, placeholder: '18位，末位可为X；境外人员填证件号' },
      { name: 'residenceType', label: '人员类型', kind: 'select', options: RESIDENCE_TYPE_LABELS, required: true },
      { name: 'gridId', label: '所属网格', kind: 'grid', required: true },
      { name: 'phone', label: '联系电话', kind: 'sensitive' },
      { name: 'ethnicity', label: '民族', kind: 'text', placeholder: '如：汉族' },
      { name: 'gender', label: '性别', kind: 'select', options: { M: '男', F: '女' }, when: isForeign },
      { name: 'birthDate', label: '出生日期', kind: 'date', when: isForeign },
      { name: 'nationality', label: '国籍', kind: 'text', when: isForeign },
      { name: 'householdAddress', label: '户籍地址', kind: 'text', span: 2, when: notForeign },
      { name: 'address', label: '现住址', kind: 'text', span: 2 },
      { name: 'relationToHead', label: '与户主关系', kind: 'text', placeholder: '户主、配偶、子女…' },
      { name: 'politicalStatus', label: '政治面貌', kind: 'select', options: POLITICAL_STATUS_LABELS },
      { name: 'employer', label: '工作单位', kind: 'text' },
      { name: 'occupation', label: '职业', kind: 'text' },
      { name: 'careTags', label: '关爱标签', kind: 'multi', options: CARE_TAG_LABELS, span: 2 },
      { name: 'arrivalDate', label: '来本地日期', kind: 'date', when: notRegistered },
      { name: 'residenceReason', label: '居住事由', kind: 'select', options: reasons, when: notRegistered },
      { name: 'permitNo', label: '居住证号', kind: 'text', when: notRegistered },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
  house: {
    title: '房屋',
    create: houseCreateInput,
    update: houseUpdateInput,
    fields: [
      { name: 'address', label: '房屋地址', kind: 'text', required: true, span: 2 },
      { name: 'gridId', label: '所属网格', kind: 'grid', required: true },
      { name: 'unit', label: '单元', kind: 'text' },
      { name: 'room', label: '房号', kind: 'text' },
      { name: 'areaM2', label: '建筑面积(㎡)', kind: 'decimal' },
      { name: 'usage', label: '房屋用途', kind: 'select', options: HOUSE_USAGE_LABELS },
      { name: 'structure', label: '房屋结构', kind: 'select', options: HOUSE_STRUCTURE_LABELS },
      { name: 'ownership', label: '产权性质', kind: 'select', options: OWNERSHIP_LABELS },
      { name: 'isRental', label: '出租房屋', kind: 'bool' },
      { name: 'rentalUse', label: '出租用途', kind: 'select', options: RENTAL_USE_LABELS, when: (v) => v.isRental === true },
      { name: 'occupants', label: '居住人数', kind: 'int' },
      { name: 'landlordName', label: '房东姓名', kind: 'text' },
      { name: 'landlordPhone', label: '房东电话', kind: 'sensitive' },
      { name: 'landlordCitizenId', label: '房东身份证号', kind: 'sensitive' },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
  organisation: {
    title: '单位场所',
    create: organisationCreateInput,
    update: organisationUpdateInput,
    fields: [
      { name: 'name', label: '单位名称', kind: 'text', required: true, span: 2 },
      { name: 'kind', label: '场所类别', kind: 'select', options: ORG_KIND_LABELS, required: true },
      { name: 'gridId', label: '所属网格', kind: 'grid', required: true },
      { name: 'address', label: '地址', kind: 'text', span: 2 },
      { name: 'legalPerson', label: '负责人', kind: 'text' },
      { name: 'phone', label: '联系电话', kind: 'text' },
      { name: 'creditCode', label: '统一社会信用代码', kind: 'text' },
      { name: 'employees', label: '从业人数', kind: 'int' },
      { name: 'areaM2', label: '经营面积(㎡)', kind: 'decimal' },
      { name: 'safetyGrade', label: '安全等级', kind: 'select', options: SAFETY_GRADE_LABELS },
      { name: 'keySupervision', label: '重点监管', kind: 'bool' },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
  facility: {
    title: '部件设施',
    create: facilityCreateInput,
    update: facilityUpdateInput,
    fields: [
      { name: 'code', label: '部件编码', kind: 'text', required: true },
      { name: 'kind', label: '部件类型', kind: 'select', options: FACILITY_KIND_LABELS, required: true },
      { name: 'gridId', label: '所属网格', kind: 'grid', required: true },
      { name: 'name', label: '名称', kind: 'text' },
      { name: 'location', label: '位置描述', kind: 'text', span: 2 },
      { name: 'condition', label: '完好状况', kind: 'select', options: FACILITY_CONDITION_LABELS },
      { name: 'custodian', label: '管理单位', kind: 'text' },
      { name: 'lon', label: '经度', kind: 'decimal' },
      { name: 'lat', label: '纬度', kind: 'decimal' },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
  special: {
    title: '特殊人群',
    update: specialUpdateInput,
    fields: [
      { name: 'supervisionLevel', label: '管控级别', kind: 'select', options: SUPERVISION_LEVEL_LABELS, required: true },
      { name: 'status', label: '状态', kind: 'select', options: SPECIAL_STATUS_LABELS },
      { name: 'startDate', label: '列管日期', kind: 'date' },
      { name: 'endDate', label: '解除日期', kind: 'date' },
      { name: 'helperName', label: '帮扶责任人', kind: 'text' },
      { name: 'helperPhone', label: '责任人电话', kind: 'text' },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
  dispute: {
    title: '矛盾纠纷',
    create: disputeCreateInput,
    update: disputeUpdateInput,
    fields: [
      { name: 'foundDate', label: '排查日期', kind: 'date', required: true },
      { name: 'kind', label: '纠纷类型', kind: 'select', options: DISPUTE_KIND_LABELS, required: true },
      { name: 'gridId', label: '所属网格', kind: 'grid', required: true },
      { name: 'parties', label: '当事人', kind: 'text', required: true, span: 3 },
      { name: 'summary', label: '简要情况', kind: 'textarea', required: true, span: 3 },
      { name: 'status', label: '调处状态', kind: 'select', options: DISPUTE_STATUS_LABELS },
      { name: 'mediator', label: '调解人', kind: 'text' },
      { name: 'resolvedDate', label: '化解日期', kind: 'date' },
      { name: 'result', label: '调处结果', kind: 'textarea', span: 3 },
      { name: 'notes', label: '备注', kind: 'textarea', span: 3 },
    ],
  },
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
