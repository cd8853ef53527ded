// Parsing of spreadsheet cells into ledger values, with a Chinese reason when a cell is bad.
// Cells arrive as what a spreadsheet holds: text, numbers (also Excel date serials), booleans,
// dates, or nothing. Pure functions, used by the importer and by the forms' validation.
// A reason names the field once: the parsers take the field's label and put it in front.
import { ethnicityOf, type Ethnicity } from './ethnicity';

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

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Narrative text (民情, addresses, notes, names) as typed: trimmed, zero-width characters
 * dropped, full-width letters, digits and spaces made ASCII — but Chinese punctuation
 * (，：；（）！？) kept, which cellText's NFKC would turn into ASCII marks.
 */
export function cellProse(v: CellValue): string {
  if (typeof v !== 'string') return cellText(v);
  return v
    .replace(/[\u200b\ufeff]/g, '')
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

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

function ymd(y: number, m: number, d: number, original: string, label: string): Parsed<string> {
  if (!realDate(y, m, d)) return bad(`${label}“${original}”不存在`);
  return ok(`${y}-${pad2(m)}-${pad2(d)}`);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel serials from 1900-01-01 up to 2200: anything else in a date column is not a date. */
const MAX_SERIAL = 110_000;

/**
 * A date cell → 'YYYY-MM-DD'. Accepts real date cells, Excel date serials, and text as
 * Chinese offices write it: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日 (also 号),
 * 20240501, full-width digits, with or without a time after it. `label` names the field in
 * the reason (“出生日期“2023-02-29”不存在”), so a message says the field once.
 */
export function parseDate(v: CellValue, label = '日期'): Parsed<string> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return bad(`${label}无效`);
    // Spreadsheet dates carry no zone; the reader hands them over as UTC midnight
    // (a second of slack absorbs floating-point error in the serial number).
    const t = new Date(v.getTime() + 1000);
    return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), cellText(v), label);
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 18000101 && v <= 22001231) return parseDate(String(v), label);
    if (v >= 1 && v < MAX_SERIAL) {
      const t = new Date(EXCEL_EPOCH_MS + Math.round(v * 86400) * 1000);
      return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), String(v), label);
    }
    return bad(`${label}“${v}”无法识别（应填日期，如2024-05-01）`);
  }
  const s = cellText(v);
  if (s === '') return bad(`${label}为空`);
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s*[ T]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), s, label);
  // A serial number that arrived as text (a cell formatted as text after typing a date).
  if (/^\d{5}$/.test(s) && Number(s) < MAX_SERIAL) return parseDate(Number(s), label);
  return bad(`${label}“${s}”无法识别（应填日期，如2024-05-01、2024/5/1、2024年5月1日）`);
}

/**
 * A time-of-day cell → 'HH:MM'. Accepts real time cells (Excel hands a time over as a date on
 * 1899-12-30, in UTC), day fractions (0.354166… = 08:30), and text as written on paper forms:
 * 8:30, 08：30, 8点30, 8点, 8时30分, 0830.
 */
export function parseTime(v: CellValue, label = '时间'): Parsed<string> {
  const hm = (h: number, m: number, original: string) =>
    h >= 0 && h <= 23 && m >= 0 && m <= 59 ? ok(`${pad2(h)}:${pad2(m)}`) : bad(`${label}“${original}”不存在`);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return bad(`${label}无效`);
    const t = new Date(v.getTime() + 30_000);
    return hm(t.getUTCHours(), t.getUTCMinutes(), cellText(v));
  }
  if (typeof v === 'number') {
    if (v >= 0 && v < 1) {
      const minutes = Math.round(v * 24 * 60);
      return hm(Math.floor(minutes / 60), minutes % 60, String(v));
    }
    if (Number.isInteger(v) && v >= 0 && v <= 2359) return parseTime(String(v).padStart(4, '0'), label);
    return bad(`${label}“${v}”无法识别（应填时间，如08:30）`);
  }
  const s = cellText(v);
  if (s === '') return bad(`${label}为空`);
  let m = /^(\d{1,2})\s*[:：点时]\s*(\d{1,2})?\s*分?(?:[:：]\d{2})?$/.exec(s);
  if (!m) m = /^(\d{2})(\d{2})$/.exec(s);
  if (m) return hm(Number(m[1]), Number(m[2] ?? 0), s);
  return bad(`${label}“${s}”无法识别（应填时间，如08:30、8点30）`);
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Area codes: 010 and 02x have three digits, all others four. */
const LANDLINE_DIGITS = /^(0(?:10|2\d|[3-9]\d{2}))([2-9]\d{6,7})$/;
const LOCAL = /^[2-9]\d{6,7}$/;

