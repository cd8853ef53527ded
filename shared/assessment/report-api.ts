// RPC methods of a run's outputs (docs/assessment.md): the 督查专报 as content for the printed
// view, and as a .docx and every score as an .xlsx through the job service. 考核查看 reads the
// whole town's scores (a ranking means nothing cut to one area), so it may take them out too;
// each export is audited. An open run's report is marked 未定版（草稿）. Spread into shared/api.ts.
import { z } from 'zod';
import type { JobStarted } from '../jobs/job-types';
import { method, returns, type MethodDef } from '../rpc/contract';
import { SCORE_READS } from './assessment-api';
import { runIdInput } from './assessment-inputs';
import type { RunReport } from './report-types';

export const assessmentReportApi = {
  'assessment.report': method({ input: runIdInput, output: returns<RunReport>(), access: 'assessment.read', reads: [...SCORE_READS, 'setting'] }),
  /** The 督查专报 as .docx (a job; `jobs.result` gives a FileResult). */
  'assessment.exportReport': method({ input: runIdInput, output: returns<JobStarted>(), access: 'assessment.read', job: true }),
  /** Every score of the run as .xlsx (a job; `jobs.result` gives a FileResult). */
  'assessment.exportScores': method({ input: runIdInput, output: returns<JobStarted>(), access: 'assessment.read', job: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
