// Handlers of the satisfaction survey methods (shared/assessment/assessment-api.ts): the list,
// entry by form, and the spreadsheet import through the registry's engine.
import { cancelImport, commitImport, previewImport } from '../registry/import/import-engine';
import type { Handlers } from '../rpc/handler-types';
import { surveySource } from './survey-import';
import { listSurveys } from './survey-store';
import { saveSurvey } from './surveys';

type SurveyMethods = 'assessment.surveys' | 'assessment.saveSurvey' | 'assessment.surveyImportPreview' | 'assessment.surveyImportCommit' | 'assessment.surveyImportCancel';

export const surveyHandlers: Pick<Handlers, SurveyMethods> = {
  'assessment.surveys': ({ halfYear }, ctx) => listSurveys(ctx.core.db, halfYear ? [halfYear] : []),
  'assessment.saveSurvey': (input, ctx) => saveSurvey(ctx, input),
  'assessment.surveyImportPreview': (input, ctx) => previewImport(ctx, surveySource, input),
  'assessment.surveyImportCommit': (input, ctx) => commitImport(ctx, input, (kind) => (kind === 'survey' ? surveySource : null)),
  'assessment.surveyImportCancel': ({ jobId }, ctx) => cancelImport(ctx, jobId),
};
