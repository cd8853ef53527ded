// 部件设施: the fields of a facility, defined once (see field-def.ts).
import type { EnumSpec } from '../cell-parse';
import { FACILITY_CONDITION_LABELS, FACILITY_KIND_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';

const FACILITY_KIND: EnumSpec = {
  labels: FACILITY_KIND_LABELS,
  aliases: {
    路面: 'road', 街道: 'road', 雨水井: 'drain', 污水井: 'drain', 排水沟: 'drain', 下水道: 'drain', 窨井盖: 'manhole', 检查井: 'manhole',
    消火栓: 'hydrant', 监控: 'camera', 摄像头: 'camera', 探头: 'camera', 桥: 'bridge', 垃圾桶: 'trash', 垃圾箱: 'trash', 垃圾房: 'trash',
    路牌: 'sign', 标识牌: 'sign', 健身路径: 'fitness', 健身设施: 'fitness',
  },
};
const CONDITION: EnumSpec = {
  labels: FACILITY_CONDITION_LABELS,
  aliases: { 正常: 'good', 良好: 'good', 破损: 'damaged', 损毁: 'damaged', 丢失: 'missing', 在修: 'repairing', 维修: 'repairing' },
};

export const FACILITY_FIELDS: LedgerFieldSet = {
  formOrder: ['code', 'kind', 'grid', 'name', 'location', 'condition', 'custodian', 'lon', 'lat', 'notes'],
  gridOrder: ['code', 'kind', 'name', 'location', 'condition', 'custodian', 'grid'],
  fields: [
    GRID_FIELD,
    { key: 'code', column: 'code', label: '部件编码', variants: ['编码', '编号', '设施编号', '部件编号', '设施编码'], type: 'text', required: true, max: 40, example: 'LD-0001', grid: { width: 140 } },
    { key: 'kind', column: 'kind', label: '部件类型', variants: ['类型', '类别', '设施类型', '部件类别', '设施类别'], type: 'enum', enum: FACILITY_KIND, required: true, example: '路灯', grid: { width: 110 } },
    { key: 'name', column: 'name', label: '名称', variants: ['部件名称', '设施名称'], type: 'text', max: 60, example: '凤栖路路灯1号', grid: { width: 180 } },
    {
      key: 'location',
      column: 'location',
      label: '位置描述',
      variants: ['位置', '所在位置', '地址', '安装位置'],
      type: 'text',
      max: 120,
      example: '凤栖路与文昌街交叉口东侧',
      form: { span: 2 },
      grid: { minWidth: 240, flex: 1 },
    },
    { key: 'lon', column: 'lon', label: '经度', variants: ['lon', 'lng', 'longitude', 'x坐标'], type: 'decimal', min: -180, maxValue: 180, example: '120.1021' },
    { key: 'lat', column: 'lat', label: '纬度', variants: ['lat', 'latitude', 'y坐标'], type: 'decimal', min: -90, maxValue: 90, example: '29.3012' },
    {
      key: 'condition',
      column: 'condition',
      label: '完好状况',
      variants: ['状况', '状态', '完好情况', '设施状态'],
      type: 'enum',
      enum: CONDITION,
      example: '完好',
      grid: { width: 100, colors: { good: 'green', damaged: 'red', missing: 'volcano', repairing: 'gold' } },
    },
    { key: 'custodian', column: 'custodian', label: '管理单位', variants: ['养护单位', '权属单位', '责任单位', '主管部门'], type: 'text', max: 60, example: '镇城管中队', grid: { width: 150 } },
    NOTES_FIELD,
  ],
};
