// Holiday calendar administration (节假日日历): list, import or edit a year, remove an edited
// year, and warn when this year's or the coming year's schedule is missing.
import { ulid } from 'ulid';
import type { CalendarDay, CalendarStatus, CalendarYearRow } from '../../../shared/calendar/calendar-types';
import { AppError } from '../../../shared/rpc/errors';
import { addDays, formatYearScheduleText, officialHolidayData, parseYearSchedule, shanghaiDate, type YearSchedule } from './index';
import type { ReadDb } from '../db/read-db';
import type { Handlers } from '../rpc/handler-types';
import { adminYears, holidayCalendar, isOfficialYear, readAdminYears } from './calendar-store';

/** From this month on, a missing schedule for the coming year is reported (the State Council publishes it around November). */
export const COMING_YEAR_WARNING_MONTH = 11;
const MAX_DAYS = 400;

function yearRow(year: number, schedule: YearSchedule, origin: 'official' | 'admin', updatedAt: string | null): CalendarYearRow {
  const all = [schedule, ...(schedule.amendments ?? [])];
  return {
    year,
    origin,
    overridesOfficial: origin === 'admin' && isOfficialYear(year),
    source: schedule.source,
    holidayDays: new Set(all.flatMap((s) => (s.holidays ?? []).flatMap((h) => h.dates))).size,
    makeupWorkdays: new Set(all.flatMap((s) => (s.workdays ?? []).map((w) => w.date))).size,
    text: formatYearScheduleText(schedule),
    updatedAt,
  };
}

export function calendarStatus(db: ReadDb, now: number): CalendarStatus {
  const cal = holidayCalendar(db);
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const warnings: string[] = [];
  if (!cal.hasYear(year)) {
    warnings.push(`${year}年节假日安排尚未导入，目前仅按周末计算工作日，办理期限可能不准确，请在系统设置中导入国务院办公厅通知`);
  }
  if (month >= COMING_YEAR_WARNING_MONTH && !cal.hasYear(year + 1)) {
    warnings.push(`${year + 1}年节假日安排尚未导入（国务院办公厅通常于11月前后发布），导入前跨年期限仅按周末计算`);
  }
  return {
    year,
    comingYear: year + 1,
    knownYears: cal.knownYears(),
    weekendsOnly: warnings.length > 0,
    warnings,
    warning: warnings.length ? warnings.join('；') : null,
  };
}

function listYears(db: ReadDb): CalendarYearRow[] {
  const rows = new Map<number, CalendarYearRow>();
  for (const [y, s] of Object.entries(officialHolidayData.years)) rows.set(Number(y), yearRow(Number(y), s, 'official', null));
  const admin = adminYears(db);
  for (const r of readAdminYears(db)) {
    const s = admin[String(r.year)];
    if (s) rows.set(r.year, yearRow(r.year, s, 'admin', r.updated_at));
  }
  return [...rows.values()].sort((a, b) => b.year - a.year);
}

export const calendarHandlers: Pick<Handlers, 'calendar.status' | 'calendar.years' | 'calendar.days' | 'calendar.importYear' | 'calendar.removeYear'> = {
  'calendar.status': (_input, { core }) => calendarStatus(core.db, core.now()),
  'calendar.years': (_input, { core }) => listYears(core.db),
  'calendar.days': ({ from, to }, { core }) => {
    if (to < from) throw new AppError('BAD_INPUT', '结束日期不能早于开始日期');
    const cal = holidayCalendar(core.db);
    const out: CalendarDay[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (out.length >= MAX_DAYS) throw new AppError('BAD_INPUT', `一次最多查询${MAX_DAYS}天`);
      const info = cal.dayInfo(d);
      out.push({ date: info.date, working: info.working, reason: info.reason, holidayName: info.holidayName ?? null });
    }
    return out;
  },
  'calendar.importYear': ({ year, content, source }, ctx) => {
    const parsed = parseYearSchedule(year, content, { source });
    if (!parsed.ok) {
      const shown = parsed.errors.slice(0, 5).join('；');
      const more = parsed.errors.length > 5 ? `等${parsed.errors.length}处错误` : '';
      throw new AppError('BAD_INPUT', `${year}年节假日安排有误：${shown}${more}`, parsed.errors.map((m) => ({ path: 'content', message: m })));
    }
    const { db } = ctx.core;
    const schedule = JSON.stringify(parsed.entry);
    const updatedAt = new Date(ctx.core.now()).toISOString();
    // The row that takes effect (calendar-store.ts): the last, if two PCs each saved this year apart.
    const existing = db.cached('SELECT id FROM calendar_year WHERE year = ? ORDER BY id DESC').get(year) as { id: string } | undefined;
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      if (existing) tx.update('calendar_year', existing.id, { schedule, updated_at: updatedAt, updated_by: ctx.actor });
      else tx.insert('calendar_year', { id: ulid(), year, schedule, updated_at: updatedAt, updated_by: ctx.actor });
    });
    return listYears(db).find((r) => r.year === year)!;
  },
  'calendar.removeYear': ({ year }, ctx) => {
    // Every row of the year (two PCs may each have saved it apart), so the official schedule applies again.
    const rows = ctx.core.db.cached('SELECT id FROM calendar_year WHERE year = ? ORDER BY id').all(year) as { id: string }[];
    if (rows.length === 0) throw new AppError('NOT_FOUND', `${year}年没有管理员录入的节假日安排`);
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      for (const row of rows) tx.remove('calendar_year', row.id);
    });
    return { ok: true };
  },
};
