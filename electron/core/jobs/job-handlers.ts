// jobs.*: the owner's view of a job — its state, cancel, and its result when it ends.
import type { Handlers } from '../rpc/handler-types';

export const jobHandlers: Pick<Handlers, 'jobs.get' | 'jobs.cancel' | 'jobs.result'> = {
  'jobs.get': ({ jobId }, ctx) => ctx.core.jobs.status(jobId, ctx.actor),
  'jobs.cancel': ({ jobId }, ctx) => ctx.core.jobs.cancel(jobId, ctx.actor),
  'jobs.result': ({ jobId }, ctx) => ctx.core.jobs.result(jobId, ctx.actor),
};
