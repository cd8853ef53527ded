// The events a host forwards from the core to its clients (see ApiEvents in shared/rpc/contract.ts),
// and who receives each: `changed` every signed-in client, `job` only the job owner's clients
// (the wall display must not see an administrator's import).
import type { ApiEvents, EventName } from '../../../shared/api';

export { EVENT_NAMES } from '../../../shared/rpc/contract';

/** Whether a client signed in as `userId` receives this event. */
export function deliverTo(event: EventName, payload: ApiEvents[EventName], userId: string | null): boolean {
  if (event === 'job') return userId !== null && (payload as ApiEvents['job']).owner === userId;
  return true;
}
