// The `job` events of this user's jobs (the hosts send them to the job owner's clients only).
// The session's live stream (live-events.tsx) only feeds the query cache, so a running job
// subscribes here while it runs. Desktop: the preload bridge; browser: an event socket.
import type { JobStatus } from '../../../shared/jobs/job-types';
import { getToken } from './session-token';
import { getTransport } from './transport';

function isJobStatus(p: unknown): p is JobStatus {
  const v = p as Partial<JobStatus> | null;
  return !!v && typeof v.jobId === 'string' && typeof v.state === 'string' && typeof v.done === 'number';
}

/** Calls `cb` for every `job` event until the returned function is called. */
export function subscribeJobs(cb: (status: JobStatus) => void): () => void {
  const onPayload = (payload: unknown) => {
    if (isJobStatus(payload)) cb(payload);
  };
  if (window.towngrid) return window.towngrid.subscribe('job', onPayload);
  return getTransport().listen(getToken(), {
    onEvent(event, payload) {
      if (event === 'job') onPayload(payload);
    },
    onReconnect() {},
    onStatus() {},
  });
}
