// Fields every ledger shares: its grid and its notes.
import type { LedgerField } from './field-def';

export const GRID_FIELD: LedgerField = {
  key: 'grid',
  column: 'grid_id',
  label: '所属网格',
  variants: ['网格', '网格名称', '网格编码', '网格编号', '所在网格', '责任网格', '网格号'],
  type: 'grid',
  required: true,
  example: '凤栖社区第1网格',
  note: '填写网格名称或网格编码（见“网格列表”工作表）',
  record: 'gridName',
  input: 'gridId',
  grid: { width: 170 },
};

export const NOTES_FIELD: LedgerField = {
  key: 'notes',
  column: 'notes',
  label: '备注',
  variants: ['说明', '其他'],
  type: 'text',
  max: 500,
  example: '',
  form: { control: 'textarea', span: 3 },
};
