// Half-month periods of the dispute screening (矛盾纠纷“半月一排查”): the 1st–15th of a month is
// period 'YYYY-MM-1' (上半月), the 16th to the month's last day 'YYYY-MM-2' (下半月). Pure civil
// dates, the same on both sides.

export type HalfMonth = `${number}-${number}-${1 | 2}`;

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])-([12])$/;

export function isHalfMonth(period: string): period is HalfMonth {
  return PERIOD_RE.test(period);
}

/** The last day (28–31) of the month of a YYYY-MM-DD date. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The half month holding a YYYY-MM-DD date. */
export function halfMonthOf(date: string): HalfMonth {
  return `${date.slice(0, 7)}-${Number(date.slice(8, 10)) <= 15 ? 1 : 2}` as HalfMonth;
}

/** First and last day (inclusive) of a half month. */
export function halfMonthRange(period: string): { from: string; to: string } {
  const m = PERIOD_RE.exec(period);
  if (!m) throw new RangeError(`Invalid half month: ${period}`);
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === '1') return { from: `${ym}-01`, to: `${ym}-15` };
  return { from: `${ym}-16`, to: `${ym}-${String(lastDayOfMonth(Number(m[1]), Number(m[2])))}` };
}

/** The half month after `period`. */
export function nextHalfMonth(period: string): HalfMonth {
  const { to } = halfMonthRange(period);
  const [y, mo, d] = to.split('-').map(Number);
  return halfMonthOf(new Date(Date.UTC(y!, mo! - 1, d! + 1)).toISOString().slice(0, 10));
}

/** Every half month touching [from, to], oldest first. */
export function halfMonthsBetween(from: string, to: string): HalfMonth[] {
  const out: HalfMonth[] = [];
  const last = halfMonthOf(to);
  for (let p = halfMonthOf(from); p <= last; p = nextHalfMonth(p)) out.push(p);
  return out;
}

/** 2026年1月上半月 / 2026年1月下半月. */
export function halfMonthLabel(period: string): string {
  const m = PERIOD_RE.exec(period);
  if (!m) return period;
  return `${m[1]}年${Number(m[2])}月${m[3] === '1' ? '上' : '下'}半月`;
}

/** 1月上 / 1月下: the short label of a table column. */
export function halfMonthShort(period: string): string {
  const m = PERIOD_RE.exec(period);
  if (!m) return period;
  return `${Number(m[2])}月${m[3] === '1' ? '上' : '下'}`;
}
