/** Civil-date helpers (YYYY-MM-DD strings ↔ epoch day numbers), timezone-free. */

export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Deadlines, periods and working-day counts convert the same few thousand days over and over
// (the demo build spent a tenth of its time here): both directions are remembered, boundedly.
const MEMO_LIMIT = 20_000;
const parsed = new Map<string, number | null>();
const formatted = new Map<number, string>();
function remember<K, V>(memo: Map<K, V>, key: K, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** Epoch day number of a YYYY-MM-DD date, or null when malformed / not a real date. */
export function tryParseDate(date: string): number | null {
  const known = parsed.get(date);
  if (known !== undefined) return known;
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  const result = formatDay(day) === date ? day : null;
  remember(parsed, date, result);
  return result;
}

export function parseDate(date: string): number {
  const day = tryParseDate(date);
  if (day === null) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${String(date)}`);
  return day;
}

export function isValidDate(date: string): boolean {
  return tryParseDate(date) !== null;
}

export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    remember(formatted, day, text);
  }
  return text;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekendDay(day: number): boolean {
  const wd = weekdayOfDay(day);
  return wd === 0 || wd === 6;
}

export function addDays(date: string, n: number): string {
  return formatDay(parseDate(date) + n);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
