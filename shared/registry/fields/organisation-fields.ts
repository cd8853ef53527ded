// 单位场所（含九小场所）: the fields of an organisation or premises, defined once (see field-def.ts).
import type { EnumSpec } from '../cell-parse';
import { ORG_KIND_LABELS, SAFETY_GRADE_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';

const ORG_KIND: EnumSpec = {
  labels: ORG_KIND_LABELS,
  aliases: {
    公司: 'enterprise', 企业单位: 'enterprise', 工厂: 'enterprise', 个体: 'individual', 个体户: 'individual',
    学校: 'small_school', 小学校: 'small_school', 幼儿园: 'small_school', 培训机构: 'small_school', 托儿所: 'small_school',
    小医院: 'small_clinic', 诊所: 'small_clinic', 卫生室: 'small_clinic', 门诊部: 'small_clinic',
    商店: 'small_shop', 小超市: 'small_shop', 超市: 'small_shop', 便利店: 'small_shop', 小卖部: 'small_shop', 商铺: 'small_shop',
    餐饮: 'small_restaurant', 饭店: 'small_restaurant', 餐馆: 'small_restaurant', 小吃店: 'small_restaurant', 小饭店: 'small_restaurant',
    旅馆: 'small_hotel', 宾馆: 'small_hotel', 民宿: 'small_hotel', 招待所: 'small_hotel',
    娱乐场所: 'small_entertainment', 歌舞厅: 'small_entertainment', ktv: 'small_entertainment', 棋牌室: 'small_entertainment', 小娱乐场所: 'small_entertainment',
    网吧: 'small_internet', 网咖: 'small_internet',
    美容美发: 'small_beauty', 理发店: 'small_beauty', 美容院: 'small_beauty', 洗浴: 'small_beauty', 足浴: 'small_beauty', 美容洗浴: 'small_beauty',
    小作坊: 'small_workshop', 作坊: 'small_workshop', 加工厂: 'small_workshop', 小加工: 'small_workshop', 小生产加工: 'small_workshop',
    三合一: 'live_work', 三合一住人场所: 'live_work',
    协会: 'social', 社团: 'social', 党支部: 'party', 党委: 'party', 党总支: 'party',
    机关: 'public_institution', 事业单位: 'public_institution', 文化礼堂: 'culture_sport', 体育场馆: 'culture_sport', 文体场所: 'culture_sport',
  },
};
const SAFETY: EnumSpec = {
  labels: SAFETY_GRADE_LABELS,
  aliases: { 安全: 'A', 基本安全: 'B', 较大隐患: 'C', 一般隐患: 'C', 有隐患: 'C', 重大隐患: 'D', a级: 'A', b级: 'B', c级: 'C', d级: 'D' },
};

export const ORGANISATION_FIELDS: LedgerFieldSet = {
  formOrder: ['name', 'kind', 'grid', 'address', 'legalPerson', 'phone', 'creditCode', 'employees', 'areaM2', 'safetyGrade', 'keySupervision', 'notes'],
  gridOrder: ['name', 'kind', 'address', 'legalPerson', 'phone', 'employees', 'areaM2', 'safetyGrade', 'keySupervision', 'grid'],
  fields: [
    { ...GRID_FIELD, grid: { flex: 1, minWidth: 140 } },
    {
      key: 'name',
      column: 'name',
      label: '单位名称',
      variants: ['名称', '场所名称', '企业名称', '店名', '店招名称', '单位/场所名称', '商户名称'],
      type: 'text',
      required: true,
      max: 80,
      example: '青溪便民超市',
      form: { span: 2 },
      grid: { width: 200 },
    },
    {
      key: 'kind',
      column: 'kind',
      label: '场所类别',
      variants: ['类别', '单位类型', '类型', '场所类型', '行业类别', '单位类别'],
      type: 'enum',
      enum: ORG_KIND,
      required: true,
      example: '小商店',
      note: '企业、个体工商户、九小场所各类、三合一场所、社会组织、党组织等',
      grid: { width: 130 },
    },
    { key: 'address', column: 'address', label: '地址', variants: ['经营地址', '场所地址', '单位地址', '详细地址'], type: 'text', max: 120, example: '凤栖路18号', form: { span: 2 }, grid: { minWidth: 200, flex: 1, tooltip: true } },
    { key: 'legalPerson', column: 'legal_person', label: '负责人', variants: ['法定代表人', '法人', '经营者', '法人代表', '业主', '负责人姓名'], type: 'text', max: 30, example: '李明', grid: { width: 90 } },
    { key: 'phone', column: 'phone', label: '联系电话', variants: ['电话', '手机', '负责人电话', '联系方式'], type: 'phone', example: '13757912345', sensitive: 'phone', form: { control: 'text' }, grid: { width: 126 } },
    { key: 'creditCode', column: 'credit_code', label: '统一社会信用代码', variants: ['信用代码', '营业执照号', '社会信用代码', '注册号'], type: 'text', max: 18, example: '' },
    { key: 'employees', column: 'employees', label: '从业人数', variants: ['员工人数', '职工人数', '从业人员数'], type: 'int', min: 0, maxValue: 1_000_000, example: '3', grid: { width: 86 } },
    {
      key: 'areaM2',
      column: 'area_m2',
      label: '经营面积',
      variants: ['面积', '建筑面积', '场所面积'],
      type: 'decimal',
      min: 0,
      maxValue: 10_000_000,
      example: '60',
      form: { label: '经营面积(㎡)' },
      grid: { header: '面积(㎡)', width: 90 },
    },
    {
      key: 'safetyGrade',
      column: 'safety_grade',
      label: '安全等级',
      variants: ['安全评级', '隐患等级', '分级', '安全分级', '风险等级'],
      type: 'enum',
      enum: SAFETY,
      example: 'A',
      note: 'A安全、B基本安全、C较大隐患、D重大隐患',
      grid: { width: 140, colors: { A: 'green', B: 'blue', C: 'orange', D: 'red' } },
    },
    { key: 'keySupervision', column: 'key_supervision', label: '重点监管', variants: ['是否重点监管', '重点单位', '是否重点'], type: 'bool', example: '否', grid: { width: 84 } },
    NOTES_FIELD,
  ],
};
