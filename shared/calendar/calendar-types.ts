// The working-day calendar as the settings screen and the board see it.

export interface CalendarYearRow {
  year: number;
  /** 'official': bundled State Council schedule; 'admin': entered by an administrator
   *  (replacing the official one of the same year, if any). */
  origin: 'official' | 'admin';
  /** Whether an administrator's version replaces a bundled one. */
  overridesOfficial: boolean;
  source: string;
  holidayDays: number;
  makeupWorkdays: number;
  /** The schedule in the editable text form ("2027-01-01 休 元旦" per line). */
  text: string;
  updatedAt: string | null;
}

export interface CalendarStatus {
  /** The Shanghai year of now. */
  year: number;
  comingYear: number;
  knownYears: number[];
  /** True when this year's (or, from November, next year's) schedule is missing: only weekends count as days off. */
  weekendsOnly: boolean;
  /** Chinese warnings for the board and settings; empty when all is well. */
  warnings: string[];
  /** The warnings joined into one line, or null. */
  warning: string | null;
}

export interface CalendarDay {
  date: string;
  working: boolean;
  reason: 'weekday' | 'weekend' | 'holiday' | 'makeup';
  holidayName: string | null;
}
