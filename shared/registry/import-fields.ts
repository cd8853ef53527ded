// Columns of every ledger's Excel template and import, derived from the field definitions
// (shared/registry/fields): the Chinese header, the header variants recognised when mapping
// a user's own spreadsheet, the type each cell must have, and an example. Export uses the
// same columns, so an exported file imports again.
import { LEDGER_FIELDS } from './fields';
import type { LedgerField } from './fields/field-def';
import type { ImportKind, ImportSourceKind } from './registry-types';

export type { FieldType } from './fields/field-def';

/** An import column: a ledger field that is imported and exported. */
export type ImportField = LedgerField;

export interface ImportKindSpec {
  kind: ImportSourceKind;
  label: string;
  sheetName: string;
  /** How an imported row finds the record it updates. */
  matchNote: string;
  fields: readonly ImportField[];
}

const KINDS: Record<ImportKind, Omit<ImportKindSpec, 'kind' | 'fields'>> = {
  person: { label: '实有人口', sheetName: '实有人口', matchNote: '按公民身份号码匹配：已有的人员更新，新的人员新增' },
  house: { label: '房屋（含出租房屋）', sheetName: '房屋', matchNote: '按所属网格 + 房屋地址（含单元、房号）匹配：已有的房屋更新，新的房屋新增' },
  organisation: { label: '单位场所（含九小场所）', sheetName: '单位场所', matchNote: '按所属网格 + 单位名称匹配：已有的更新，新的新增' },
  facility: { label: '部件设施', sheetName: '部件设施', matchNote: '按部件编码匹配：已有的更新，新的新增' },
  special: { label: '特殊人群', sheetName: '特殊人群', matchNote: '按公民身份号码 + 人员类别匹配；人员须已在实有人口台账中' },
  dispute: { label: '矛盾纠纷排查', sheetName: '矛盾纠纷', matchNote: '按所属网格 + 排查日期 + 当事人匹配' },
};

const specOf = (kind: ImportKind): ImportKindSpec => ({ kind, ...KINDS[kind], fields: LEDGER_FIELDS[kind].fields.filter((f) => f.importable !== false) });

export const IMPORT_SPECS: Record<ImportKind, ImportKindSpec> = {
  person: specOf('person'),
  house: specOf('house'),
  organisation: specOf('organisation'),
  facility: specOf('facility'),
  special: specOf('special'),
  dispute: specOf('dispute'),
};

/** Header text reduced for matching: no brackets' content, required marks, spaces or case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[*＊※]|必填|选填/g, '')
    .replace(/[\s_\-—–·•:：]/g, '')
    .toLowerCase();
}

/**
 * Suggests which column holds each field: exact header or variant first, then a header
 * that contains the label or a variant (longest first). Each column serves one field.
 * Returns field key → column index, or null when no column fits.
 */
export function suggestMapping(headers: readonly string[], fields: readonly ImportField[]): Record<string, number | null> {
  const keys = headers.map((h) => headerKey(h ?? ''));
  const used = new Set<number>();
  const mapping: Record<string, number | null> = {};
  const names = (f: ImportField) => [f.label, ...f.variants].map(headerKey).filter(Boolean);
  for (const f of fields) {
    const idx = keys.findIndex((k, i) => !used.has(i) && k !== '' && names(f).includes(k));
    mapping[f.key] = idx >= 0 ? idx : null;
    if (idx >= 0) used.add(idx);
  }
  for (const f of fields) {
    if (mapping[f.key] !== null) continue;
    const candidates = names(f).sort((a, b) => b.length - a.length);
    let found: number | null = null;
    for (const name of candidates) {
      if (name.length < 2) continue;
      const idx = keys.findIndex((k, i) => !used.has(i) && k.includes(name));
      if (idx >= 0) {
        found = idx;
        break;
      }
    }
    mapping[f.key] = found;
    if (found !== null) used.add(found);
  }
  return mapping;
}
