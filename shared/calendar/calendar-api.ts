// RPC methods of the working-day calendar (法定节假日与调休): the State Council's schedules
// bundled with the app and the years an administrator imports; spread into shared/api.ts.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { CalendarDay, CalendarStatus, CalendarYearRow } from './calendar-types';

/** A calendar date as every method takes it: YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');

export const calendarImportInput = z.object({
  year: z.number().int().min(2000, '年份无效').max(2100, '年份无效'),
  /** The text form ("2027-01-01 休 元旦" per line) or the JSON form of one year's schedule. */
  content: z.union([z.string().max(200_000), z.record(z.string(), z.unknown())]),
  source: z.string().trim().max(200).optional(),
});

export const calendarDaysInput = z.object({ from: isoDate, to: isoDate });

export const calendarApi = {
  'calendar.status': method({ input: emptyInput, output: returns<CalendarStatus>(), access: 'session', reads: ['calendar_year'] }),
  'calendar.years': method({ input: emptyInput, output: returns<CalendarYearRow[]>(), access: 'session', reads: ['calendar_year'] }),
  'calendar.days': method({ input: calendarDaysInput, output: returns<CalendarDay[]>(), access: 'session', reads: ['calendar_year'] }),
  'calendar.importYear': method({ input: calendarImportInput, output: returns<CalendarYearRow>(), access: 'calendar.write', writes: true }),
  'calendar.removeYear': method({
    input: z.object({ year: z.number().int() }),
    output: returns<{ ok: true }>(),
    access: 'calendar.write',
    writes: true,
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
