// Parses a data row's cells by the ledger's field types (text, ID, phone, date, number,
// enum, tags, yes/no, gender, ethnicity, grid) and collects a Chinese reason for every bad
// cell. Each reason names its field once.
import {
  cellProse,
  cellText,
  enumLookup,
  parseBool,
  parseDate,
  parseEnum,
  parseEthnicity,
  parseGender,
  parseNumber,
  parsePhone,
  parseTags,
  parseTime,
  type CellValue,
  type Parsed,
} from '../../../../shared/registry/cell-parse';
import type { ImportField } from '../../../../shared/registry/import-fields';
import type { GridResolver } from './grid-resolver';

const lookups = new WeakMap<object, Map<string, string>>();

function lookupOf(field: ImportField): Map<string, string> {
  const spec = field.enum!;
  let m = lookups.get(spec);
  if (!m) {
    m = enumLookup(spec);
    lookups.set(spec, m);
  }
  return m;
}

function parseCell(field: ImportField, cell: CellValue, grids: GridResolver): Parsed<unknown> {
  switch (field.type) {
    case 'text': {
      const s = cellProse(cell);
      if (field.max && s.length > field.max) return { ok: false, reason: `${field.label}不能超过${field.max}个字` };
      return { ok: true, value: s };
    }
    case 'citizenId': {
      if (typeof cell === 'number' && cell > 1e15) {
        return { ok: false, reason: `${field.label}被Excel存成了数字，末几位已丢失，请将该列设为“文本”格式后重新填写` };
      }
      const s = cellText(cell).replace(/[\s-]/g, '').toUpperCase();
      if (s.includes('*')) return { ok: false, reason: `${field.label}已脱敏（含*），无法导入` };
      return { ok: true, value: s };
    }
    case 'phone':
      return parsePhone(cell, field.label);
    case 'date':
      return parseDate(cell, field.label);
    case 'time':
      return parseTime(cell, field.label);
    case 'gender':
      return parseGender(cell, field.label);
    case 'ethnicity':
      return parseEthnicity(cell, field.label);
    case 'int':
    case 'decimal':
      return parseNumber(cell, field.label, { integer: field.type === 'int', min: field.min, max: field.maxValue });
    case 'enum':
      return parseEnum(cell, lookupOf(field), field.label, field.enum!.labels);
    case 'tags':
      return parseTags(cell, lookupOf(field), field.label, field.enum!.labels);
    case 'bool':
      return parseBool(cell, field.label);
    case 'grid': {
      const r = grids.resolve(cell);
      return r.ok ? { ok: true, value: r.grid } : r;
    }
  }
}

/**
 * The row's values for the mapped fields and the reasons it is bad. Unmapped fields are
 * absent from `values`, so an import never touches columns it lacks; so are blank cells,
 * so an update keeps the stored value — unless `clearBlank` (the user asked that blank
 * cells clear what is stored), then a blank cell is null and listed in `blank`.
 */
export function parseRow(
  cells: CellValue[],
  fields: readonly ImportField[],
  mapping: Record<string, number | null>,
  grids: GridResolver,
  clearBlank = false,
): { values: Record<string, unknown>; reasons: string[]; blank: string[] } {
  const values: Record<string, unknown> = {};
  const reasons: string[] = [];
  const blank: string[] = [];
  for (const field of fields) {
    const idx = mapping[field.key];
    if (idx === null || idx === undefined) {
      if (field.required) reasons.push(`缺少必填项：${field.label}`);
      continue;
    }
    const cell = cells[idx];
    if (cellText(cell) === '') {
      if (field.required) reasons.push(`缺少必填项：${field.label}`);
      else if (clearBlank) {
        values[field.key] = null;
        blank.push(field.key);
      }
      continue;
    }
    const r = parseCell(field, cell, grids);
    if (r.ok) values[field.key] = r.value;
    else reasons.push(r.reason);
  }
  return { values, reasons, blank };
}
