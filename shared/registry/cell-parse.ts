// Parsing of spreadsheet cells into ledger values, with a Chinese reason when a cell is bad.
// Cells arrive as what a spreadsheet holds: text, numbers (also Excel date serials), booleans,
// dates, or nothing. Pure functions, used by the importer and by the forms' validation.

export type CellValue = string | number | boolean | Date | null | undefined;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Full-width characters → ASCII, trimmed; `''` for empty cells. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  // ASCII and CJK ideographs are NFKC-stable: skip the (costly) normalisation for them.
  const s = NEEDS_NFKC.test(v) ? v.normalize('NFKC').replace(/[\u200b\ufeff]/g, '') : v;
  return s.trim();
}

const NEEDS_NFKC = /[^ -~\u4e00-\u9fff]/;

/** Whether a cell holds nothing (empty, blanks only). */
export function isBlank(v: CellValue): boolean {
  return cellText(v) === '';
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function ymd(y: number, m: number, d: number, original: string): Parsed<string> {
  if (!realDate(y, m, d)) return bad(`日期“${original}”不存在`);
  return ok(`${y}-${pad2(m)}-${pad2(d)}`);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date cell → 'YYYY-MM-DD'. Accepts real date cells, Excel date serials, and text such as
 * 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 20240501.
 */
export function parseDate(v: CellValue): Parsed<string> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return bad('不是有效日期');
    // Spreadsheet dates carry no zone; the reader hands them over as UTC midnight
    // (a second of slack absorbs floating-point error in the serial number).
    const t = new Date(v.getTime() + 1000);
    return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), cellText(v));
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 18000101 && v <= 22001231) return parseDate(String(v));
    if (v >= 1 && v < 110000) {
      const t = new Date(EXCEL_EPOCH_MS + Math.round(v * 86400) * 1000);
      return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), String(v));
    }
    return bad(`“${v}”不是日期`);
  }
  const s = cellText(v);
  if (s === '') return bad('日期为空');
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), s);
  return bad(`“${s}”不是日期（应为如2024-05-01的格式）`);
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;
const LOCAL = /^[2-9]\d{6,7}$/;

export function isValidPhone(s: string): boolean {
  return MOBILE.test(s) || LANDLINE.test(s) || LOCAL.test(s);
}

/** A phone cell → normalised text (spaces and +86 removed, (0579) → 0579-). */
export function parsePhone(v: CellValue): Parsed<string> {
  let s = cellText(v).replace(/\s+/g, '');
  s = s.replace(/^\((0\d{2,3})\)/, '$1-');
  s = s.replace(/^(?:\+?86)(1\d{10})$/, '$1');
  if (!isValidPhone(s)) return bad(`电话号码“${cellText(v)}”格式不正确`);
  return ok(s);
}

/** Strips spaces, case and common separators for tolerant matching of labels. */
export function looseKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-—–·•*＊:：()（）[\]【】]/g, '');
}

export interface EnumSpec {
  /** code → Chinese label */
  labels: Readonly<Record<string, string>>;
  /** Further accepted spellings → code. */
  aliases?: Readonly<Record<string, string>>;
}

/** Builds a lookup of every accepted spelling (code, label, alias) of an enum. */
export function enumLookup(spec: EnumSpec): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, label] of Object.entries(spec.labels)) {
    map.set(looseKey(code), code);
    map.set(looseKey(label), code);
    // 'A级（安全）' is also accepted as 'A级'; '刑满释放/安置帮教' as either half.
    const short = label.replace(/[（(].*$/, '');
    if (short) map.set(looseKey(short), code);
    for (const part of label.split('/')) if (part.length >= 2) map.set(looseKey(part), code);
  }
  for (const [alias, code] of Object.entries(spec.aliases ?? {})) map.set(looseKey(alias), code);
  return map;
}

export function parseEnum(v: CellValue, lookup: Map<string, string>, fieldLabel: string, labels: Readonly<Record<string, string>>): Parsed<string> {
  const s = cellText(v);
  const code = lookup.get(looseKey(s));
  if (code) return ok(code);
  const allowed = Object.values(labels).slice(0, 12).join('、');
  return bad(`${fieldLabel}“${s}”无法识别（可填：${allowed}）`);
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有', '出租', '重点']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无', '不是', '自住', '一般']);

export function parseBool(v: CellValue, fieldLabel: string): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const s = looseKey(cellText(v));
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return bad(`${fieldLabel}“${cellText(v)}”应填“是”或“否”`);
}

/** A list cell ('老年人、低保户') → the codes of its items. */
export function parseTags(v: CellValue, lookup: Map<string, string>, fieldLabel: string, labels: Readonly<Record<string, string>>): Parsed<string[]> {
  const items = cellText(v)
    .split(/[,，、;；/\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const item of items) {
    const code = lookup.get(looseKey(item));
    if (!code) return bad(`${fieldLabel}“${item}”无法识别（可填：${Object.values(labels).join('、')}）`);
    if (!out.includes(code)) out.push(code);
  }
  return ok(out);
}

export function parseNumber(v: CellValue, fieldLabel: string, opts: { integer?: boolean; min?: number; max?: number } = {}): Parsed<number> {
  const n = typeof v === 'number' ? v : Number(cellText(v).replace(/[,，]/g, '').replace(/(平方米|㎡|m2|人|层|个)$/i, ''));
  if (!Number.isFinite(n)) return bad(`${fieldLabel}“${cellText(v)}”不是数字`);
  if (opts.integer && !Number.isInteger(n)) return bad(`${fieldLabel}“${cellText(v)}”应为整数`);
  if (opts.min !== undefined && n < opts.min) return bad(`${fieldLabel}不能小于${opts.min}`);
  if (opts.max !== undefined && n > opts.max) return bad(`${fieldLabel}不能大于${opts.max}`);
  return ok(n);
}
