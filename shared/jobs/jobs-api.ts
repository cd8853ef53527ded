// RPC methods of the job service (see job-types.ts), spread into shared/api.ts. Each runs on
// the worker that runs the job; only the job's owner may see, cancel or collect it.
import { method, returns, type MethodDef } from '../rpc/contract';
import type { z } from 'zod';
import { jobIdInput, type JobStatus } from './job-types';

export const jobsApi = {
  /** The job's state now (e.g. after the event socket reconnected). */
  'jobs.get': method({ input: jobIdInput, output: returns<JobStatus>(), access: 'session', runsOn: 'job' }),
  /** Asks the job to stop at its next step or batch; a cancelled import writes nothing. */
  'jobs.cancel': method({ input: jobIdInput, output: returns<JobStatus>(), access: 'session', runsOn: 'job' }),
  /** What a finished job produced (see JobResults); its error when it failed. */
  'jobs.result': method({ input: jobIdInput, output: returns<unknown>(), access: 'session', runsOn: 'job' }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
