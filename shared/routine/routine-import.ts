// The columns of the routine's paper records imported from Excel (工作日志 filled on paper),
// read by the same preview and commit as the ledgers' import (electron/core/registry/import):
// the header variants recognised when mapping a keeper's own sheet, each cell's type, and an
// example. The rules a row must meet are the log form's own (electron/core/routine/work-logs.ts).
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

export const ROUTINE_IMPORT_SPECS: Record<RoutineImportKind, ImportKindSpec> = { workLog: WORK_LOG_IMPORT };
