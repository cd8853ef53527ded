// The routine's figures per worker, grid and village over a period — the one place the
// completeness table, the weekly summary, the worker's own day and the assessment read them
// from (patrol days, log completeness). The rule itself is completeness.ts.
import { AppError } from '../../../shared/rpc/errors';
import type { CalendarDay } from '../../../shared/calendar/calendar-types';
import type { CompletenessRow, DayCell, RoutineWorker, WorkerTotals } from '../../../shared/routine/routine-types';
import { addDays, isValidDate } from '../calendar';
import { holidayCalendar } from '../calendar/calendar-store';
import type { ReadDb } from '../db/read-db';
import { dayCell, indexFacts, totalsOf, type LeaveFact, type LogFact, type PeriodFacts } from './completeness';
import { allWorkers } from './routine-scope';

/** The longest period one query covers. */
export const MAX_PERIOD_DAYS = 366;

export interface Period {
  from: string;
  to: string;
}

/** Refuses a malformed or reversed period, or one longer than a year, in Chinese. */
export function checkPeriod({ from, to }: Period): void {
  if (!isValidDate(from) || !isValidDate(to)) throw new AppError('BAD_INPUT', '日期无效，应为YYYY-MM-DD');
  if (from > to) throw new AppError('BAD_INPUT', `开始日期${from}晚于结束日期${to}`);
  if (addDays(from, MAX_PERIOD_DAYS - 1) < to) throw new AppError('BAD_INPUT', `查询期间最长${MAX_PERIOD_DAYS}天`);
}

/** Each calendar day of the period with its working-day status (holidays and make-up days included). */
export function calendarColumns(db: ReadDb, { from, to }: Period): CalendarDay[] {
  const cal = holidayCalendar(db);
  const out: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const info = cal.dayInfo(d);
    out.push({ date: d, working: info.working, reason: info.reason, holidayName: info.holidayName ?? null });
  }
  return out;
}

/** Every log and (not cancelled) leave touching the period, indexed for the rule. */
export function loadFacts(db: ReadDb, { from, to }: Period): PeriodFacts {
  const logs = (
    db.cached('SELECT id, staff_id, work_date, status, patrolled, submitted_at FROM work_log WHERE work_date BETWEEN ? AND ?').all(from, to) as {
      id: string;
      staff_id: string;
      work_date: string;
      status: string;
      patrolled: number;
      submitted_at: number | null;
    }[]
  ).map(
    (r): LogFact => ({ id: r.id, staffId: r.staff_id, date: r.work_date, submitted: r.status === 'submitted', patrolled: r.patrolled === 1, submittedAt: r.submitted_at }),
  );
  const leaves = (
    db
      .cached(
        `SELECT l.id, l.staff_id, l.from_date, l.to_date, l.cover_staff_id, c.name AS cover_name
         FROM staff_leave l LEFT JOIN staff c ON c.id = l.cover_staff_id
         WHERE l.cancelled = 0 AND l.from_date <= ? AND l.to_date >= ? ORDER BY l.from_date, l.id`,
      )
      .all(to, from) as { id: string; staff_id: string; from_date: string; to_date: string; cover_staff_id: string | null; cover_name: string | null }[]
  ).map((r): LeaveFact => ({ id: r.id, staffId: r.staff_id, from: r.from_date, to: r.to_date, coverStaffId: r.cover_staff_id, coverName: r.cover_name }));
  return indexFacts(logs, leaves);
}

/** The completeness rows (workers × days) of the given workers over the period. */
export function completenessRows(db: ReadDb, period: Period, today: string, workers: readonly RoutineWorker[]): { days: CalendarDay[]; rows: CompletenessRow[] } {
  checkPeriod(period);
  const days = calendarColumns(db, period);
  const facts = loadFacts(db, period);
  const rows = workers.map((w): CompletenessRow => {
    const cells = days.map((d) => dayCell(facts, w.staffId, d, today));
    return { staffId: w.staffId, staffName: w.name, grids: w.grids, days: cells, totals: totalsOf(cells) };
  });
  return { days, rows };
}

