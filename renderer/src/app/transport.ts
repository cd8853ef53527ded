// A transport carries RPC calls and pushed events between the renderer and the core.
// The desktop app has the Electron preload bridge; a browser on the LAN talks HTTP + WebSocket
// to the station host. Pages never know which one they have.
import type { ApiEvent, MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface EventHandlers {
  /** A pushed event, e.g. `{ event: 'changed', payload: { tables } }`. */
  onEvent(event: ApiEvent): void;
  /** The event stream came back after a drop: anything may have changed meanwhile. */
  onReconnect(): void;
  onStatus(status: LiveStatus): void;
  /** The host closed the stream because its session ended (signed out elsewhere, password changed, disabled). */
  onSessionEnded?(): void;
}

export interface Transport {
  readonly kind: 'ipc' | 'http';
  call<M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<RpcResult<MethodOutput<M>>>;
  /** Starts listening for pushed events for this session; returns the stop function. */
  listen(token: string | null, handlers: EventHandlers): () => void;
}

let current: Transport | null = null;

export function getTransport(): Transport {
  if (!current) current = window.towngrid ? createIpcTransport(window.towngrid) : createHttpTransport(window.location);
  return current;
}
