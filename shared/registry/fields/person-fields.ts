// 实有人口: the fields of a person, defined once (see field-def.ts).
import type { EnumSpec } from '../cell-parse';
import { ETHNICITY_LABELS } from '../ethnicity';
import { CARE_TAG_LABELS, GENDER_LABELS, POLITICAL_STATUS_LABELS, RESIDENCE_REASONS, RESIDENCE_TYPE_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';

const RESIDENCE: EnumSpec = {
  labels: RESIDENCE_TYPE_LABELS,
  aliases: {
    户籍: 'registered', 本地户籍: 'registered', 常住: 'registered', 常住人口: 'registered', 本地: 'registered',
    流动: 'floating', 外来: 'floating', 外来人口: 'floating', 暂住: 'floating', 暂住人口: 'floating',
    人在户不在: 'separated', 户在人不在: 'separated', 分离: 'separated',
    境外: 'foreign', 外籍: 'foreign', 外籍人员: 'foreign', 港澳台: 'foreign', 外国人: 'foreign',
  },
};
const POLITICAL: EnumSpec = {
  labels: POLITICAL_STATUS_LABELS,
  aliases: { 党员: 'party_member', 共产党员: 'party_member', 预备党员: 'probationary', 团员: 'league', 民主党派成员: 'democratic' },
};
const CARE: EnumSpec = {
  labels: CARE_TAG_LABELS,
  aliases: {
    老人: 'elderly', 老年: 'elderly', 空巢: 'empty_nest', 独居: 'living_alone', 残疾: 'disabled', 残疾人员: 'disabled',
    低保: 'low_income', 低保对象: 'low_income', 特困: 'extreme_poverty', 五保户: 'extreme_poverty', 五保: 'extreme_poverty',
    优抚: 'entitled', 留守: 'left_behind_child', '4050': 'hard_to_employ', 就业困难: 'hard_to_employ', '4050人员': 'hard_to_employ',
    失业: 'unemployed', 重病: 'seriously_ill', 大病: 'seriously_ill',
  },
};

const notForeign = (v: Record<string, unknown>) => v.residenceType !== 'foreign';
const isForeign = (v: Record<string, unknown>) => v.residenceType === 'foreign';
const notRegistered = (v: Record<string, unknown>) => v.residenceType !== 'registered';

export const CITIZEN_ID_VARIANTS = ['身份证号', '身份证号码', '身份证', '证件号码', '证件号', '身份号码', '公民身份证号', '公民身份证号码'];

export const PERSON_FIELDS: LedgerFieldSet = {
  formOrder: [
    'name', 'citizenId', 'residenceType', 'grid', 'phone', 'ethnicity', 'gender', 'birthDate', 'nationality', 'householdAddress', 'address',
    'relation', 'politicalStatus', 'employer', 'occupation', 'careTags', 'arrivalDate', 'residenceReason', 'permitNo', 'notes',
  ],
  gridOrder: ['name', 'genderAge', 'citizenId', 'phone', 'residenceType', 'grid', 'householdNo', 'relation', 'address', 'employer', 'careTags'],
  fields: [
    { key: 'name', column: 'name', label: '姓名', variants: ['名字', '人员姓名', '户主姓名/成员姓名'], type: 'text', required: true, max: 30, example: '张伟', grid: { width: 92 } },
    {
      key: 'citizenId',
      column: 'citizen_id',
      label: '公民身份号码',
      variants: CITIZEN_ID_VARIANTS,
      type: 'citizenId',
      required: true,
      example: '330782198805120016',
      note: '18位，末位校验码；请将此列设为“文本”格式。境外人员可填护照号',
      sensitive: 'citizenId',
      form: { placeholder: '18位，末位可为X；境外人员填证件号' },
      grid: { width: 164 },
    },
    {
      key: 'gender',
      column: 'gender_override',
      label: '性别',
      variants: ['性别代码'],
      type: 'gender',
      example: '男',
      note: '可不填，由身份证号得出；填写时须与身份证号一致（男、女，或国标代码1、2）',
      form: { options: GENDER_LABELS, when: isForeign },
    },
    {
      key: 'birthDate',
      column: 'dob_override',
      label: '出生日期',
      variants: ['出生年月', '出生年月日', '生日'],
      type: 'date',
      example: '1988-05-12',
      note: '可不填，由身份证号得出；填写时须与身份证号一致',
      sensitive: 'birth',
      form: { when: isForeign },
    },
    {
      key: 'ethnicity',
      column: 'ethnicity',
      label: '民族',
      variants: ['民族代码'],
      type: 'ethnicity',
      example: '汉族',
      note: '汉、汉族或国标代码01均可，保存为全称',
      form: { options: ETHNICITY_LABELS, placeholder: '如：汉族' },
    },
    {
      key: 'phone',
      column: 'phone',
      label: '联系电话',
      variants: ['手机号', '手机号码', '电话', '手机', '联系方式', '电话号码', '本人电话'],
      type: 'phone',
      example: '13857912345',
      sensitive: 'phone',
      grid: { width: 112 },
    },
    {
      key: 'residenceType',
      column: 'residence_type',
      label: '人员类型',
      variants: ['人口类型', '居住类型', '户籍类型', '人员类别', '人口类别', '户口类型'],
      type: 'enum',
      enum: RESIDENCE,
      required: true,
      example: '户籍人口',
      note: '户籍人口、流动人口、人户分离、境外人员',
      grid: { width: 92, colors: { registered: 'blue', floating: 'orange', separated: 'purple', foreign: 'magenta' } },
    },
    { ...GRID_FIELD, grid: { width: 140 } },
    {
      key: 'householdAddress',
      column: 'household_address',
      label: '户籍地址',
      variants: ['户籍地', '户口所在地', '户籍所在地', '户籍地详址', '户籍住址'],
      type: 'text',
      max: 120,
      example: '浙江省金华市青溪镇凤栖路12号',
      form: { span: 2, when: notForeign },
    },
    {
      key: 'address',
      column: 'address',
      label: '现住址',
      variants: ['居住地址', '现居住地址', '实际居住地址', '现住地址', '住址', '居住地', '地址'],
      type: 'text',
      max: 120,
      example: '凤栖路12号3幢2单元301室',
      note: '与房屋台账地址一致时自动关联房屋',
      form: { span: 2 },
      grid: { minWidth: 180, flex: 1.6, tooltip: true },
    },
    {
      key: 'householdNo',
      column: 'household_id',
      label: '户号',
      variants: ['户编号', '户口号', '家庭编号'],
      type: 'text',
      max: 30,
      example: 'FQ-0001',
      note: '同一户的成员填写相同户号',
      form: false,
      grid: { width: 110 },
    },
    {
      key: 'relation',
      column: 'relation_to_head',
      label: '与户主关系',
      variants: ['与户主的关系', '关系', '家庭关系'],
      type: 'text',
      max: 20,
      example: '户主',
      record: 'relationToHead',
      input: 'relationToHead',
      form: { placeholder: '户主、配偶、子女…' },
      grid: { header: '关系', width: 64 },
    },
    { key: 'employer', column: 'employer', label: '工作单位', variants: ['单位', '就业单位', '服务处所', '工作单位/学校'], type: 'text', max: 60, example: '青溪镇五金厂', grid: { width: 120, tooltip: true } },
    { key: 'occupation', column: 'occupation', label: '职业', variants: ['从事职业', '工作', '职业/工种'], type: 'text', max: 40, example: '工人' },
    { key: 'politicalStatus', column: 'political_status', label: '政治面貌', variants: [], type: 'enum', enum: POLITICAL, empty: 'masses', example: '群众' },
    {
      key: 'careTags',
      column: 'care_tags',
      label: '关爱标签',
      variants: ['人员标签', '标签', '关爱类别', '特殊群体', '困难类别', '人员属性'],
      type: 'tags',
      enum: CARE,
      example: '',
      note: '多个用顿号分隔，如：老年人、低保户',
      form: { span: 2 },
      grid: { minWidth: 124, flex: 1 },
    },
    {
      key: 'arrivalDate',
      column: 'arrival_date',
      label: '来本地日期',
      variants: ['来本地时间', '流入时间', '来现住地日期', '入住日期', '来本地居住日期'],
      type: 'date',
      example: '',
      note: '流动人口填写',
      form: { when: notRegistered },
    },
    {
      key: 'residenceReason',
      column: 'residence_reason',
      label: '居住事由',
      variants: ['流入原因', '来本地事由', '暂住事由'],
      type: 'text',
      max: 20,
      example: '',
      note: '务工、经商、投靠亲友、就学、婚嫁、其他',
      form: { control: 'select', options: Object.fromEntries(RESIDENCE_REASONS.map((r) => [r, r])), when: notRegistered },
    },
    { key: 'permitNo', column: 'permit_no', label: '居住证号', variants: ['居住证编号', '暂住证号'], type: 'text', max: 40, example: '', form: { when: notRegistered } },
    { key: 'nationality', column: 'nationality', label: '国籍', variants: ['国籍/地区'], type: 'text', max: 40, example: '', note: '境外人员填写', form: { when: isForeign } },
    NOTES_FIELD,
  ],
};
