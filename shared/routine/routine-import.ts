// The columns of the routine's paper records imported from Excel (工作日志 and 走访记录 filled on
// paper), read by the same preview and commit as the ledgers' import (electron/core/registry/import):
// the header variants recognised when mapping a keeper's own sheet, each cell's type, and an
// example. The rules a row must meet are the forms' own (electron/core/routine/work-logs.ts,
// visits.ts).
import type { ImportKindSpec } from '../registry/import-fields';
import type { RoutineImportKind } from '../registry/registry-types';

export const WORK_LOG_IMPORT: ImportKindSpec = {
  kind: 'workLog',
  label: '网格员工作日志（纸质）',
  sheetName: '工作日志',
  matchNote: '每行一名网格员一天的日志，按网格员 + 日期新增；该日已有日志的行不能导入（请在系统中修改原日志）',
  fields: [
    { key: 'worker', column: 'staff_id', label: '网格员', variants: ['网格员姓名', '姓名', '填写人', '记录人', '网格责任人'], type: 'text', required: true, max: 30, example: '王建国' },
    {
      key: 'phone',
      column: 'phone',
      label: '联系电话',
      variants: ['手机号', '手机号码', '电话', '网格员电话'],
      type: 'phone',
      example: '',
      note: '网格员同名时填写，用以区分',
    },
    { key: 'date', column: 'work_date', label: '日期', variants: ['工作日期', '日志日期', '巡查日期', '填写日期'], type: 'date', required: true, example: '2026-03-02' },
    { key: 'patrolled', column: 'patrolled', label: '是否巡查', variants: ['巡查', '当日巡查', '是否巡查网格'], type: 'bool', example: '是', note: '留空时：填了巡查时间或地点即为“是”' },
    { key: 'patrolStart', column: 'patrol_start', label: '巡查开始时间', variants: ['开始时间', '巡查开始', '出发时间'], type: 'time', example: '08:30' },
    { key: 'patrolEnd', column: 'patrol_end', label: '巡查结束时间', variants: ['结束时间', '巡查结束', '返回时间'], type: 'time', example: '10:30' },
    {
      key: 'places',
      column: 'places',
      label: '巡查地点',
      variants: ['巡查路线', '巡查区域', '途经地点', '地点', '巡查地点（楼栋）'],
      type: 'text',
      max: 2000,
      example: '',
      note: '多个地点用顿号“、”分隔；楼栋写楼栋名称，其他地点写地址；负责多个网格时可写“网格名：地址”',
    },
    {
      key: 'observations',
      column: 'observations',
      label: '民情',
      variants: ['民情记录', '社情民意', '民情日志', '发现情况', '巡查情况', '工作内容'],
      type: 'text',
      required: true,
      max: 4000,
      example: '无异常',
    },
    { key: 'notes', column: 'notes', label: '备注', variants: ['其他', '说明'], type: 'text', max: 2000, example: '' },
  ],
};

/** 入户走访记录 as the handbook's paper form has them: the household, the day, who visited and who was met, what was found. */
export const VISIT_IMPORT: ImportKindSpec = {
  kind: 'visit',
  label: '入户走访记录（纸质）',
  sheetName: '走访记录',
  matchNote: '每行一次入户走访，按户 + 走访日期新增；该户当天已有走访记录的行不能导入（请在系统中修改原记录）',
  fields: [
    {
      key: 'householdNo',
      column: 'household_id',
      label: '户号',
      variants: ['户编号', '家庭户号', '户籍户号', '户代码', '走访户号'],
      type: 'text',
      max: 40,
      example: '0001',
      note: '填写户号，或填写户主姓名（同名时再加门牌地址）',
    },
    { key: 'headName', column: 'head_name', label: '户主姓名', variants: ['户主', '户主名称', '户名', '被走访户', '走访户', '走访对象'], type: 'text', max: 30, example: '张秀英' },
    { key: 'address', column: 'address', label: '门牌地址', variants: ['地址', '住址', '家庭住址', '现住址', '门牌号', '户籍地址'], type: 'text', max: 200, example: '' },
    { key: 'date', column: 'visit_date', label: '走访日期', variants: ['日期', '入户日期', '走访时间', '入户时间'], type: 'date', required: true, example: '2026-03-02' },
    { key: 'worker', column: 'staff_id', label: '走访网格员', variants: ['网格员', '网格员姓名', '走访人', '走访人员', '入户人员', '记录人'], type: 'text', required: true, max: 30, example: '王建国' },
    { key: 'phone', column: 'phone', label: '网格员电话', variants: ['联系电话', '手机号', '网格员手机', '电话'], type: 'phone', example: '', note: '网格员同名时填写，用以区分' },
    { key: 'metName', column: 'met_name', label: '见到的人', variants: ['接待人', '接待人员', '被访人', '见面人', '被走访人', '在家人员'], type: 'text', required: true, max: 50, example: '张秀英' },
    {
      key: 'situation',
      column: 'situation',
      label: '走访情况',
      variants: ['情况', '基本情况', '走访内容', '了解情况', '家庭情况', '走访记录'],
      type: 'text',
      required: true,
      max: 2000,
      example: '身体尚可，家中整洁',
    },
    { key: 'needs', column: 'needs', label: '诉求', variants: ['诉求需求', '群众诉求', '需求', '困难诉求', '反映问题', '意见建议'], type: 'text', max: 1000, example: '' },
    { key: 'followUp', column: 'follow_up', label: '跟进措施', variants: ['跟进', '跟进情况', '处理情况', '落实情况', '办理情况', '处理结果'], type: 'text', max: 1000, example: '' },
  ],
};

export const ROUTINE_IMPORT_SPECS: Record<RoutineImportKind, ImportKindSpec> = { workLog: WORK_LOG_IMPORT, visit: VISIT_IMPORT };
