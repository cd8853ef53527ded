// Transport to the station host: POST /rpc/<method> and a WebSocket at /events.
import type { MethodOutput } from '../../../shared/api';
import { ERROR_MESSAGES, type RpcResult } from '../../../shared/rpc/errors';
import { openEventSocket } from './event-socket';
import type { Transport } from './transport';

function transportFailure(message: string): RpcResult<never> {
  return { ok: false, error: { code: 'TRANSPORT', message } };
}

function isRpcResult(v: unknown): v is RpcResult<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export function createHttpTransport(location: Location): Transport {
  const origin = location.origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  return {
    kind: 'http',
    async call(method, input, token) {
      let res: Response;
      try {
        res = await fetch(`${origin}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch {
        return transportFailure(`${ERROR_MESSAGES.TRANSPORT}，请检查网络连接`);
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return transportFailure(`${ERROR_MESSAGES.TRANSPORT}（HTTP ${res.status}）`);
      }
      // The station answers with the dispatcher's result of this method's handler.
      return isRpcResult(body) ? (body as RpcResult<MethodOutput<typeof method>>) : transportFailure(`${ERROR_MESSAGES.TRANSPORT}（响应格式不正确）`);
    },
    listen(token, handlers) {
      if (!token) return () => {};
      return openEventSocket(`${wsOrigin}/events?token=${encodeURIComponent(token)}`, handlers);
    },
  };
}
