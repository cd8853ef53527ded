// RPC methods of the household visits (入户走访) and their plan by class; spread into
// shared/api.ts. Scope (electron/core/routine/routine-scope.ts): a grid worker reads and writes
// the visits of the households of its grids (and of a colleague's it covers during the leave);
// a supervisor reads its area; the centre the whole town.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { VisitPlanSettings } from './visit-classes';
import { saveVisitInput, visitFormInput, visitPlanInput, visitSettingsInput, visitsInput, visitStatsInput } from './visit-inputs';
import type { JobStarted } from '../jobs/job-types';
import type { VisitPlanView, VisitRow, VisitStatsRow } from './visit-types';

const VISIT_READS = [
  'household_visit', 'household', 'person', 'staff', 'staff_assignment', 'staff_leave', 'org_unit', 'case_record', 'setting', 'user_account',
] as const;

export const visitApi = {
  'routine.visitPlan': method({ input: visitPlanInput, output: returns<VisitPlanView>(), access: 'routine.read', reads: VISIT_READS }),
  'routine.visits': method({ input: visitsInput, output: returns<VisitRow[]>(), access: 'routine.read', reads: VISIT_READS }),
  'routine.saveVisit': method({ input: saveVisitInput, output: returns<VisitRow>(), access: 'routine.write', writes: true }),
  'routine.visitStats': method({ input: visitStatsInput, output: returns<VisitStatsRow[]>(), access: 'routine.read', reads: VISIT_READS }),
  /** Starts a job writing the handbook's 入户走访记录 form of one worker over a period as .xlsx. */
  'routine.visitForm': method({ input: visitFormInput, output: returns<JobStarted>(), access: 'routine.read', reads: VISIT_READS, job: true }),
  'routine.visitSettings': method({ input: z.object({}), output: returns<VisitPlanSettings>(), access: 'routine.read', reads: ['setting'] }),
  'routine.saveVisitSettings': method({ input: visitSettingsInput, output: returns<VisitPlanSettings>(), access: 'settings.write', writes: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
