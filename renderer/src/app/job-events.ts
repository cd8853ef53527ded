// The `job` events of this user's jobs (the hosts send them to the job owner's clients only).
// The session's live stream (live-events.tsx) only feeds the query cache, so a running job
// subscribes here while it runs. Desktop: the preload bridge; browser: an event socket.
import type { JobStatus } from '../../../shared/jobs/job-types';
import { getToken } from './session-token';
import { getTransport } from './transport';

/** Calls `cb` for every `job` event until the returned function is called. */
export function subscribeJobs(cb: (status: JobStatus) => void): () => void {
  if (window.towngrid) return window.towngrid.subscribe('job', cb);
  return getTransport().listen(getToken(), {
    onEvent(e) {
      if (e.event === 'job') cb(e.payload);
    },
    onReconnect() {},
    onStatus() {},
  });
}
