// RPC methods of the role start screens (工作台); spread into shared/api.ts. Each scope is
// decided in the core from the session, whatever the renderer asks.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import { FOCUS_GROUPS, type CaseFocus, type MonthFigures } from './start-types';

/** The cases, and what decides the caller's scope (assignments, A/B cover, its department). */
const FOCUS_READS = ['case_record', 'case_category', 'org_unit', 'calendar_year', 'user_account', 'staff_assignment', 'staff_leave', 'department'] as const;

export const caseFocusInput = z.object({
  group: z.enum(FOCUS_GROUPS),
  limit: z.number().int().min(1).max(50).default(8),
});

export const startApi = {
  /** The open cases of the caller's own part of the town, counted by group, and one group's most urgent cases. */
  'start.focus': method({ input: caseFocusInput, output: returns<CaseFocus>(), access: 'cases.read', reads: FOCUS_READS }),
  /** The town's cases of this month so far: received, closed, on time, satisfaction. */
  'start.month': method({
    input: emptyInput,
    output: returns<MonthFigures>(),
    access: 'cases.read',
    reads: ['case_record', 'case_event', 'work_log', 'work_log_case', 'calendar_year'],
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
