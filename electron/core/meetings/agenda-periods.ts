// The periods an agenda's sections count over, from the meeting's day (docs/meetings.md
// "议程自动生成"). Days are Shanghai calendar days, inclusive.
// - 早例会: from the previous working day to the day before the meeting, so each morning meeting
//   picks up where the one before left off (Monday's covers Friday to Sunday; the first after the
//   National Day holiday covers the whole holiday).
// - 周例会: the previous Monday–Sunday week, against the week before it.
// - 月总结会: the meeting's calendar month up to the day before the meeting (the whole previous
//   month when the meeting falls on the 1st), against the whole previous month.
// - 季度联席会议: the meeting's quarter up to the day before the meeting.
import { addDays, shanghaiInstant } from '../calendar';
import type { WorkingTime } from '../calendar';
import { parseDate, weekdayOfDay } from '../calendar/dates';

export interface DayPeriod {
  from: string;
  to: string;
}

const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** 「11月30日」, 「11月23日—11月29日」, 「2026年11月」 for a whole month. */
export function periodLabel(p: DayPeriod): string {
  if (p.from === p.to) return md(p.from);
  const wholeMonth = p.from.endsWith('-01') && addDays(p.to, 1).endsWith('-01') && p.from.slice(0, 7) === p.to.slice(0, 7);
  if (wholeMonth) return `${p.from.slice(0, 4)}年${Number(p.from.slice(5, 7))}月`;
  return p.from.slice(0, 4) === p.to.slice(0, 4) ? `${md(p.from)}—${md(p.to)}` : `${p.from.slice(0, 4)}年${md(p.from)}—${p.to.slice(0, 4)}年${md(p.to)}`;
}

/** Epoch ms at the first instant of a day and the first instant after the period's last day. */
export function periodInstants(p: DayPeriod): { from: number; until: number } {
  return { from: shanghaiInstant(p.from).getTime(), until: shanghaiInstant(addDays(p.to, 1)).getTime() };
}

/** 早例会: the previous working day to the day before the meeting. */
export function morningPeriod(wt: WorkingTime, meetingDate: string): DayPeriod {
  return { from: wt.addWorkingDays(meetingDate, -1), to: addDays(meetingDate, -1) };
}

function mondayOf(date: string): string {
  const wd = weekdayOfDay(parseDate(date));
  return addDays(date, wd === 0 ? -6 : 1 - wd);
}

/** 周例会: the Monday–Sunday week before the meeting's week, and the week before that. */
export function weekPeriods(meetingDate: string): { current: DayPeriod; previous: DayPeriod } {
  const monday = addDays(mondayOf(meetingDate), -7);
  return { current: { from: monday, to: addDays(monday, 6) }, previous: { from: addDays(monday, -7), to: addDays(monday, -1) } };
}

function monthOf(date: string): DayPeriod {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${date.slice(0, 7)}-01`, to: `${date.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** 月总结会: the meeting's month up to the day before it, and the whole month before. */
export function monthPeriods(meetingDate: string): { current: DayPeriod; previous: DayPeriod } {
  const to = addDays(meetingDate, -1);
  const from = `${to.slice(0, 7)}-01`;
  return { current: { from, to }, previous: monthOf(addDays(from, -1)) };
}

/** 季度联席会议: the meeting's quarter up to the day before it (the whole previous quarter when the meeting opens a quarter). */
export function quarterPeriod(meetingDate: string): DayPeriod {
  const to = addDays(meetingDate, -1);
  const month = Number(to.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return { from: `${to.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to };
}

/** The meeting's start as an instant (its day and start time, Shanghai). */
export function meetingStart(meeting: { date: string; startTime: string }): number {
  return shanghaiInstant(meeting.date, meeting.startTime).getTime();
}
