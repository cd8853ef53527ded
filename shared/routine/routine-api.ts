// RPC methods of the grid-worker routine (网格员工作: 日清周结); spread into shared/api.ts.
// Scope (electron/core/routine/routine-scope.ts): a grid worker reads the logs of its grids'
// workers and writes only its own; a supervisor its area's; the centre the whole town.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import { dayLogInput, importCommitInput, leavesInput, logFormInput, periodInput, raiseCaseInput, routineImportInput, saveLeaveInput, saveLogInput, weeklyInput } from './routine-inputs';
import type { JobStarted } from '../jobs/job-types';
import type { CompletenessTable, LeaveRow, MyDay, RoutineWorker, WeeklySummary, WorkLog } from './routine-types';
import { dutyMonthInput, saveDutyInput, saveMediationInput, saveScreeningInput } from './screening-inputs';
import type { MediationRecord, ScreeningDetail, ScreeningTable } from './screening-types';
import type { DutyMonth, DutyToday, WorkerStatusRow } from './duty-types';

const LOG_READS = ['work_log', 'work_log_case', 'staff_leave', 'staff', 'staff_assignment', 'org_unit', 'calendar_year', 'case_record'] as const;
const SCREENING_READS = ['dispute_screening', 'dispute', 'dispute_mediation', 'dispute_person', 'dispute_case', 'person', 'case_record', 'staff', 'staff_assignment', 'org_unit'] as const;
const DUTY_READS = ['duty_roster', 'staff', 'calendar_year'] as const;

export const routineApi = {
  'routine.myDay': method({ input: z.object({}), output: returns<MyDay>(), access: 'routine.write', reads: [...LOG_READS, 'user_account'] }),
  'routine.saveLog': method({ input: saveLogInput, output: returns<WorkLog>(), access: 'routine.write', writes: true }),
  'routine.raiseCase': method({ input: raiseCaseInput, output: returns<{ caseId: string; number: string }>(), access: 'routine.write', writes: true }),
  'routine.dayLog': method({ input: dayLogInput, output: returns<WorkLog | null>(), access: 'routine.read', reads: LOG_READS }),
  'routine.workers': method({ input: z.object({}), output: returns<RoutineWorker[]>(), access: 'routine.read', reads: LOG_READS }),
  'routine.completeness': method({ input: periodInput, output: returns<CompletenessTable>(), access: 'routine.read', reads: LOG_READS }),
  'routine.weekly': method({ input: weeklyInput, output: returns<WeeklySummary>(), access: 'routine.read', reads: LOG_READS }),
  'routine.leaves': method({ input: leavesInput, output: returns<LeaveRow[]>(), access: 'routine.read', reads: LOG_READS }),
  'routine.saveLeave': method({ input: saveLeaveInput, output: returns<LeaveRow>(), access: 'routine.leave', writes: true }),
  'routine.cancelLeave': method({ input: z.object({ id: z.string().min(1) }), output: returns<LeaveRow>(), access: 'routine.leave', writes: true }),
  /** Starts a job checking paper logs in an Excel file (the registry's preview: nothing written; the plan kept for the commit). */
  'routine.importPreview': method({ input: routineImportInput, output: returns<JobStarted>(), access: 'routine.import', runsOn: 'writer', job: true }),
  /** Starts a job writing a previewed import all-or-nothing in one transaction; refused while a bad row is not excluded. */
  'routine.importCommit': method({ input: importCommitInput, output: returns<JobStarted>(), access: 'routine.import', writes: true, job: true }),
  /** Drops a kept preview. */
  'routine.importCancel': method({ input: z.object({ jobId: z.string().min(1) }), output: returns<{ ok: true }>(), access: 'routine.import', runsOn: 'writer' }),
  /** Starts a job writing the handbook's 工作日志 form of one worker over a period as .xlsx. */
  'routine.logForm': method({ input: logFormInput, output: returns<JobStarted>(), access: 'routine.read', reads: [...LOG_READS, 'building'], job: true }),
  // 矛盾纠纷排查 every half month per grid, with 调解 records (scope: the grids of the routine scope).
  'routine.screenings': method({ input: periodInput, output: returns<ScreeningTable>(), access: 'routine.read', reads: SCREENING_READS }),
  'routine.screening': method({ input: z.object({ id: z.string().min(1) }), output: returns<ScreeningDetail>(), access: 'routine.read', reads: SCREENING_READS }),
  'routine.saveScreening': method({ input: saveScreeningInput, output: returns<ScreeningDetail>(), access: 'routine.screening', writes: true }),
  'routine.saveMediation': method({ input: saveMediationInput, output: returns<MediationRecord>(), access: 'routine.screening', writes: true }),
  // The centre's 值班表 and the workers' status (在岗 / 请假 / 离岗).
  'routine.dutyMonth': method({ input: dutyMonthInput, output: returns<DutyMonth>(), access: 'routine.read', reads: DUTY_READS }),
  'routine.dutyToday': method({ input: z.object({}), output: returns<DutyToday>(), access: 'board.read', reads: DUTY_READS }),
  'routine.saveDuty': method({ input: saveDutyInput, output: returns<DutyMonth['days'][number]>(), access: 'duty.write', writes: true }),
  'routine.staffStatus': method({ input: z.object({}), output: returns<WorkerStatusRow[]>(), access: 'routine.read', reads: LOG_READS }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
