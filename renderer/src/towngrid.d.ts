// The Electron preload bridge (electron/preload): present only in the desktop app.
import type { RpcResult } from '../../shared/rpc/errors';

declare global {
  interface TownGridBridge {
    invoke(method: string, input: unknown, token: string | null): Promise<RpcResult<unknown>>;
    subscribe(event: string, cb: (payload: unknown) => void): () => void;
  }

  interface Window {
    towngrid?: TownGridBridge;
  }
}

export {};
