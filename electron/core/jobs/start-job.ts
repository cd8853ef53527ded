// Starting a job from a handler: the caller's user owns it (only they see its events, cancel
// it and collect its result).
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { CallContext } from '../rpc/handler-types';
import type { JobContext, JobSpec } from './job-service';

export function startJob<R>(ctx: CallContext, spec: Omit<JobSpec<R>, 'owner'>): JobStarted {
  return ctx.core.jobs.start({ ...spec, owner: ctx.actor });
}

/** Progress for a writer of many rows: reports, then lets a cancel in (and checks it). */
export function rowsProgress(job: JobContext): (done: number, total: number) => Promise<void> {
  return async (done, total) => {
    job.progress(done, total);
    await job.pause();
  };
}
