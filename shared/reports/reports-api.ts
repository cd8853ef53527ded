// RPC methods of the work reports (月报, 季报; docs/reports.md): the figures for the screen, and
// the report as .docx and .xlsx through the job service. The figures are the whole town's, so
// only the centre's roles that see every case hold 统计报表 (reports.read); each export is
// audited. Spread into shared/api.ts.
import { z } from 'zod';
import type { JobStarted } from '../jobs/job-types';
import { method, returns, type MethodDef } from '../rpc/contract';
import { reportPeriodInput } from './report-periods';
import type { WorkReport } from './report-types';

/** What the figures are counted from (a change to any refreshes the screen). */
export const REPORT_READS = ['case_record', 'case_event', 'case_category', 'work_log', 'work_log_case', 'org_unit', 'calendar_year', 'setting'] as const;

export const reportsApi = {
  /** The figures of a month's or a quarter's report, against the period before. */
  'reports.work': method({ input: reportPeriodInput, output: returns<WorkReport>(), access: 'reports.read', reads: REPORT_READS }),
  /** The report as a Word file (a job; `jobs.result` gives a FileResult). */
  'reports.exportDocx': method({ input: reportPeriodInput, output: returns<JobStarted>(), access: 'reports.read', job: true }),
  /** The report as a workbook (a job; `jobs.result` gives a FileResult). */
  'reports.exportXlsx': method({ input: reportPeriodInput, output: returns<JobStarted>(), access: 'reports.read', job: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
