/**
 * Chinese working-day calendar: weekends are off, statutory holidays (法定节假日) are off,
 * make-up working days (调休上班) are on. Years without a known schedule fall back to
 * "weekends only" — callers should warn about them via `hasYear` / `missingYears`.
 *
 * Built from one or more year maps; for the same year a later map replaces an earlier one
 * entirely (official data first, administrator-edited years after). When dates of different
 * year entries overlap (the 2023 notice covers 2022-12-31), the later year's notice wins.
 */
import { formatDay, isWeekendDay, parseDate } from './dates';
import type { DayInfo, HolidayEntry, WorkdayEntry, YearSchedule, YearSchedules } from './types';

interface Mark {
  kind: 'holiday' | 'makeup';
  name: string;
}

export class HolidayCalendar {
  private readonly schedules = new Map<number, YearSchedule>();
  private readonly marks = new Map<number, Mark>();

  constructor(...sources: Array<YearSchedules | null | undefined>) {
    for (const source of sources) {
      if (!source) continue;
      for (const [key, schedule] of Object.entries(source)) {
        if (!/^\d{4}$/.test(key)) throw new RangeError(`Invalid schedule year key: ${key}`);
        this.schedules.set(Number(key), schedule);
      }
    }
    const years = [...this.schedules.keys()].sort((a, b) => a - b);
    for (const year of years) this.apply(this.schedules.get(year)!);
  }

  private apply(s: YearSchedule): void {
    this.mark(s.holidays, s.workdays);
    for (const a of s.amendments ?? []) this.mark(a.holidays ?? [], a.workdays ?? []);
  }

  private mark(holidays: HolidayEntry[], workdays: WorkdayEntry[]): void {
    for (const h of holidays) {
      for (const d of h.dates) this.marks.set(parseDate(d), { kind: 'holiday', name: h.name });
    }
    for (const w of workdays) this.marks.set(parseDate(w.date), { kind: 'makeup', name: w.name });
  }

  /** True when an official (or administrator-provided) schedule for the year is known. */
  hasYear(year: number): boolean {
    return this.schedules.has(year);
  }

  knownYears(): number[] {
    return [...this.schedules.keys()].sort((a, b) => a - b);
  }

  schedule(year: number): YearSchedule | undefined {
    return this.schedules.get(year);
  }

  /** Years in [fromYear, toYear] without a known schedule. */
  missingYears(fromYear: number, toYear: number): number[] {
    const out: number[] = [];
    for (let y = fromYear; y <= toYear; y++) if (!this.schedules.has(y)) out.push(y);
    return out;
  }

  dayInfo(date: string): DayInfo {
    return this.dayInfoOf(parseDate(date));
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(parseDate(date));
  }

  /** Same as isWorkingDay, for an epoch day number (used by the working-time loops). */
  isWorkingDayNumber(day: number): boolean {
    const mark = this.marks.get(day);
    if (mark) return mark.kind === 'makeup';
    return !isWeekendDay(day);
  }

  private dayInfoOf(day: number): DayInfo {
    const date = formatDay(day);
    const mark = this.marks.get(day);
    if (mark?.kind === 'holiday') return { date, working: false, reason: 'holiday', holidayName: mark.name };
    if (mark?.kind === 'makeup') return { date, working: true, reason: 'makeup', holidayName: mark.name };
    return isWeekendDay(day)
      ? { date, working: false, reason: 'weekend' }
      : { date, working: true, reason: 'weekday' };
  }
}
