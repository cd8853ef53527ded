/** Working-day calendar for case deadlines (SPEC §3). The modules re-exported here are pure (no database); calendar-store.ts and calendar-handlers.ts add the stored years and the RPC methods. */
import data from '../../../resources/holidays/cn-holidays.json';
import { HolidayCalendar } from './holiday-calendar';
import type { HolidayData, YearSchedules } from './types';

export { HolidayCalendar } from './holiday-calendar';
export {
  WorkingTime,
  DEFAULT_CUTOFF,
  DEFAULT_END_OF_DAY,
  parseClock,
  shanghaiDate,
  shanghaiInstant,
} from './working-time';
export type { DueState, Instant, WorkingTimeOptions } from './working-time';
export { parseYearSchedule, formatYearScheduleText } from './calendar-import';
export type { ImportOptions, ImportResult } from './calendar-import';
export { isValidDate, addDays } from './dates';
export type * from './types';

/** The bundled State Council schedules (resources/holidays/cn-holidays.json). */
export const officialHolidayData: HolidayData = data as HolidayData;

/**
 * Calendar from the bundled official schedules, overlaid with administrator-edited years
 * (an admin year replaces the official year of the same number).
 */
export function loadOfficialCalendar(adminYears?: YearSchedules): HolidayCalendar {
  return new HolidayCalendar(officialHolidayData.years, adminYears);
}
