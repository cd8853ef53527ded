// Transport over the Electron preload bridge (window.towngrid).
import { EVENT_NAMES, type ApiEvent, type EventName } from '../../../shared/api';
import type { TownGridBridge } from '../../../shared/rpc/bridge';
import type { Transport } from './transport';

export function createIpcTransport(bridge: TownGridBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, input, token) => bridge.invoke(method, input, token),
    listen(_token, handlers) {
      handlers.onStatus('live');
      const forward = <E extends EventName>(event: E) =>
        // `{ event, payload }` of one event name is that event (TypeScript cannot see it through E).
        bridge.subscribe(event, (payload) => handlers.onEvent({ event, payload } as ApiEvent));
      const stops = EVENT_NAMES.map(forward);
      return () => stops.forEach((stop) => stop());
    },
  };
}
