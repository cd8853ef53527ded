// Handlers of the results methods (shared/assessment/assessment-api.ts): a run's results, and the
// latest frozen ranking of a level for the wall board and the meeting slides.
import { callToday } from '../rpc/call-today';
import type { Handlers } from '../rpc/handler-types';
import { latestRanking, runResults } from './run-results';

export const resultsHandlers: Pick<Handlers, 'assessment.results' | 'assessment.ranking'> = {
  'assessment.results': ({ runId }, ctx) => runResults(ctx.core.db, runId, callToday(ctx)),
  'assessment.ranking': ({ level, periodKind, top, bottom }, ctx) => latestRanking(ctx.core.db, level, periodKind, top, bottom, callToday(ctx)),
};
