// Blank import templates (.xlsx): the ledger's sheet with Chinese headers (required ones in
// red with *), one example row (skipped on import), drop-down lists for coded columns, a
// notes sheet explaining every column, and the town's grid list.
import type { ImportField, ImportKindSpec } from '../../../../shared/registry/import-fields';
import { IMPORT_SPECS } from '../../../../shared/registry/import-fields';
import type { ImportKind } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import { columnLetter } from '../../io/cell-address';
import type { SheetSpec, WorkbookSpec } from '../../io/workbook-spec';
import { loadGrids } from '../unit-scope';

const GRID_SHEET = '网格列表';
const TEMPLATE_ROWS = 5000;

function allowed(field: ImportField): string {
  if (field.type === 'enum' || field.type === 'tags') return Object.values(field.enum!.labels).join('、');
  if (field.type === 'bool') return '是、否';
  if (field.type === 'gender') return '男、女';
  return '';
}

function requirement(field: ImportField): string {
  const parts: string[] = [];
  switch (field.type) {
    case 'citizenId':
      parts.push('18位公民身份号码，系统校验末位校验码、出生日期');
      break;
    case 'phone':
      parts.push('11位手机号或带区号的固定电话（可带空格、横线、+86）');
      break;
    case 'date':
      parts.push('日期，如2024-05-01（也可填2024/5/1、2024.5.1、20240501、2024年5月1日）');
      break;
    case 'int':
      parts.push('整数');
      break;
    case 'decimal':
      parts.push('数字');
      break;
    case 'grid':
      parts.push('网格名称或网格编码');
      break;
    case 'tags':
      parts.push('可填多个，用顿号“、”分隔');
      break;
    default:
      if (field.max) parts.push(`不超过${field.max}个字`);
  }
  if (field.note) parts.push(field.note);
  return parts.join('；');
}

function dataSheet(spec: ImportKindSpec, gridCount: number): SheetSpec {
  const headers = spec.fields.map((f) => ({ v: f.required ? `${f.label}*` : f.label, s: f.required ? ('headerRequired' as const) : ('header' as const) }));
  const example = spec.fields.map((f) => ({ v: f.example, s: 'example' as const }));
  const validations: SheetSpec['validations'] = [];
  spec.fields.forEach((f, i) => {
    const col = columnLetter(i);
    const range = `${col}2:${col}${TEMPLATE_ROWS}`;
    if (f.type === 'grid' && gridCount > 0) validations.push({ range, formula: `'${GRID_SHEET}'!$B$2:$B$${gridCount + 1}`, prompt: '选择或填写网格名称' });
    else if (f.type === 'bool') validations.push({ range, list: ['是', '否'] });
    else if (f.type === 'gender') validations.push({ range, list: ['男', '女'] });
    else if (f.type === 'enum') {
      const list = Object.values(f.enum!.labels);
      if (list.join(',').length < 250) validations.push({ range, list });
    }
  });
  return {
    name: spec.sheetName,
    columns: spec.fields.map((f) => ({
      width: Math.max(10, Math.min(40, Math.max(f.label.length * 2 + 4, f.example.length + 4))),
      text: f.type === 'citizenId' || f.type === 'phone' || f.type === 'text' || f.type === 'grid',
    })),
    rows: [{ cells: headers, height: 24 }, { cells: example }],
    freeze: { rows: 1 },
    validations,
  };
}

function notesSheet(spec: ImportKindSpec): SheetSpec {
  const rows: SheetSpec['rows'] = [
    { cells: [{ v: `${spec.label}导入模板 填写说明`, s: 'title' }], height: 28 },
    { cells: [{ v: `1. 在“${spec.sheetName}”工作表第2行起逐行填写，第1行列名请勿修改；带*的列必填。`, s: 'note' }] },
    { cells: [{ v: '2. 第2行为示例，导入时自动忽略，可直接覆盖。', s: 'note' }] },
    { cells: [{ v: `3. ${spec.matchNote}。重复导入同一文件不会产生重复数据。`, s: 'note' }] },
    { cells: [{ v: '4. 身份证号、电话等列请保持“文本”格式，避免Excel把长数字改成科学计数法。', s: 'note' }] },
    { cells: [{ v: '5. 导入前系统会逐行检查，有误的行会列出原因；全部正确（或排除有误的行）后才会写入，不会只导入一部分。', s: 'note' }] },
    { cells: [] },
    { cells: ['列名', '是否必填', '填写要求', '可填内容', '示例'], style: 'header' },
    ...spec.fields.map((f) => ({ cells: [f.label, f.required ? '必填' : '选填', requirement(f), allowed(f), f.example], style: 'cell' as const })),
  ];
  return {
    name: '填写说明',
    columns: [{ width: 16 }, { width: 10 }, { width: 48 }, { width: 48 }, { width: 24 }],
    rows,
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'A5:E5', 'A6:E6'],
  };
}

function gridSheet(db: ReadDb, only: string[] | null): { sheet: SheetSpec; count: number } {
  const grids = loadGrids(db, false).filter((g) => only === null || only.includes(g.id));
  return {
    count: grids.length,
    sheet: {
      name: GRID_SHEET,
      columns: [{ width: 20, text: true }, { width: 24 }, { width: 16 }],
      rows: [{ cells: ['网格编码', '网格名称', '所属村/社区'], style: 'header' }, ...grids.map((g) => ({ cells: [g.code, g.name, g.villageName], style: 'cell' as const }))],
      freeze: { rows: 1 },
    },
  };
}

/** The template's workbook (reads only) and file name; the caller writes the file. Its grid list holds `grids` (null: every grid). */
export function templateWorkbook(db: ReadDb, kind: ImportKind, grids: string[] | null = null): { fileName: string; workbook: WorkbookSpec } {
  const spec = IMPORT_SPECS[kind];
  const gridList = gridSheet(db, grids);
  const needsGrids = spec.fields.some((f) => f.type === 'grid');
  const wb: WorkbookSpec = { sheets: [dataSheet(spec, needsGrids ? gridList.count : 0), notesSheet(spec), ...(needsGrids ? [gridList.sheet] : [])] };
  return { fileName: `${spec.label.replace(/[（(].*$/, '')}导入模板.xlsx`, workbook: wb };
}

