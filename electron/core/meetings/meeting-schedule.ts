// When the scheduled meetings fall, on the working-day calendar (SPEC §5; docs/meetings.md):
// - 早例会 at 08:30 on every working day;
// - 周例会 at 08:30 on the Monday, or on the first working day of the week when the Monday is
//   a holiday; none in a week without a working day (the Spring Festival's);
// - 月总结会 at 08:30 on the month's last Friday, or on the last working day before it when that
//   Friday is a holiday (the first working day after it if the month has none before it);
// - 季度联席会议 at 14:30 in the quarter's last month, on the same day as that month's 月总结会,
//   so the quarter's figures are complete and the units already gathered.
// Pure: the calendar is passed in (the stored one, with the administrator's years).
import type { ScheduledKind } from '../../../shared/meetings/meeting-kinds';
import { addDays, parseDate, weekdayOfDay } from '../calendar/dates';

export interface WorkingDays {
  isWorkingDay(date: string): boolean;
}

export interface ScheduledMeeting {
  kind: ScheduledKind;
  /** YYYY-MM-DD (Shanghai). */
  date: string;
  /** HH:MM (Shanghai). */
  time: string;
}

const MORNING = '08:30';
const JOINT = '14:30';

/** Monday of the week a date lies in. */
function mondayOf(date: string): string {
  const wd = weekdayOfDay(parseDate(date));
  return addDays(date, wd === 0 ? -6 : 1 - wd);
}

/** The day of the week's 周例会, or null when the week has no working day. */
export function weeklyMeetingDay(cal: WorkingDays, anyDayOfWeek: string): string | null {
  const monday = mondayOf(anyDayOfWeek);
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    if (cal.isWorkingDay(d)) return d;
  }
  return null;
}

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The day of a month's (YYYY-MM) 月总结会, or null when the month has no working day. */
export function monthlyMeetingDay(cal: WorkingDays, month: string): string | null {
  const last = monthEnd(month);
  let friday = last;
  while (weekdayOfDay(parseDate(friday)) !== 5) friday = addDays(friday, -1);
  for (let d = friday; d.startsWith(month); d = addDays(d, -1)) if (cal.isWorkingDay(d)) return d;
  for (let d = addDays(friday, 1); d <= last; d = addDays(d, 1)) if (cal.isWorkingDay(d)) return d;
  return null;
}

/** Every scheduled meeting from `from` to `to` (inclusive), in order of date and time. */
export function scheduledMeetings(cal: WorkingDays, from: string, to: string): ScheduledMeeting[] {
  const out: ScheduledMeeting[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) out.push({ kind: 'morning', date: d, time: MORNING });
    if (weeklyMeetingDay(cal, d) === d) out.push({ kind: 'weekly', date: d, time: MORNING });
    const month = d.slice(0, 7);
    if (monthlyMeetingDay(cal, month) === d) {
      out.push({ kind: 'monthly', date: d, time: MORNING });
      if (Number(month.slice(5)) % 3 === 0) out.push({ kind: 'joint', date: d, time: JOINT });
    }
  }
  return out;
}
