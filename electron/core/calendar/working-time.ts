/**
 * Working-time arithmetic for case deadlines (SPEC §3), in Asia/Shanghai (UTC+8, no DST;
 * the offset is applied directly).
 *
 * Deadline rule:
 * - Acceptance day ("day 0", `startDay`): the Shanghai date of receipt when that date is a
 *   working day and the receipt time is strictly before the cut-off (default 17:30);
 *   otherwise the next working day. A receipt at exactly 17:30:00 is after the cut-off.
 * - The acceptance day itself does not count: a limit of N working days ends on the N-th
 *   working day after day 0, at the end of office hours (default 17:30).
 *   Mon 10:00 + 3 → Thu 17:30. Mon 18:00 → day 0 is Tue → Fri 17:30.
 *   Sat → day 0 is Mon → Thu 17:30. N = 0 means same day (日清日毕): 17:30 of day 0.
 * - Elapsed working time (`workingDaysBetween`): every working day is one unit that elapses
 *   uniformly over its 24 Shanghai hours; weekends and holidays do not elapse. The result is
 *   the number of whole units between two instants, truncated toward zero (negative if b < a).
 *   With 17:30 deadlines, overdue days therefore tick up at 17:30 of each later working day.
 * - `dueState`: 'overdue' once now is after the deadline; 'due_soon' while fewer than
 *   `soonWorkingDays` whole working days remain; otherwise 'ok'.
 */
import { DAY_MS, formatDay, parseDate } from './dates';
import type { HolidayCalendar } from './holiday-calendar';

export type Instant = Date | number;
export type DueState = 'ok' | 'due_soon' | 'overdue';

export interface WorkingTimeOptions {
  /** HH:mm; receipts at or after this time start counting the next working day. */
  cutoff?: string;
  /** HH:mm; time of day at which a deadline falls. */
  endOfDay?: string;
}

export const DEFAULT_CUTOFF = '17:30';
export const DEFAULT_END_OF_DAY = '17:30';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Longest run of non-working days tolerated before assuming corrupt calendar data. */
const MAX_NON_WORKING_RUN = 366;

function toMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** Shanghai local epoch day and milliseconds into that day. */
function local(instant: Instant): { day: number; tod: number } {
  const l = toMs(instant) + SHANGHAI_OFFSET_MS;
  const day = Math.floor(l / DAY_MS);
  return { day, tod: l - day * DAY_MS };
}

/** "HH:mm" → milliseconds after midnight. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Invalid time of day (expected HH:mm): ${hhmm}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

/** Shanghai civil date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Instant): string {
  return formatDay(local(instant).day);
}

/** The instant of a Shanghai wall-clock time on a civil date. */
export function shanghaiInstant(date: string, clock = '00:00'): Date {
  return new Date(parseDate(date) * DAY_MS + parseClock(clock) - SHANGHAI_OFFSET_MS);
}

export class WorkingTime {
  readonly cutoff: string;
  readonly endOfDay: string;

  constructor(
    readonly calendar: HolidayCalendar,
    defaults: WorkingTimeOptions = {},
  ) {
    this.cutoff = defaults.cutoff ?? DEFAULT_CUTOFF;
    this.endOfDay = defaults.endOfDay ?? DEFAULT_END_OF_DAY;
    parseClock(this.cutoff);
    parseClock(this.endOfDay);
  }

  /** Acceptance day (day 0) for something received at `instant`. */
  startDay(instant: Instant, cutoff: string = this.cutoff): string {
    const { day, tod } = local(instant);
    if (tod < parseClock(cutoff) && this.calendar.isWorkingDayNumber(day)) return formatDay(day);
    return formatDay(this.step(day, 1));
  }

  /** First working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return formatDay(this.step(parseDate(date), 1));
  }

  /** The n-th working day after `fromDate` (before it when n < 0; `fromDate` itself when n = 0). */
  addWorkingDays(fromDate: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`Working-day count must be an integer: ${n}`);
    let day = parseDate(fromDate);
    const dir = n < 0 ? -1 : 1;
    for (let i = 0; i < Math.abs(n); i++) day = this.step(day, dir);
    return formatDay(day);
  }

  /** Deadline instant for a case received at `received` with a limit of `workingDays`. */
  deadlineFor(received: Instant, workingDays: number, opts: WorkingTimeOptions = {}): Date {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`Working-day limit must be a non-negative integer: ${workingDays}`);
    }
    const day0 = this.startDay(received, opts.cutoff ?? this.cutoff);
    return shanghaiInstant(this.addWorkingDays(day0, workingDays), opts.endOfDay ?? this.endOfDay);
  }

  /** Whole working days elapsed from a to b (negative if b < a). */
  workingDaysBetween(a: Instant, b: Instant): number {
    const ma = toMs(a);
    const mb = toMs(b);
    if (mb < ma) return 0 - this.workingDaysBetween(mb, ma);
    const la = local(ma);
    const lb = local(mb);
    let units = 0;
    for (let d = la.day; d < lb.day; d++) if (this.calendar.isWorkingDayNumber(d)) units++;
    const ms = units * DAY_MS - this.elapsedInDay(la) + this.elapsedInDay(lb);
    return Math.floor(ms / DAY_MS);
  }

  /** Whole working days past the deadline (0 when not overdue). */
  overdueWorkingDays(deadline: Instant, now: Instant): number {
    return Math.max(0, this.workingDaysBetween(deadline, now));
  }

  dueState(deadline: Instant, now: Instant, soonWorkingDays = 1): DueState {
    if (toMs(now) > toMs(deadline)) return 'overdue';
    return this.workingDaysBetween(now, deadline) < soonWorkingDays ? 'due_soon' : 'ok';
  }

  private elapsedInDay(l: { day: number; tod: number }): number {
    return this.calendar.isWorkingDayNumber(l.day) ? l.tod : 0;
  }

  private step(day: number, dir: 1 | -1): number {
    for (let i = 0; i < MAX_NON_WORKING_RUN; i++) {
      day += dir;
      if (this.calendar.isWorkingDayNumber(day)) return day;
    }
    throw new Error(`No working day within ${MAX_NON_WORKING_RUN} days of ${formatDay(day)}`);
  }
}
