// Progress of long jobs (imports, exports): the core pushes `progress {jobId, phase, done,
// total}` to every client. The session's live stream (live-events.tsx) only feeds the query
// cache, so a page that shows a progress bar subscribes here while it needs to.
// Desktop: the preload bridge's subscribe; browser: a second event socket for the session.
import { useEffect, useState } from 'react';
import type { ApiEvents } from '../../../shared/api';
import { getToken } from './session-token';
import { getTransport } from './transport';

export type ProgressEvent = ApiEvents['progress'];

/** Calls `cb` for every `progress` event until the returned function is called. */
export function subscribeProgress(cb: (event: ProgressEvent) => void): () => void {
  if (window.towngrid) return window.towngrid.subscribe('progress', cb);
  return getTransport().listen(getToken(), {
    onEvent(e) {
      if (e.event === 'progress') cb(e.payload);
    },
    onReconnect() {},
    onStatus() {},
  });
}

export interface ReceivedProgress extends ProgressEvent {
  /** When this tab received it (ms). */
  receivedAt: number;
}

export interface ProgressFeed {
  /** The latest event of any job. */
  latest: ReceivedProgress | null;
  /** The latest event of each job. */
  byJob: Record<string, ReceivedProgress>;
}

/**
 * Progress events while `active`. Subscribe before starting a job, not when it starts: a
 * new event socket is authenticated by the core, which is busy while it runs the job.
 */
export function useProgressFeed(active: boolean): ProgressFeed {
  const [feed, setFeed] = useState<ProgressFeed>({ latest: null, byJob: {} });
  useEffect(() => {
    if (!active) return;
    return subscribeProgress((e) => {
      const received = { ...e, receivedAt: Date.now() };
      setFeed((prev) => ({ latest: received, byJob: { ...prev.byJob, [e.jobId]: received } }));
    });
  }, [active]);
  return feed;
}

/** A job's latest event. */
export function jobProgress(feed: ProgressFeed, jobId: string | null | undefined): ReceivedProgress | null {
  return jobId ? (feed.byJob[jobId] ?? null) : null;
}
