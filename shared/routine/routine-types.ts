// Shapes of the grid-worker routine (日清周结): work logs, leave with A/B cover, the
// completeness table and the weekly summary. The rules that make them are in electron/core/routine.
import type { CalendarDay } from '../calendar/calendar-types';

/** A place walked on a patrol: a building of the grid, or an address in it. */
export interface LogPlace {
  gridId: string;
  buildingId: string | null;
  name: string;
}

export type WorkLogStatus = 'draft' | 'submitted';

export const WORK_LOG_STATUS_LABELS: Record<WorkLogStatus, string> = { draft: '草稿', submitted: '已提交' };

export interface WorkLogCase {
  id: string;
  number: string;
  title: string;
  status: string;
}

export interface WorkLog {
  id: string;
  staffId: string;
  staffName: string;
  workDate: string;
  patrolled: boolean;
  patrolStart: string | null;
  patrolEnd: string | null;
  places: LogPlace[];
  /** 民情: what was seen and heard. */
  observations: string;
  notes: string;
  status: WorkLogStatus;
  submittedAt: number | null;
  updatedAt: number;
  /** Cases raised from this log. */
  cases: WorkLogCase[];
}

/**
 * One worker's working day in the completeness table:
 * done — a submitted log; leave — on leave (covered); missing — a past working day without a
 * submitted log; open — today, not yet submitted; future — not yet; off — weekend or holiday.
 */
export type DayMark = 'done' | 'leave' | 'missing' | 'open' | 'future' | 'off';

export const DAY_MARK_LABELS: Record<DayMark, string> = {
  done: '✓',
  leave: '请假',
  missing: '缺',
  open: '待填',
  future: '',
  off: '休',
};

export interface DayCell {
  date: string;
  mark: DayMark;
  logId: string | null;
  patrolled: boolean;
  /** A draft log exists (not submitted). */
  draft: boolean;
  /** Submitted after its day (补填). */
  late: boolean;
  /** On leave: who covered its grids (A/B) and whether they submitted a log that day. */
  cover: { staffId: string; name: string; logged: boolean } | null;
}

export interface WorkerTotals {
  /** Working days due so far in the period (past working days, and today once logged). */
  due: number;
  done: number;
  leave: number;
  missing: number;
  /** Due days with a submitted log that records a patrol. */
  patrolDays: number;
  /** (done + leave) / due, 0..1; 1 when nothing is due. */
  rate: number;
}

export interface CompletenessRow {
  staffId: string;
  staffName: string;
  grids: { id: string; name: string }[];
  days: DayCell[];
  totals: WorkerTotals;
}

export interface CompletenessTable {
  from: string;
  to: string;
  today: string;
  days: CalendarDay[];
  rows: CompletenessRow[];
}

export interface WeeklyDay {
  date: string;
  mark: DayMark;
  patrolled: boolean;
  places: string[];
  observations: string;
  notes: string;
  cases: number;
}

/** 周结: one worker's week, generated from its days. */
export interface WeeklySummary {
  staffId: string;
  staffName: string;
  weekStart: string;
  weekEnd: string;
  totals: WorkerTotals;
  places: number;
  cases: number;
  days: WeeklyDay[];
  /** The summary as text, ready for the weekly meeting. */
  text: string;
}

export interface LeaveRow {
  id: string;
  staffId: string;
  staffName: string;
  fromDate: string;
  toDate: string;
  reason: string;
  coverStaffId: string | null;
  coverStaffName: string | null;
  cancelled: boolean;
}

export interface RoutineWorker {
  staffId: string;
  name: string;
  grids: { id: string; name: string }[];
  /** The A/B partner (the other post of a unit it holds a post in): the default cover on leave. */
  partnerId: string | null;
}

/** 我的今天: a grid worker's day. */
export interface MyDay {
  staffId: string;
  staffName: string;
  today: string;
  todayColumn: CalendarDay;
  onLeave: LeaveRow | null;
  log: WorkLog | null;
  /** Grids it may log places in today: its own and those it covers (A/B). */
  grids: { id: string; name: string; covering: string | null }[];
  /** Its last 14 days, oldest first. */
  recent: DayCell[];
  recentTotals: WorkerTotals;
}
