// 周结: a worker's week (Monday to Sunday) generated from its days — the completeness figures,
// the places walked, the cases raised and each day's 民情 — and the same as text for the
// weekly meeting.
import type { RoutineWorker, WeeklyDay, WeeklySummary } from '../../../shared/routine/routine-types';
import { addDays } from '../calendar';
import { parseDate, weekdayOfDay } from '../calendar/dates';
import type { ReadDb } from '../db/read-db';
import { completenessRows } from './routine-queries';
import { getLog } from './work-logs';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The Monday of the week holding `date`. */
export function weekStartOf(date: string): string {
  return addDays(date, -((weekdayOfDay(parseDate(date)) + 6) % 7));
}

const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export function weeklySummary(db: ReadDb, worker: RoutineWorker, date: string, today: string): WeeklySummary {
  const weekStart = weekStartOf(date);
  const weekEnd = addDays(weekStart, 6);
  const { days: columns, rows } = completenessRows(db, { from: weekStart, to: weekEnd }, today, [worker]);
  const row = rows[0]!;
  const places = new Set<string>();
  let cases = 0;
  const days: WeeklyDay[] = row.days.map((cell, i) => {
    const log = cell.logId ? getLog(db, cell.logId) : null;
    const submitted = log?.status === 'submitted' ? log : null;
    for (const p of submitted?.places ?? []) places.add(`${p.gridId}|${p.buildingId ?? p.name}`);
    cases += submitted?.cases.length ?? 0;
    return {
      date: columns[i]!.date,
      mark: cell.mark,
      patrolled: cell.patrolled,
      places: submitted?.places.map((p) => p.name) ?? [],
      observations: submitted?.observations ?? '',
      notes: submitted?.notes ?? '',
      cases: submitted?.cases.length ?? 0,
    };
  });
  const t = row.totals;
  const lines = [
    `${worker.name} ${weekStart}至${weekEnd} 周小结`,
    `应填日志${t.due}天，已提交${t.done}天，请假${t.leave}天，缺${t.missing}天；巡查${t.patrolDays}天，巡查地点${places.size}处，巡查中登记事件${cases}件。`,
  ];
  const seen = days.filter((d) => d.observations);
  if (seen.length) {
    lines.push('民情：');
    for (const d of seen) lines.push(`${shortDate(d.date)}（${WEEKDAYS[weekdayOfDay(parseDate(d.date))]}）：${d.observations}`);
  }
  const missing = days.filter((d) => d.mark === 'missing');
  if (missing.length) lines.push(`缺日志：${missing.map((d) => shortDate(d.date)).join('、')}`);
  return { staffId: worker.staffId, staffName: worker.name, weekStart, weekEnd, totals: t, places: places.size, cases, days, text: lines.join('\n') };
}
