// Case deadlines in working days (SPEC §3), only through the calendar's WorkingTime:
// - a limit of N working days ends at 17:30 of the N-th working day after day 0, where day 0
//   is the day of receipt if it is a working day before the 17:30 cut-off, else the next one;
// - an approved extension of N days moves the deadline N working days further;
// - "due soon" means the deadline falls before the end of the next working day.
import type { DueState, HandlingType, ResponsibilityLevel } from '../../../shared/cases/case-types';
import { resolveSla, type SlaMatch, type SlaRule, type SlaSubject } from '../../../shared/cases/sla-rules';
import { ACTIVE_STATUSES, type CaseStatus } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { holidayCalendar, workingTime } from '../calendar/calendar-store';

interface SlaRuleDbRow {
  id: string;
  category_id: string | null;
  handling_type: HandlingType | null;
  level: ResponsibilityLevel | null;
  days: number;
  note: string;
}

export function toSlaRule(r: SlaRuleDbRow): SlaRule {
  return { id: r.id, categoryId: r.category_id, handlingType: r.handling_type, level: r.level, days: r.days, note: r.note };
}

export function readSlaRules(db: ReadDb): SlaRule[] {
  return (db.cached('SELECT * FROM sla_rule ORDER BY id').all() as SlaRuleDbRow[]).map(toSlaRule);
}

export function slaFor(db: ReadDb, subject: SlaSubject): SlaMatch {
  return resolveSla(readSlaRules(db), subject);
}

/** Deadline (epoch ms) for something received at `receivedAt` with a limit of `days` working days. */
export function deadlineFor(db: ReadDb, receivedAt: number, days: number): number {
  return workingTime(db).deadlineFor(receivedAt, days).getTime();
}

export interface CaseDeadline extends SlaMatch {
  deadlineAt: number;
}

/**
 * The one computation of a case's time limit and deadline: the case engine (register, accept,
 * dispatch) and the intake drawer's preview (sla.preview) both call it.
 */
export function caseDeadline(db: ReadDb, subject: SlaSubject, from: number): CaseDeadline {
  const match = slaFor(db, subject);
  return { ...match, deadlineAt: deadlineFor(db, from, match.days) };
}

/** The deadline moved `days` working days further (an approved extension). */
export function extendDeadline(db: ReadDb, deadlineAt: number, days: number): number {
  const wt = workingTime(db);
  return shanghaiInstant(wt.addWorkingDays(shanghaiDate(deadlineAt), days), wt.endOfDay).getTime();
}

export interface DueWindow {
  now: number;
  /** Deadlines before this instant (and not yet past) are due soon: midnight after the next working day. */
  soonUntil: number;
}

export function dueWindow(db: ReadDb, now: number): DueWindow {
  const wt = workingTime(db);
  const next = wt.nextWorkingDay(shanghaiDate(now));
  return { now, soonUntil: shanghaiInstant(addDays(next, 1), '00:00').getTime() };
}

const ACTIVE = new Set<string>(ACTIVE_STATUSES);

export function dueStateOf(status: CaseStatus, deadlineAt: number, w: DueWindow): DueState | null {
  if (!ACTIVE.has(status)) return null;
  if (deadlineAt < w.now) return 'overdue';
  return deadlineAt < w.soonUntil ? 'due_soon' : 'ok';
}

export function overdueWorkingDays(db: ReadDb, deadlineAt: number, now: number): number {
  return deadlineAt < now ? workingTime(db).overdueWorkingDays(deadlineAt, now) : 0;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** “3个工作日，10月11日（星期六，国庆节、中秋节调休）17:30前”. */
export function describeDeadline(db: ReadDb, deadlineAt: number, days: number): string {
  const date = shanghaiDate(deadlineAt);
  const info = holidayCalendar(db).dayInfo(date);
  const wd = WEEKDAYS[new Date(`${date}T12:00:00+08:00`).getUTCDay()]!;
  const extra = info.reason === 'makeup' ? `，${info.holidayName ?? '调休'}上班` : '';
  const limit = days === 0 ? '当日办结（日清日毕）' : `${days}个工作日`;
  return `${limit}，${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${wd}${extra}）${workingTime(db).endOfDay}前`;
}
