// Transport over the Electron preload bridge (window.towngrid).
import type { Transport } from './transport';

export function createIpcTransport(bridge: TownGridBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, input, token) => bridge.invoke(method, input, token),
    listen(_token, handlers) {
      handlers.onStatus('live');
      return bridge.subscribe('changed', (payload) => handlers.onEvent('changed', payload));
    },
  };
}
