// The Electron preload bridge (electron/preload): present only in the desktop app.
import type { TownGridBridge } from '../../shared/rpc/bridge';

declare global {
  interface Window {
    towngrid?: TownGridBridge;
  }
}

export {};
