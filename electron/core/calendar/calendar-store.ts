// The core's working-day calendar: the bundled State Council schedules merged with the
// years an administrator imported or edited (synced table `calendar_year`; an admin year
// replaces the official year of the same number). Rebuilt whenever that table changes —
// locally or by sync — detected by a cheap signature of its rows.
import { loadOfficialCalendar, officialHolidayData, WorkingTime, type HolidayCalendar, type YearSchedule, type YearSchedules } from './index';
import type { ReadDb } from '../db/read-db';

interface Cached {
  signature: string;
  calendar: HolidayCalendar;
  workingTime: WorkingTime;
  adminYears: YearSchedules;
}

export interface CalendarYearDbRow {
  id: string;
  year: number;
  schedule: string;
  updated_at: string;
  updated_by: string | null;
}

/** Smallest id first within a year: two PCs apart may each have edited the same year (kept both until merged); the last row of a year wins here. */
export function readAdminYears(db: ReadDb): CalendarYearDbRow[] {
  return db.cached('SELECT id, year, schedule, updated_at, updated_by FROM calendar_year ORDER BY year, id').all() as CalendarYearDbRow[];
}

function load(db: ReadDb): Cached {
  // The table holds a handful of small rows: reading them on each use is cheaper than any
  // bookkeeping, and catches changes that arrive by sync.
  const rows = readAdminYears(db);
  const signature = rows.map((r) => `${r.id}\u0000${r.year}\u0000${r.schedule}`).join('\u0001');
  return db.memo('calendar', () => build(rows, signature), (kept: Cached) => kept.signature === signature);
}

function build(rows: CalendarYearDbRow[], signature: string): Cached {
  const adminYears: YearSchedules = {};
  for (const r of rows) {
    try {
      adminYears[String(r.year)] = JSON.parse(r.schedule) as YearSchedule;
    } catch {
      // A corrupt row (e.g. a half-synced value) is ignored: the official data or weekends apply.
    }
  }
  const calendar = loadOfficialCalendar(adminYears);
  return { signature, calendar, workingTime: new WorkingTime(calendar), adminYears };
}

export function holidayCalendar(db: ReadDb): HolidayCalendar {
  return load(db).calendar;
}

/** Working-time arithmetic (17:30 cut-off and end of day) on the current calendar. */
export function workingTime(db: ReadDb): WorkingTime {
  return load(db).workingTime;
}

export function adminYears(db: ReadDb): YearSchedules {
  return load(db).adminYears;
}

export function isOfficialYear(year: number): boolean {
  return String(year) in officialHolidayData.years;
}
