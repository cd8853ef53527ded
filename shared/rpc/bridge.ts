// The desktop app's bridge between the renderer and the main process: `window.towngrid`,
// exposed by the Electron preload (electron/preload), which must satisfy this type.
import type { ApiEvents, EventName, MethodInput, MethodName, MethodOutput } from '../api';
import type { RpcResult } from './errors';

export interface TownGridBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<RpcResult<MethodOutput<M>>>;
  /** Calls `cb` with each pushed event of that name; returns the stop function. */
  subscribe<E extends EventName>(event: E, cb: (payload: ApiEvents[E]) => void): () => void;
  /** Shows an operating-system notification (桌面通知); resolves true when the person clicked it. */
  notify(notice: { title: string; body: string }): Promise<boolean>;
}
