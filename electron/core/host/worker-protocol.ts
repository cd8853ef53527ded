// Messages between a host thread and a core worker.
import type { ApiEvents, EventName, HostConnection } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreRole, SideWrite } from '../rpc/side-write';

export interface WorkerInit {
  dbFile: string;
  /** How the host is reached (the station with --lan tells its certificate's fingerprint). */
  connection?: HostConnection;
  /** 'writer' (default): the one writable connection; 'reader': a read-only one. */
  role?: CoreRole;
}

export type ToWorker =
  | { type: 'invoke'; id: number; token: string | null; method: string; input: unknown }
  /** A reader's side write, forwarded to the writer. */
  | { type: 'side'; write: SideWrite }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: RpcResult<unknown> }
  | { type: 'event'; event: EventName; payload: ApiEvents[EventName] }
  /** A reader's side write, for the host to forward to the writer. */
  | { type: 'side'; write: SideWrite }
  | { type: 'closed' };
