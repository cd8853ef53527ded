// What a host (Electron main, station server) needs from the core, whichever way it runs.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { HostEventName, HostEvents } from './event-names';
import type { RpcResult } from '../../../shared/rpc/errors';

export interface CoreClient {
  /** Calls a method of the contract from host code (typed input and output). */
  invoke<M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>>;
  /**
   * Passes on a client's call as received; the core looks the method up and validates the input.
   * `client` identifies the caller for sign-in throttling (`ip:<address>`); default `local`.
   */
  forward(token: string | null, method: string, input: unknown, client?: string): Promise<RpcResult<unknown>>;
  on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void;
  close(): Promise<void>;
}
