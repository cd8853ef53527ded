// Display helpers of the cases screens: Beijing-time dates (whatever the PC's time zone),
// status colours, and the deadline wording a dispatcher reads at a glance.
import type { CaseRow, DueState } from '../../../../shared/cases/case-types';
import type { CaseStatus } from '../../../../shared/cases/case-workflow';

const SHANGHAI_OFFSET = 8 * 3600_000;

/** 'YYYY-MM-DDTHH:mm:ss' in Asia/Shanghai (China has no daylight saving time). */
function shanghaiIso(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET).toISOString().slice(0, 19);
}

/** The Shanghai date 'YYYY-MM-DD' of an instant. */
export function shanghaiDay(ms: number): string {
  return shanghaiIso(ms).slice(0, 10);
}

/** The Shanghai date `days` after `date` ('YYYY-MM-DD'). */
export function addDaysTo(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** '2026-11-22 08:30'. */
export function fmtDateTime(ms: number | null | undefined): string {
  if (ms == null) return '—';
  return shanghaiIso(ms).slice(0, 16).replace('T', ' ');
}

/** '11-22 08:30' this year, '2025-11-22 08:30' otherwise. */
export function fmtShort(ms: number | null | undefined, now = Date.now()): string {
  if (ms == null) return '—';
  const iso = shanghaiIso(ms);
  const sameYear = iso.slice(0, 4) === shanghaiIso(now).slice(0, 4);
  return (sameYear ? iso.slice(5, 16) : iso.slice(0, 16)).replace('T', ' ');
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** '11月24日（周二）17:30'. */
export function fmtDeadline(ms: number): string {
  const iso = shanghaiIso(ms);
  const wd = WEEKDAYS[new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay()];
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日（周${wd}）${iso.slice(11, 16)}`;
}

export const STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'gold',
  accepted: 'orange',
  dispatched: 'blue',
  in_progress: 'processing',
  handled: 'cyan',
  verified: 'geekblue',
  evaluated: 'purple',
  closed: 'green',
  rejected: 'default',
  merged: 'default',
};

export type DeadlineTone = 'ok' | 'soon' | 'overdue' | 'done' | 'stopped';

export interface DeadlineState {
  text: string;
  tone: DeadlineTone;
}

/**
 * What the deadline column says: "超期3个工作日", "今日17:30到期", "剩余2个工作日";
 * once handled the clock stops ("已处置" / "按期办结" / "超期办结").
 * `remaining` counts working days after today up to the deadline's date (null: unknown).
 */
export function deadlineState(
  row: Pick<CaseRow, 'dueState' | 'overdueWorkingDays' | 'deadlineAt' | 'status' | 'closedAt'> & { onTime?: boolean | null },
  remaining: number | null,
  now = Date.now(),
): DeadlineState {
  const due: DueState | null = row.dueState;
  if (due === 'overdue') {
    return { text: row.overdueWorkingDays > 0 ? `超期${row.overdueWorkingDays}个工作日` : '已超期', tone: 'overdue' };
  }
  if (due === null) {
    if (row.status === 'closed') return { text: row.onTime === false ? '超期办结' : '已办结', tone: 'done' };
    if (row.status === 'rejected' || row.status === 'merged') return { text: '—', tone: 'stopped' };
    // the status beside it says 待核查/待评价; short enough for the queue's 期限 column at 1366 px
    return { text: '停止计时', tone: 'done' };
  }
  if (shanghaiDay(row.deadlineAt) === shanghaiDay(now)) return { text: `今日${shanghaiIso(row.deadlineAt).slice(11, 16)}到期`, tone: 'soon' };
  if (remaining === null) return { text: due === 'due_soon' ? '即将到期' : '未到期', tone: due === 'due_soon' ? 'soon' : 'ok' };
  return { text: `剩余${remaining}个工作日`, tone: due === 'due_soon' || remaining <= 1 ? 'soon' : 'ok' };
}
