// Whether pushed events are flowing (shown on the board; used to fall back to refetching).
import { useSyncExternalStore } from 'react';
import type { LiveStatus } from './transport';

let status: LiveStatus = 'connecting';
/** When the stream stopped being live (the page's start counts), or null while live. */
let offlineSince: number | null = Date.now();
const listeners = new Set<() => void>();

export function setLiveStatus(next: LiveStatus): void {
  if (next === status) return;
  if (next === 'live') offlineSince = null;
  else if (status === 'live') offlineSince = Date.now();
  status = next;
  for (const l of listeners) l();
}

export function getLiveStatus(): LiveStatus {
  return status;
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getLiveStatus,
  );
}

export function getOfflineSince(): number | null {
  return offlineSince;
}
