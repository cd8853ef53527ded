// RPC methods of the assessment (考核评价, docs/assessment.md); spread into shared/api.ts.
// Reading scores needs 考核查看; manual items 考核加减分 (a supervisor within its area); schemes,
// runs, approving and freezing 考核管理; reopening a frozen run the director alone.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import { addAdjustmentInput, decideAdjustmentInput, drillInput, openRunInput, rankingInput, reopenRunInput, runIdInput, saveSchemeInput } from './assessment-inputs';
import type { DrillKind } from './indicators';
import type { AdjustmentRow, RunReview, RunRow, SchemeRow } from './assessment-types';
import type { RankingView, RunResults } from './results-types';
import { saveSurveyInput, surveyImportCommitInput, surveyImportInput, surveysInput } from './survey-inputs';
import type { SurveyRow } from './survey-types';
import type { JobStarted } from '../jobs/job-types';

export const SCORE_READS = [
  'assessment_scheme', 'assessment_run', 'assessment_adjustment', 'assessment_event', 'case_record', 'case_event',
  'work_log', 'work_log_case', 'staff_leave', 'staff', 'staff_assignment', 'org_unit', 'calendar_year', 'user_account', 'satisfaction_survey', 'department',
  'household', 'household_visit', 'person', 'setting', 'visit_verification', 'dispute_screening', 'dispute',
] as const;

export interface DrillRow {
  id: string;
  kind: DrillKind;
  /** A case's number, a day, a household, a grid's half month … */
  label: string;
  /** What it was: the case's title, the day's logs, the visit due and when it was made … */
  title: string;
  /** The renderer's path that opens the record (a case's page); null: no screen shows it alone. */
  link: string | null;
}

export const assessmentApi = {
  'assessment.schemes': method({ input: z.object({}), output: returns<SchemeRow[]>(), access: 'assessment.read', reads: ['assessment_scheme', 'assessment_run'] }),
  'assessment.saveScheme': method({ input: saveSchemeInput, output: returns<SchemeRow>(), access: 'assessment.manage', writes: true }),
  'assessment.runs': method({ input: z.object({}), output: returns<RunRow[]>(), access: 'assessment.read', reads: ['assessment_run', 'assessment_scheme', 'user_account'] }),
  'assessment.openRun': method({ input: openRunInput, output: returns<RunRow>(), access: 'assessment.manage', writes: true }),
  'assessment.review': method({ input: runIdInput, output: returns<RunReview>(), access: 'assessment.read', reads: SCORE_READS }),
  'assessment.drill': method({ input: drillInput, output: returns<DrillRow[]>(), access: 'assessment.read', reads: SCORE_READS }),
  'assessment.addAdjustment': method({ input: addAdjustmentInput, output: returns<AdjustmentRow>(), access: 'assessment.adjust', writes: true }),
  'assessment.decideAdjustment': method({ input: decideAdjustmentInput, output: returns<AdjustmentRow>(), access: 'assessment.manage', writes: true }),
  'assessment.freeze': method({ input: runIdInput, output: returns<RunRow>(), access: 'assessment.manage', writes: true }),
  'assessment.reopen': method({ input: reopenRunInput, output: returns<RunRow>(), access: 'assessment.manage', writes: true }),
  // Results (run-results.ts): change on the previous period, 红榜/黑榜, stars, warnings.
  'assessment.results': method({ input: runIdInput, output: returns<RunResults>(), access: 'assessment.read', reads: SCORE_READS }),
  // The latest frozen ranking, names and figures only: for the wall board and meeting slides.
  'assessment.ranking': method({ input: rankingInput, output: returns<RankingView>(), access: 'board.read', reads: SCORE_READS }),
  // Satisfaction surveys (满意度测评) per grid and half-year: entered with 考核加减分, a supervisor for its area's grids.
  'assessment.surveys': method({ input: surveysInput, output: returns<SurveyRow[]>(), access: 'assessment.read', reads: ['satisfaction_survey', 'org_unit'] }),
  'assessment.saveSurvey': method({ input: saveSurveyInput, output: returns<SurveyRow>(), access: 'assessment.adjust', writes: true }),
  /** Starts a job checking a survey spreadsheet (the registry's preview: mapping, bad rows, nothing written). */
  'assessment.surveyImportPreview': method({ input: surveyImportInput, output: returns<JobStarted>(), access: 'assessment.adjust', runsOn: 'writer', job: true }),
  /** Starts a job writing a previewed survey import all-or-nothing in one transaction. */
  'assessment.surveyImportCommit': method({ input: surveyImportCommitInput, output: returns<JobStarted>(), access: 'assessment.adjust', writes: true, job: true }),
  'assessment.surveyImportCancel': method({ input: z.object({ jobId: z.string().min(1) }), output: returns<{ ok: true }>(), access: 'assessment.adjust', runsOn: 'writer' }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
