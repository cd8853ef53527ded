// 房屋（含出租房屋）: the fields of a house, defined once (see field-def.ts).
import type { EnumSpec } from '../cell-parse';
import { HOUSE_STRUCTURE_LABELS, HOUSE_USAGE_LABELS, OWNERSHIP_LABELS, RENTAL_USE_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';

const STRUCTURE: EnumSpec = {
  labels: HOUSE_STRUCTURE_LABELS,
  aliases: { 框架: 'steel_concrete', 钢筋混凝土: 'steel_concrete', 钢混结构: 'steel_concrete', 砖混结构: 'brick_concrete', 砖木结构: 'brick_wood', 木: 'wood', 简易: 'simple', 彩钢: 'simple' },
};
const OWNERSHIP: EnumSpec = {
  labels: OWNERSHIP_LABELS,
  aliases: { 私房: 'self_built', 自有: 'self_built', 自建: 'self_built', 农房: 'self_built', 公租房: 'public', 廉租房: 'public', 集体: 'collective' },
};
const USAGE: EnumSpec = {
  labels: HOUSE_USAGE_LABELS,
  aliases: { 居住: 'residential', 住房: 'residential', 门面: 'shop', 店面: 'shop', 商业: 'shop', 商住: 'mixed', 厂房仓库: 'factory', 仓储: 'warehouse' },
};
const RENTAL_USE: EnumSpec = {
  labels: RENTAL_USE_LABELS,
  aliases: { 住人: 'living', 居住用: 'living', 商用: 'business', 经营用: 'business', 仓库: 'storage', 生产经营: 'production' },
};

export const HOUSE_FIELDS: LedgerFieldSet = {
  formOrder: ['address', 'grid', 'unit', 'room', 'areaM2', 'usage', 'structure', 'ownership', 'isRental', 'rentalUse', 'occupants', 'landlordName', 'landlordPhone', 'landlordCitizenId', 'notes'],
  gridOrder: ['address', 'building', 'unit', 'room', 'areaM2', 'usage', 'structure', 'isRental', 'rentalUse', 'landlordName', 'landlordPhone', 'occupants', 'residentCount', 'grid'],
  fields: [
    { ...GRID_FIELD, grid: { flex: 1, minWidth: 160 } },
    {
      key: 'address',
      column: 'address',
      label: '房屋地址',
      variants: ['地址', '详细地址', '房屋坐落', '坐落', '房屋详址', '门牌地址'],
      type: 'text',
      required: true,
      max: 120,
      example: '凤栖路12号',
      form: { span: 2 },
      grid: { width: 220 },
    },
    {
      key: 'building',
      column: 'building_id',
      label: '楼栋',
      variants: ['楼栋号', '幢', '栋', '楼号', '幢号'],
      type: 'text',
      max: 40,
      example: '3幢',
      note: '小区房屋填写；新楼栋自动建立',
      record: 'buildingName',
      form: false,
      grid: { width: 90 },
    },
    { key: 'unit', column: 'unit', label: '单元', variants: ['单元号'], type: 'text', max: 20, example: '2单元', grid: { width: 80 } },
    { key: 'room', column: 'room', label: '房号', variants: ['室', '房间号', '门牌号', '室号'], type: 'text', max: 20, example: '301', grid: { width: 80 } },
    {
      key: 'areaM2',
      column: 'area_m2',
      label: '建筑面积',
      variants: ['面积', '面积(㎡)', '建筑面积(平方米)', '房屋面积'],
      type: 'decimal',
      min: 0,
      maxValue: 1_000_000,
      example: '89.5',
      note: '平方米',
      form: { label: '建筑面积(㎡)' },
      grid: { header: '面积(㎡)', width: 96 },
    },
    { key: 'structure', column: 'structure', label: '房屋结构', variants: ['结构', '建筑结构'], type: 'enum', enum: STRUCTURE, example: '钢混', grid: { header: '结构', width: 80 } },
    { key: 'ownership', column: 'ownership', label: '产权性质', variants: ['权属', '产权', '产权类型', '房屋性质'], type: 'enum', enum: OWNERSHIP, example: '商品房' },
    { key: 'usage', column: 'usage', label: '房屋用途', variants: ['用途', '使用性质'], type: 'enum', enum: USAGE, example: '住宅', grid: { header: '用途', width: 90 } },
    { key: 'isRental', column: 'is_rental', label: '是否出租', variants: ['出租', '是否出租房', '出租情况'], type: 'bool', example: '是', form: { label: '出租房屋' }, grid: { header: '出租', width: 72 } },
    {
      key: 'rentalUse',
      column: 'rental_use',
      label: '出租用途',
      variants: ['租用用途', '承租用途'],
      type: 'enum',
      enum: RENTAL_USE,
      example: '居住',
      form: { when: (v) => v.isRental === true },
      grid: { width: 90 },
    },
    {
      key: 'landlordName',
      column: 'landlord_name',
      label: '房东姓名',
      variants: ['房主', '房主姓名', '产权人', '出租人', '出租人姓名', '业主', '业主姓名', '户主姓名'],
      type: 'text',
      max: 30,
      example: '王建国',
      grid: { header: '房东', width: 90 },
    },
    {
      key: 'landlordPhone',
      column: 'landlord_phone',
      label: '房东电话',
      variants: ['房主电话', '出租人电话', '业主电话', '产权人电话', '房东联系电话'],
      type: 'phone',
      example: '13905791234',
      sensitive: 'phone',
      grid: { width: 126 },
    },
    {
      key: 'landlordCitizenId',
      column: 'landlord_citizen_id',
      label: '房东身份证号',
      variants: ['出租人身份证号', '产权人身份证号', '房主身份证号', '业主身份证号'],
      type: 'citizenId',
      example: '',
      sensitive: 'citizenId',
    },
    {
      key: 'occupants',
      column: 'occupants',
      label: '居住人数',
      variants: ['实住人数', '承租人数', '居住人员数', '租住人数'],
      type: 'int',
      min: 0,
      maxValue: 10_000,
      example: '3',
      grid: { header: '登记居住', width: 90 },
    },
    NOTES_FIELD,
  ],
};
