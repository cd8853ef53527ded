// 矛盾纠纷排查: the fields of a dispute, defined once (see field-def.ts).
import type { EnumSpec } from '../cell-parse';
import { DISPUTE_KIND_LABELS, DISPUTE_STATUS_LABELS } from '../registry-types';
import { GRID_FIELD, NOTES_FIELD } from './common-fields';
import type { LedgerFieldSet } from './field-def';

const DISPUTE_KIND: EnumSpec = {
  labels: DISPUTE_KIND_LABELS,
  aliases: { 婚姻: 'family', 家庭: 'family', 邻里: 'neighbour', 土地: 'land', 山林: 'land', 宅基地: 'homestead', 劳资: 'labour', 劳动: 'labour', 欠薪: 'labour', 债务: 'debt', 合同: 'debt', 赔偿: 'damage', 拆迁: 'demolition', 征地: 'demolition', 物业: 'property' },
};
const DISPUTE_STATUS: EnumSpec = {
  labels: DISPUTE_STATUS_LABELS,
  aliases: { 未化解: 'open', 在调: 'open', 调处: 'open', 已调解: 'resolved', 化解: 'resolved', 调解成功: 'resolved', 移交: 'referred', 上报: 'referred' },
};

export const DISPUTE_FIELDS: LedgerFieldSet = {
  formOrder: ['foundDate', 'kind', 'grid', 'parties', 'summary', 'status', 'mediator', 'resolvedDate', 'result', 'notes'],
  gridOrder: ['foundDate', 'parties', 'kind', 'summary', 'status', 'mediator', 'resolvedDate', 'grid'],
  fields: [
    GRID_FIELD,
    { key: 'foundDate', column: 'found_date', label: '排查日期', variants: ['发现日期', '登记日期', '日期', '排查时间'], type: 'date', required: true, example: '2025-06-15', grid: { width: 110 } },
    { key: 'parties', column: 'parties', label: '当事人', variants: ['纠纷当事人', '双方当事人', '当事人姓名'], type: 'text', required: true, max: 120, example: '张某与李某', form: { span: 3 }, grid: { width: 160 } },
    { key: 'kind', column: 'kind', label: '纠纷类型', variants: ['类型', '纠纷类别', '类别'], type: 'enum', enum: DISPUTE_KIND, required: true, example: '邻里纠纷', grid: { width: 110 } },
    {
      key: 'summary',
      column: 'summary',
      label: '简要情况',
      variants: ['纠纷简要情况', '基本情况', '主要内容', '纠纷情况'],
      type: 'text',
      required: true,
      max: 1000,
      example: '因排水沟堵塞引发纠纷',
      form: { control: 'textarea', span: 3 },
      grid: { minWidth: 280, flex: 1, tooltip: true },
    },
    {
      key: 'status',
      column: 'status',
      label: '调处状态',
      variants: ['状态', '化解情况', '是否化解'],
      type: 'enum',
      enum: DISPUTE_STATUS,
      example: '调处中',
      grid: { width: 100, colors: { open: 'orange', resolved: 'green', referred: 'blue' } },
    },
    { key: 'mediator', column: 'mediator', label: '调解人', variants: ['调处人', '责任人', '承办人'], type: 'text', max: 30, example: '王芳', grid: { width: 90 } },
    { key: 'result', column: 'result', label: '调处结果', variants: ['调解结果', '处理结果', '化解结果'], type: 'text', max: 500, example: '', form: { control: 'textarea', span: 3 } },
    { key: 'resolvedDate', column: 'resolved_date', label: '化解日期', variants: ['调结日期', '办结日期'], type: 'date', example: '', grid: { width: 110 } },
    NOTES_FIELD,
  ],
};
