/** Shapes of the holiday schedule data (resources/holidays/cn-holidays.json). */

export interface HolidayEntry {
  name: string;
  /** Civil dates, YYYY-MM-DD. */
  dates: string[];
  note?: string;
}

export interface WorkdayEntry {
  name: string;
  /** A make-up working day (调休上班), YYYY-MM-DD. */
  date: string;
  note?: string;
}

/** A later notice that changes a published schedule (e.g. the 2020 Spring Festival extension). */
export interface ScheduleAmendment {
  source: string;
  url?: string;
  note?: string;
  holidays?: HolidayEntry[];
  workdays?: WorkdayEntry[];
}

export interface YearSchedule {
  source: string;
  url?: string;
  note?: string;
  holidays: HolidayEntry[];
  workdays: WorkdayEntry[];
  /** Applied in order after the base schedule; an amendment's entry overrides the same date. */
  amendments?: ScheduleAmendment[];
}

/** Year ("2025") → schedule. */
export type YearSchedules = Record<string, YearSchedule>;

export interface HolidayData {
  years: YearSchedules;
}

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** Holiday name, or the make-up workday's name (e.g. "春节调休"). */
  holidayName?: string;
}
