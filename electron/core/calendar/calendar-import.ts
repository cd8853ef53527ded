/**
 * Parse and validate an administrator-provided holiday schedule for one year, either as a
 * JSON object of the per-year shape (see types.ts) or as text lines:
 *
 *   # 来源：国务院办公厅关于2027年部分节假日安排的通知
 *   2027-01-01 休 元旦
 *   2027-02-07 班 春节调休
 *
 * Blank lines and lines starting with "#" are ignored ("# 来源：…" sets the source).
 * Dates must lie in the year, or in the previous December (a 元旦 arrangement may start there,
 * as in the 2023 notice). Rejected: malformed dates, duplicates, a date that is both a holiday
 * and a make-up workday, and make-up workdays that are not on a weekend.
 * Errors are user-facing Chinese messages.
 */
import { isValidDate, isWeekendDay, parseDate, weekdayOfDay } from './dates';
import type { HolidayEntry, WorkdayEntry, YearSchedule } from './types';

export type ImportResult =
  | { ok: true; year: number; entry: YearSchedule }
  | { ok: false; errors: string[] };

export interface ImportOptions {
  /** Used when the input names no source. */
  source?: string;
}

const DEFAULT_SOURCE = '管理员录入';
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const HOLIDAY_WORDS = new Set(['休', '假', '放假']);
const WORKDAY_WORDS = new Set(['班', '上班', '补班']);

type Kind = 'holiday' | 'makeup';

class DateChecker {
  readonly errors: string[] = [];
  private readonly seen = new Map<string, Kind>();

  constructor(private readonly year: number) {}

  get count(): number {
    return this.seen.size;
  }

  /** Records the date; returns false (with an error) when it is rejected. */
  check(label: string, date: unknown, kind: Kind): date is string {
    if (typeof date !== 'string' || !isValidDate(date)) return this.fail(`${label}：日期格式错误`);
    const y = Number(date.slice(0, 4));
    const prevDecember = y === this.year - 1 && date.slice(5, 7) === '12';
    if (y !== this.year && !prevDecember) return this.fail(`${label}：日期 ${date} 不属于 ${this.year} 年`);
    const prev = this.seen.get(date);
    if (prev === kind) return this.fail(`${label}：日期 ${date} 重复`);
    if (prev) return this.fail(`${label}：日期 ${date} 既是放假日又是调休上班日`);
    const day = parseDate(date);
    if (kind === 'makeup' && !isWeekendDay(day)) {
      return this.fail(`${label}：${date} 是${WEEKDAYS[weekdayOfDay(day)]}，本就是工作日，不能设为调休上班日`);
    }
    this.seen.set(date, kind);
    return true;
  }

  fail(message: string): false {
    this.errors.push(message);
    return false;
  }
}

export function parseYearSchedule(year: number, input: unknown, opts: ImportOptions = {}): ImportResult {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return { ok: false, errors: [`年份 ${year} 无效`] };
  if (typeof input === 'string') {
    const text = input.trim();
    if (!text.startsWith('{')) return parseText(year, text, opts);
    try {
      input = JSON.parse(text);
    } catch {
      return { ok: false, errors: ['JSON 格式错误，无法解析'] };
    }
  }
  return parseObject(year, input, opts);
}