/** Per worker: due days, logs submitted, leave, missing, patrol days and the rate, for the period. */
export function workerStats(db: ReadDb, period: Period, today: string, staffIds?: readonly string[]): Map<string, WorkerTotals> {
  const wanted = staffIds ? new Set(staffIds) : null;
  const workers = allWorkers(db).filter((w) => !wanted || wanted.has(w.staffId));
  return new Map(completenessRows(db, period, today, workers).rows.map((r) => [r.staffId, r.totals]));
}

export interface AreaTotals {
  /** Working days due in the period (past ones, and today once covered). */
  due: number;
  /** Due days on which a worker of the grid submitted a log, or one on leave was covered by a cover who did. */
  covered: number;
  /** Due days on which a worker of the grid submitted a log that records a patrol. */
  patrolDays: number;
  /** covered / due, 0..1; 1 when nothing is due. */
  rate: number;
}

/** One due working day of a grid: covered by its workers' logs (A/B cover counted), patrolled, and each worker's cell. */
export interface AreaDay {
  date: string;
  covered: boolean;
  patrolled: boolean;
  workers: { name: string; cell: DayCell }[];
}

/**
 * Per grid: its due working days (past ones, and today once covered) — the one place the rule
 * of a grid's day is written; gridStats counts them, the assessment's drill-down lists them.
 */
export function gridDays(db: ReadDb, period: Period, today: string): Map<string, AreaDay[]> {
  const workers = allWorkers(db);
  const { days, rows } = completenessRows(db, period, today, workers);
  const gridIds = (db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as { id: string }[]).map((g) => g.id);
  const byGrid = new Map<string, CompletenessRow[]>(gridIds.map((g) => [g, []]));
  for (const r of rows) for (const g of r.grids) byGrid.get(g.id)?.push(r);
  const out = new Map<string, AreaDay[]>();
  for (const [grid, gridRows] of byGrid) {
    const due: AreaDay[] = [];
    days.forEach((d, i) => {
      if (!d.working || d.date > today) return;
      const cells = gridRows.map((r) => r.days[i]!);
      const covered = cells.some((c) => c.mark === 'done' || (c.mark === 'leave' && !!c.cover?.logged));
      if (d.date === today && !covered) return;
      due.push({ date: d.date, covered, patrolled: cells.some((c) => c.mark === 'done' && c.patrolled), workers: gridRows.map((r, k) => ({ name: r.staffName, cell: cells[k]! })) });
    });
    out.set(grid, due);
  }
  return out;
}

/** Per grid: whether each due working day was covered by its workers' logs (A/B cover counted). */
export function gridStats(db: ReadDb, period: Period, today: string): Map<string, AreaTotals> {
  const out = new Map<string, AreaTotals>();
  for (const [grid, days] of gridDays(db, period, today)) {
    const due = days.length;
    const covered = days.filter((d) => d.covered).length;
    out.set(grid, { due, covered, patrolDays: days.filter((d) => d.patrolled).length, rate: due === 0 ? 1 : covered / due });
  }
  return out;
}

/** Per village/community: its grids' figures summed. */
export function villageStats(db: ReadDb, period: Period, today: string): Map<string, AreaTotals> {
  const grids = gridStats(db, period, today);
  const parents = db.cached("SELECT id, parent_id FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as { id: string; parent_id: string }[];
  const out = new Map<string, AreaTotals>();
  for (const g of parents) {
    const t = grids.get(g.id);
    if (!t) continue;
    const v = out.get(g.parent_id) ?? { due: 0, covered: 0, patrolDays: 0, rate: 1 };
    v.due += t.due;
    v.covered += t.covered;
    v.patrolDays += t.patrolDays;
    v.rate = v.due === 0 ? 1 : v.covered / v.due;
    out.set(g.parent_id, v);
  }
  return out;
}
