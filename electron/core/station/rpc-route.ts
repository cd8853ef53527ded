// `POST /rpc/<method>`: JSON in, the core's `{ok, data | error}` out. Refusals (wrong content
// type, bad name, too large, too deep, bad JSON, wrong setup code) answer 4xx with the same
// `{ok: false, error}` shape, so the renderer shows their Chinese message like any other error.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreClient } from '../host/core-client';
import type { RpcResult } from '../../../shared/rpc/errors';
import { declaredLength, readBody } from './body-reader';
import { sessionBodyLimit, UNAUTHENTICATED_BODY_LIMIT } from './body-limits';
import { checkJsonContentType, rpcMethodName, type Refusal } from './request-guards';
import type { SetupCodeGate } from './setup-code';

/** The caller's identity for sign-in throttling: its address. */
export const clientOf = (req: IncomingMessage) => `ip:${req.socket.remoteAddress ?? 'unknown'}`;

export function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (typeof h !== 'string' || h.length > 512 || !h.startsWith('Bearer ')) return null;
  return h.slice(7).trim() || null;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    .end(JSON.stringify(body));
}

/** A 4xx answer in the RPC error shape (an unread body is drained, so the client reads the answer). */
export function refuse(res: ServerResponse, r: Refusal): void {
  sendJson(res, r.status, { ok: false, error: { code: r.status === 403 ? 'FORBIDDEN' : 'BAD_INPUT', message: r.message } });
}

/** Remembers for a few seconds which bearer tokens the core accepted, to size body limits. */
class SessionCache {
  private readonly valid = new Map<string, number>();
  constructor(private readonly core: CoreClient) {}

  async isValid(token: string): Promise<boolean> {
    const now = Date.now();
    const until = this.valid.get(token);
    if (until !== undefined && until > now) return true;
    const r = await this.core.invoke(token, 'auth.me', {}).catch(() => null);
    if (!r?.ok) {
      this.valid.delete(token);
      return false;
    }
    if (this.valid.size >= 1000) this.valid.clear();
    this.valid.set(token, now + 10_000);
    return true;
  }
}

export function createRpcRoute(core: CoreClient, setupGate: SetupCodeGate) {
  const sessions = new SessionCache(core);

  async function bodyLimit(req: IncomingMessage, method: string, token: string | null): Promise<number> {
    const declared = declaredLength(req);
    if (!token || (declared !== null && declared <= UNAUTHENTICATED_BODY_LIMIT)) return UNAUTHENTICATED_BODY_LIMIT;
    return (await sessions.isValid(token)) ? sessionBodyLimit(method) : UNAUTHENTICATED_BODY_LIMIT;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      refuse(res, { status: 405, message: '请求方式有误：只接受 POST' });
      return;
    }
    const typeRefusal = checkJsonContentType(req);
    if (typeRefusal) return refuse(res, typeRefusal);
    const method = rpcMethodName(req.url ?? '');
    if (!method) return refuse(res, { status: 400, message: '不支持的操作：方法名无效' });
    const token = bearer(req);
    const body = await readBody(req, await bodyLimit(req, method, token));
    if (!body.ok) return refuse(res, body);

    // Setting up a town and joining an existing centre both make the first administrator here.
    if (method === 'system.setup' || method === 'sync.join') {
      const code = (body.input as { setupCode?: unknown } | null)?.setupCode;
      const check = setupGate.check(code);
      if (!check.ok) {
        sendJson(res, check.throttled ? 429 : 403, {
          ok: false,
          error: check.throttled
            ? { code: 'LOGIN_THROTTLED', message: check.message }
            : { code: 'BAD_INPUT', message: check.message, details: [{ path: 'setupCode', message: check.message }] },
        });
        return;
      }
    }

    let result: RpcResult<unknown>;
    try {
      result = await core.forward(token, method, body.input, clientOf(req));
    } catch {
      result = { ok: false, error: { code: 'INTERNAL', message: '系统内部错误，请联系管理员' } };
    }
    if (method === 'system.setup' && result.ok) setupGate.consume();
    sendJson(res, 200, result);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统内部错误，请联系管理员' } }));
  };
}