function parseText(year: number, text: string, opts: ImportOptions): ImportResult {
  const checker = new DateChecker(year);
  const holidays = new Map<string, string[]>();
  const workdays: WorkdayEntry[] = [];
  let source = opts.source ?? DEFAULT_SOURCE;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const label = `第${i + 1}行`;
    if (!line) return;
    if (line.startsWith('#')) {
      const m = /^#\s*来源\s*[:：]\s*(.+)$/.exec(line);
      if (m) source = m[1].trim();
      return;
    }
    const [date, type, ...rest] = line.split(/[\s,，]+/);
    const name = rest.join(' ');
    if (!type) return void checker.fail(`${label}：缺少类型（休/班）`);
    const kind: Kind | null = HOLIDAY_WORDS.has(type) ? 'holiday' : WORKDAY_WORDS.has(type) ? 'makeup' : null;
    if (!kind) return void checker.fail(`${label}：类型“${type}”无效，应为“休”或“班”`);
    if (!checker.check(label, date, kind)) return;
    if (!name) return void checker.fail(`${label}：缺少名称`);
    if (kind === 'makeup') workdays.push({ name, date });
    else holidays.set(name, [...(holidays.get(name) ?? []), date]);
  });
  const entry: YearSchedule = {
    source,
    holidays: [...holidays].map(([name, dates]) => ({ name, dates: dates.sort() })),
    workdays: workdays.sort((a, b) => a.date.localeCompare(b.date)),
  };
  return finish(year, checker, entry);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function parseObject(year: number, input: unknown, opts: ImportOptions): ImportResult {
  if (isObject(input) && isObject(input.years) && String(year) in input.years) input = input.years[String(year)];
  if (!isObject(input)) return { ok: false, errors: ['内容应为 JSON 对象'] };
  const checker = new DateChecker(year);
  if (input.source !== undefined && !nonEmptyString(input.source)) checker.fail('来源（source）应为非空文字');
  if (input.amendments !== undefined) checker.fail('不支持修订（amendments），请将最终安排直接写入 holidays 和 workdays');
  const holidays: HolidayEntry[] = [];
  const workdays: WorkdayEntry[] = [];

  const rawHolidays = input.holidays ?? [];
  if (!Array.isArray(rawHolidays)) checker.fail('放假安排（holidays）应为列表');
  else rawHolidays.forEach((h: unknown, i) => {
    const label = `第${i + 1}个放假安排`;
    if (!isObject(h) || !nonEmptyString(h.name)) return void checker.fail(`${label}：缺少名称`);
    if (!Array.isArray(h.dates) || h.dates.length === 0) return void checker.fail(`${label}“${h.name}”：缺少日期`);
    const dates = h.dates.filter((d: unknown, j) => checker.check(`${label}“${h.name}”的第${j + 1}个日期`, d, 'holiday'));
    holidays.push({ name: h.name.trim(), dates: (dates as string[]).sort(), ...note(h) });
  });

  const rawWorkdays = input.workdays ?? [];
  if (!Array.isArray(rawWorkdays)) checker.fail('调休上班日（workdays）应为列表');
  else rawWorkdays.forEach((w: unknown, i) => {
    const label = `第${i + 1}个调休上班日`;
    if (!isObject(w) || !nonEmptyString(w.name)) return void checker.fail(`${label}：缺少名称`);
    if (checker.check(label, w.date, 'makeup')) workdays.push({ name: w.name.trim(), date: w.date, ...note(w) });
  });

  const entry: YearSchedule = {
    source: nonEmptyString(input.source) ? input.source.trim() : (opts.source ?? DEFAULT_SOURCE),
    ...note(input),
    holidays,
    workdays: workdays.sort((a, b) => a.date.localeCompare(b.date)),
  };
  return finish(year, checker, entry);
}

function note(o: Record<string, unknown>): { note?: string } {
  return nonEmptyString(o.note) ? { note: o.note } : {};
}

function finish(year: number, checker: DateChecker, entry: YearSchedule): ImportResult {
  if (checker.errors.length === 0 && checker.count === 0) checker.fail('未包含任何放假或调休安排');
  return checker.errors.length ? { ok: false, errors: checker.errors } : { ok: true, year, entry };
}

/** Renders a year schedule in the text form accepted by `parseYearSchedule` (amendments applied last). */
export function formatYearScheduleText(entry: YearSchedule): string {
  const final = new Map<string, string>();
  const put = (hs: HolidayEntry[] = [], ws: WorkdayEntry[] = []): void => {
    for (const h of hs) for (const d of h.dates) final.set(d, `${d} 休 ${h.name}`);
    for (const w of ws) final.set(w.date, `${w.date} 班 ${w.name}`);
  };
  put(entry.holidays, entry.workdays);
  for (const a of entry.amendments ?? []) put(a.holidays, a.workdays);
  const lines = [...final].sort(([a], [b]) => a.localeCompare(b)).map(([, line]) => line);
  return [`# 来源：${entry.source}`, ...lines].join('\n') + '\n';
}
