// What a host (Electron main, station server) needs from the core, whichever way it runs.
import type { ApiEvents, EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';

export interface CoreClient {
  /** Calls a method of the contract from host code (typed input and output). */
  invoke<M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>>;
  /** Passes on a client's call as received; the core looks the method up and validates the input. */
  forward(token: string | null, method: string, input: unknown): Promise<RpcResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  close(): Promise<void>;
}
