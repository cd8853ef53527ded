// What a host (Electron main, station server) needs from the core, whichever way it runs.
import type { ApiEvents, EventName } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';

export interface CoreClient {
  invoke(token: string | null, method: string, input: unknown): Promise<RpcResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  close(): Promise<void>;
}
