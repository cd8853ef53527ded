// The events a host forwards from the core to its clients (see ApiEvents in shared/rpc/contract.ts),
// the host-only ones,
// and who receives each: `changed` every signed-in client, `job` only the job owner's clients
// (the wall display must not see an administrator's import).
import type { ApiEvents, EventName } from '../../../shared/api';

import { EVENT_NAMES } from '../../../shared/rpc/contract';

export { EVENT_NAMES };

/** The client events, and those the core sends to its host only (never to a client). */
export interface HostEvents extends ApiEvents {
  /** Sessions revoked or expired (token SHA-256, see auth/session-store): close their event sockets. */
  sessionsEnded: { tokenHashes: string[] };
}
export type HostEventName = keyof HostEvents;

/** Everything a core worker passes to its host. */
export const HOST_EVENT_NAMES: readonly HostEventName[] = [...EVENT_NAMES, 'sessionsEnded'];

/** Whether a client signed in as `userId` receives this event. */
export function deliverTo(event: EventName, payload: ApiEvents[EventName], userId: string | null): boolean {
  if (event === 'job') return userId !== null && (payload as ApiEvents['job']).owner === userId;
  return true;
}
