// The completeness rule of 日清周结, in one place (docs/routine.md):
// - only working days count (the holiday calendar: weekends, statutory holidays and make-up
//   working days, calendar/holiday-calendar.ts);
// - a working day is done with a submitted log; a day on leave counts as covered (its cell
//   names the cover and whether the cover submitted a log that day);
// - a past working day with neither is missing — so a day nobody logged shows as 缺 to the
//   supervisor from the next morning; today is open until a log is submitted;
// - a log submitted after its day still completes it, marked late (补填).
// Pure: the queries (routine-queries.ts) load the facts and call these.
import type { CalendarDay } from '../../../shared/calendar/calendar-types';
import type { DayCell, WorkerTotals } from '../../../shared/routine/routine-types';

export interface LogFact {
  id: string;
  staffId: string;
  date: string;
  submitted: boolean;
  patrolled: boolean;
  submittedAt: number | null;
}

export interface LeaveFact {
  id: string;
  staffId: string;
  from: string;
  to: string;
  coverStaffId: string | null;
  coverName: string | null;
}

/** The facts of a period, indexed for the rule. */
export interface PeriodFacts {
  /** `${staffId}|${date}` → the day's log (a submitted one preferred when sync left two). */
  logs: Map<string, LogFact>;
  /** staffId → its leaves overlapping the period. */
  leaves: Map<string, LeaveFact[]>;
}

export const factKey = (staffId: string, date: string) => `${staffId}|${date}`;

/** Indexes logs and leaves; of two logs for one worker and day the submitted one counts, then the smaller id. */
export function indexFacts(logs: readonly LogFact[], leaves: readonly LeaveFact[]): PeriodFacts {
  const byDay = new Map<string, LogFact>();
  for (const l of logs) {
    const key = factKey(l.staffId, l.date);
    const kept = byDay.get(key);
    if (!kept || (l.submitted && !kept.submitted) || (l.submitted === kept.submitted && l.id < kept.id)) byDay.set(key, l);
  }
  const byStaff = new Map<string, LeaveFact[]>();
  for (const v of leaves) {
    const list = byStaff.get(v.staffId);
    if (list) list.push(v);
    else byStaff.set(v.staffId, [v]);
  }
  return { logs: byDay, leaves: byStaff };
}

export function leaveOn(facts: PeriodFacts, staffId: string, date: string): LeaveFact | null {
  return facts.leaves.get(staffId)?.find((v) => v.from <= date && date <= v.to) ?? null;
}

function submittedOn(facts: PeriodFacts, staffId: string, date: string): boolean {
  return facts.logs.get(factKey(staffId, date))?.submitted ?? false;
}

/** Whether a log submitted at `submittedAt` was submitted after its day (Shanghai time): 补填. */
function submittedLate(submittedAt: number, date: string): boolean {
  // The instant the next Shanghai day starts; numeric, as this runs for every cell of a town's quarter.
  const nextDay = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1) - SHANGHAI_OFFSET_MS;
  return submittedAt >= nextDay;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** One worker's cell for one calendar day. */
export function dayCell(facts: PeriodFacts, staffId: string, day: CalendarDay, today: string): DayCell {
  const log = facts.logs.get(factKey(staffId, day.date));
  const submitted = !!log && log.submitted;
  const cell: DayCell = {
    date: day.date,
    mark: 'off',
    logId: log ? log.id : null,
    patrolled: submitted && log.patrolled,
    draft: !!log && !log.submitted,
    late: submitted && log.submittedAt !== null && submittedLate(log.submittedAt, day.date),
    cover: null,
  };
  if (!day.working) return cell;
  if (day.date > today) {
    cell.mark = 'future';
    return cell;
  }
  if (submitted) {
    cell.mark = 'done';
    return cell;
  }
  const leave = leaveOn(facts, staffId, day.date);
  if (leave) {
    cell.mark = 'leave';
    cell.cover = leave.coverStaffId ? { staffId: leave.coverStaffId, name: leave.coverName ?? '', logged: submittedOn(facts, leave.coverStaffId, day.date) } : null;
    return cell;
  }
  cell.mark = day.date === today ? 'open' : 'missing';
  return cell;
}

/** The one place a worker's day counts: due (past working days, and today once done), logged (done or on leave), patrolled. */
export const DAY_COUNTS = {
  due: (c: DayCell) => c.mark === 'done' || c.mark === 'leave' || c.mark === 'missing',
  logged: (c: DayCell) => c.mark === 'done' || c.mark === 'leave',
  patrolled: (c: DayCell) => c.mark === 'done' && c.patrolled,
} as const;

/** A worker's totals over its cells: due days are past working days, and today once it is done. */
export function totalsOf(cells: readonly DayCell[]): WorkerTotals {
  let done = 0;
  let leave = 0;
  let missing = 0;
  let patrolDays = 0;
  let due = 0;
  let logged = 0;
  for (const c of cells) {
    if (c.mark === 'done') done++;
    else if (c.mark === 'leave') leave++;
    else if (c.mark === 'missing') missing++;
    if (DAY_COUNTS.patrolled(c)) patrolDays++;
    if (DAY_COUNTS.due(c)) due++;
    if (DAY_COUNTS.logged(c)) logged++;
  }
  return { due, done, leave, missing, patrolDays, rate: due === 0 ? 1 : logged / due };
}
