// Whether pushed events are flowing (shown on the board; used to fall back to refetching).
import { useSyncExternalStore } from 'react';
import type { LiveStatus } from './transport';

let status: LiveStatus = 'connecting';
const listeners = new Set<() => void>();

export function setLiveStatus(next: LiveStatus): void {
  if (next === status) return;
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
