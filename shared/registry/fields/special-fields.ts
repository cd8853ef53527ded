// 特殊人群: the fields of a special-population record, defined once (see field-def.ts). The
// person's own data (name, ID, phone) lives in the people ledger; here they identify the row.
import type { EnumSpec } from '../cell-parse';
import { SPECIAL_KIND_LABELS, SPECIAL_STATUS_LABELS, SUPERVISION_LEVEL_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';
import { CITIZEN_ID_VARIANTS } from './person-fields';

const SPECIAL_KIND: EnumSpec = {
  labels: SPECIAL_KIND_LABELS,
  aliases: {
    刑满释放人员: 'released', 安置帮教人员: 'released', 社区矫正人员: 'correction', 矫正: 'correction',
    吸毒: 'drug', 吸毒人员: 'drug', 戒毒: 'drug', 社区戒毒人员: 'drug', 社区康复: 'drug',
    精神障碍: 'mental', 精神病: 'mental', 严重精神障碍患者: 'mental', 精神病人: 'mental',
    重点青少年群体: 'youth', 闲散青少年: 'youth', 上访: 'petition', 信访: 'petition', 重点上访人员: 'petition', 重点信访: 'petition',
  },
};
const LEVEL: EnumSpec = {
  labels: SUPERVISION_LEVEL_LABELS,
  aliases: { 严管: 'strict', 一级: 'strict', 高: 'strict', 普管: 'normal', 二级: 'normal', 中: 'normal', 宽管: 'loose', 三级: 'loose', 低: 'loose' },
};
const SPECIAL_STATUS: EnumSpec = { labels: SPECIAL_STATUS_LABELS, aliases: { 在册: 'active', 在控: 'active', 解除: 'ended', 终止: 'ended', 撤销: 'ended' } };

export const SPECIAL_FIELDS: LedgerFieldSet = {
  formOrder: ['supervisionLevel', 'status', 'startDate', 'endDate', 'helperName', 'helperPhone', 'notes'],
  gridOrder: ['name', 'gender', 'citizenId', 'phone', 'kind', 'supervisionLevel', 'status', 'helperName', 'helperPhone', 'lastVisitDate', 'visitCount', 'grid'],
  fields: [
    {
      key: 'citizenId',
      column: 'person_id',
      label: '公民身份号码',
      variants: CITIZEN_ID_VARIANTS,
      type: 'citizenId',
      required: true,
      example: '330782198805120016',
      sensitive: 'citizenId',
      form: false,
      grid: { width: 164 },
    },
    {
      key: 'name',
      column: 'person_id',
      label: '姓名',
      variants: ['名字', '人员姓名'],
      type: 'text',
      max: 30,
      example: '张伟',
      note: '用于核对，须与实有人口台账一致',
      form: false,
      grid: { width: 96 },
    },
    {
      key: 'kind',
      column: 'kind',
      label: '人员类别',
      variants: ['类别', '类型', '特殊人群类别', '重点人员类别', '人员类型'],
      type: 'enum',
      enum: SPECIAL_KIND,
      required: true,
      example: '社区矫正',
      form: false,
      grid: { width: 150 },
    },
    {
      key: 'supervisionLevel',
      column: 'supervision_level',
      label: '管控级别',
      variants: ['管理级别', '帮教级别', '风险等级', '级别', '管控等级', '管理类别'],
      type: 'enum',
      enum: LEVEL,
      required: true,
      example: '普管',
      grid: { width: 120, colors: { strict: 'red', normal: 'orange', loose: 'blue' } },
    },
    { key: 'startDate', column: 'start_date', label: '列管日期', variants: ['纳入日期', '开始日期', '矫正开始日期', '释放日期', '列管时间', '纳管日期'], type: 'date', example: '2025-03-01' },
    { key: 'endDate', column: 'end_date', label: '解除日期', variants: ['结束日期', '矫正结束日期', '期满日期'], type: 'date', example: '' },
    { key: 'helperName', column: 'helper_name', label: '帮扶责任人', variants: ['帮教责任人', '责任人', '帮扶人', '监护人'], type: 'text', max: 30, example: '王芳', grid: { width: 100 } },
    {
      key: 'helperPhone',
      column: 'helper_phone',
      label: '责任人电话',
      variants: ['帮扶责任人电话', '帮教人电话', '责任人联系电话'],
      type: 'phone',
      example: '13812345678',
      form: { control: 'text' },
      grid: { width: 126 },
    },
    { key: 'status', column: 'status', label: '状态', variants: ['在管状态', '管理状态'], type: 'enum', enum: SPECIAL_STATUS, example: '在管', grid: { width: 80 } },
    NOTES_FIELD,
    // Shown from the person's record, not imported.
    { key: 'gender', column: 'person_id', label: '性别', variants: [], type: 'gender', example: '', importable: false, form: false, grid: { width: 64 } },
    { key: 'phone', column: 'person_id', label: '联系电话', variants: [], type: 'phone', example: '', importable: false, sensitive: 'phone', form: false, grid: { width: 126 } },
    { ...GRID_FIELD, importable: false, form: false, grid: { flex: 1, minWidth: 160 } },
  ],
};
