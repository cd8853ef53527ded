// Messages between a host thread and the core worker.
import type { ApiEvents, EventName, HostConnection } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';

export interface WorkerInit {
  dbFile: string;
  /** How the host is reached (the station with --lan tells its certificate's fingerprint). */
  connection?: HostConnection;
}

export type ToWorker = { type: 'invoke'; id: number; token: string | null; method: string; input: unknown } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: RpcResult<unknown> }
  | { type: 'event'; event: EventName; payload: ApiEvents[EventName] }
  | { type: 'closed' };
