// The columns of a satisfaction survey spreadsheet (满意度测评结果), read by the registry's
// import engine (preview, every bad row with its reasons, all-or-nothing commit): the header
// variants recognised, each cell's type, an example. A row's rules are the survey form's own
// (electron/core/assessment/surveys.ts).
import type { ImportKindSpec } from '../registry/import-fields';

export const SURVEY_IMPORT: ImportKindSpec = {
  kind: 'survey',
  label: '群众满意度测评结果',
  sheetName: '满意度测评',
  matchNote: '每行一个网格一个半年的测评，按网格 + 半年匹配：已登记的测评更新，新的新增',
  fields: [
    { key: 'grid', column: 'grid_id', label: '网格', variants: ['网格名称', '所属网格', '网格编码', '测评网格', '网格（名称或编码）'], type: 'grid', required: true, example: '青石村第1网格', note: '网格名称或编码' },
    { key: 'halfYear', column: 'half_year', label: '测评半年', variants: ['半年', '测评期', '测评时段', '年度半年', '半年度'], type: 'text', max: 20, example: '2026年上半年', note: '写作“2026年上半年”或“2026H1”；留空时按测评日期所在半年' },
    { key: 'score', column: 'score', label: '测评得分', variants: ['得分', '满意度得分', '满意度', '测评分数', '分数', '满意度测评得分'], type: 'decimal', required: true, min: 0, maxValue: 100, example: '86.5', note: '0–100分' },
    { key: 'sampleSize', column: 'sample_size', label: '样本数', variants: ['样本量', '有效样本', '有效问卷', '问卷数', '测评人数', '参与人数'], type: 'int', required: true, min: 1, maxValue: 100_000, example: '60' },
    { key: 'surveyDate', column: 'survey_date', label: '测评日期', variants: ['日期', '调查日期', '测评时间', '调查时间'], type: 'date', required: true, example: '2026-06-20' },
    { key: 'note', column: 'note', label: '备注', variants: ['说明', '情况说明'], type: 'text', max: 500, example: '' },
  ],
};