/** The digits of a number written with separators ('+' kept), or null when other characters are in it. */
function phoneDigits(s: string): string | null {
  const d = s.replace(/[\s\-–—‐.·()（）[\]]/g, '');
  return /^\+?\d+$/.test(d) ? d : null;
}

/** One number (no extension) in its stored form, or null. */
function cleanNumber(raw: string): string | null {
  let d = phoneDigits(raw);
  if (d === null) return null;
  let prefixed = false;
  if (/^(?:\+86|0086)/.test(d)) {
    d = d.replace(/^(?:\+86|0086)/, '');
    prefixed = true;
  } else if (/^86(?:1[3-9]\d{9}|0?(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7})$/.test(d)) {
    d = d.slice(2);
    prefixed = true;
  }
  if (MOBILE.test(d)) return d;
  // After a country prefix the area code loses its leading 0 (+86 579 8512 3456).
  const landline = LANDLINE_DIGITS.exec(d) ?? (prefixed && !d.startsWith('0') ? LANDLINE_DIGITS.exec(`0${d}`) : null);
  if (landline) return `${landline[1]}-${landline[2]}`;
  if (!prefixed && LOCAL.test(d)) return d;
  return null;
}

/**
 * A phone cell → its stored form: a mobile as 11 digits, a landline as 0579-85123456 (with
 * -801 for an extension), a local number as its digits. Accepts separators (spaces, dashes,
 * dots, parentheses), a +86 / 0086 / 86 country prefix, full-width digits and 转/分机/ext
 * extensions. `label` names the field in the reason.
 */
export function parsePhone(v: CellValue, label = '电话号码'): Parsed<string> {
  const text = cellText(v);
  const whole = cleanNumber(text);
  if (whole) return ok(whole);
  const ext = /^(.*?\d)\s*(?:转|分机|ext\.?|x|#|[-－])\s*(\d{1,6})$/i.exec(text);
  if (ext) {
    const main = cleanNumber(ext[1]!);
    if (main && main.includes('-')) return ok(`${main}-${ext[2]}`);
  }
  return bad(`${label}“${text}”不是有效的电话号码（手机号11位，固定电话如0579-85123456）`);
}

/** GB/T 2261.1 sex codes and the words offices write; 0 未知 and 9 未说明 mean “not given”. */
const GENDER_WORDS: Readonly<Record<string, 'M' | 'F' | null>> = {
  男: 'M', 男性: 'M', m: 'M', male: 'M', '1': 'M',
  女: 'F', 女性: 'F', f: 'F', female: 'F', '2': 'F',
  '0': null, 未知: null, 未知的性别: null, '9': null, 未说明: null, 未说明的性别: null,
};

/** A gender cell → 'M', 'F', or null for 未知/未说明. */
export function parseGender(v: CellValue, label = '性别'): Parsed<'M' | 'F' | null> {
  const s = cellText(v);
  const key = s.toLowerCase().replace(/\s+/g, '');
  if (key in GENDER_WORDS) return ok(GENDER_WORDS[key]!);
  return bad(`${label}“${s}”无法识别（可填：男、女，或代码1、2）`);
}

/** An ethnicity cell (汉、汉族、01 …) → the full name of GB/T 3304. */
export function parseEthnicity(v: CellValue, label = '民族'): Parsed<Ethnicity> {
  const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : cellText(v);
  const name = ethnicityOf(s);
  return name ? ok(name) : bad(`${label}“${s}”无法识别（应为56个民族之一，如汉族、回族，或GB/T 3304代码）`);
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

const TRUE_WORDS = new Set(['是', '是的', 'y', 'yes', 'true', '1', '√', '✓', '✔', '☑', '有', '对', '出租', '重点']);
const FALSE_WORDS = new Set(['否', '不', '不是', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x', '☐', '无', '没有', '自住', '一般']);

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
