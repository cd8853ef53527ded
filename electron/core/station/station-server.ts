// The station host's HTTP(S) + WebSocket server: the built renderer, `POST /rpc/<method>` and
// the `/events` WebSocket. Listens on 127.0.0.1 unless LAN exposure is switched on, and then
// only over TLS. Every request first passes the Host/Origin allow-list (request-guards.ts);
// no input, however malformed, may throw out of a handler.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { WebSocket } from 'ws';
import type { CoreClient } from '../host/core-client';
import { serveStatic } from './static-files';
import { deliverTo, EVENT_NAMES } from '../host/event-names';
import type { ApiEvents, EventName } from '../../../shared/api';
import { checkCaller, createAllowList, type AllowList } from './request-guards';
import { createRpcRoute, refuse } from './rpc-route';
import { createEventSocketRoute } from './event-socket-route';
import { newSetupCode, SetupCodeGate } from './setup-code';
import { tokenHash } from '../auth/session-store';

/** Close code sent when the socket's session was revoked or expired (the client should re-check its sign-in). */
export const SESSION_ENDED_CLOSE = 4401;

export interface StationOptions {
  core: CoreClient;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Serve HTTPS and WSS with this key and certificate (PEM); the `--lan` mode. */
  tls?: { key: string; cert: string };
  /** Host names and addresses besides loopback that browsers may use (with `--lan`: this PC's). */
  hostNames?: () => readonly string[];
  /** Further web origins allowed to call the station (`--allow-origin`). */
  allowOrigins?: readonly string[];
  /** The one-time code first-run setup must carry; a fresh one is made when not given. */
  setupCode?: string;
}

export interface Station {
  url: string;
  port: number;
  server: Server;
  /** The code `system.setup` over HTTP must carry. */
  setupCode: string;
  close(): Promise<void>;
}

/** Slow or oversized requests are cut off instead of holding the host. */
const SERVER_LIMITS: ServerOptions = {
  headersTimeout: 15_000,
  // Whole request, body included: room for an 80 MB import over a slow Wi-Fi link.
  requestTimeout: 300_000,
  // An idle connection is kept longer than the clients' own pause between calls: closed after
  // 5 s (Node's default), a client sending on it at that moment got ECONNRESET (a browser retries
  // such a request; a script's HTTP client does not — seen once in e2e, 2026-12-03).
  keepAliveTimeout: 65_000,
  connectionsCheckingInterval: 2_000,
  maxHeaderSize: 16 * 1024,
  requireHostHeader: true,
};
const MAX_CONNECTIONS = 512;

export async function startStation(opts: StationOptions): Promise<Station> {
  const { core } = opts;
  const setupGate = new SetupCodeGate(opts.setupCode ?? newSetupCode());
  const rpc = createRpcRoute(core, setupGate);
  let allow: AllowList | null = null;

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (!allow) return refuse(res, { status: 503, message: '服务正在启动，请稍后再试' });
    const refusal = checkCaller(req, allow);
    if (refusal) return refuse(res, refusal);
    const url = req.url ?? '/';
    if (url.startsWith('/rpc/')) return rpc(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, { status: 405, message: '请求方式有误' });
    serveStatic(opts.rendererDir, url, res);
  };
  const server: Server = opts.tls ? createHttpsServer({ ...SERVER_LIMITS, key: opts.tls.key, cert: opts.tls.cert }, onRequest) : createHttpServer(SERVER_LIMITS, onRequest);
  server.maxConnections = MAX_CONNECTIONS;

  /** Each event socket and the user it signed in as (job events go to their owner only). */
  const clients = new Map<WebSocket, string>();
  /** Each socket's session, as the token hash the core names in `sessionsEnded`. */
  const sessionOf = new WeakMap<WebSocket, string>();
  const events = createEventSocketRoute(
    core,
    () => allow!,
    (ws, user, token) => {
      clients.set(ws, user.id);
      sessionOf.set(ws, tokenHash(token));
      let alive = true;
      ws.on('pong', () => (alive = true));
      const ping = setInterval(() => {
        if (!alive) return ws.terminate();
        alive = false;
        ws.ping();
      }, 30_000);
      ws.on('close', () => {
        clearInterval(ping);
        clients.delete(ws);
      });
    },
  );
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if (!allow) return socket.destroy();
    events.handleUpgrade(req, socket, head);
  });

  const broadcast = (event: EventName) => (payload: ApiEvents[EventName]) => {
    const msg = JSON.stringify({ event, payload });
    for (const [ws, userId] of clients) if (ws.readyState === ws.OPEN && deliverTo(event, payload, userId)) ws.send(msg);
  };
  const offs = EVENT_NAMES.map((event) => core.on(event, broadcast(event)));
  offs.push(
    core.on('sessionsEnded', ({ tokenHashes }) => {
      const ended = new Set(tokenHashes);
      for (const ws of clients.keys()) if (ended.has(sessionOf.get(ws) ?? '')) ws.close(SESSION_ENDED_CLOSE, 'session ended');
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', (err) => console.error('[towngrid] 站点服务网络错误：', err.message));
  const addr = server.address() as AddressInfo;
  const scheme = opts.tls ? 'https' : 'http';
  allow = createAllowList({ scheme, port: addr.port, hostNames: opts.hostNames ?? (() => []), extraOrigins: opts.allowOrigins });
  const shownHost = addr.address === '0.0.0.0' || addr.address === '::' ? '127.0.0.1' : addr.address;
  return {
    url: `${scheme}://${shownHost}:${addr.port}`,
    port: addr.port,
    server,
    setupCode: setupGate.code,
    async close() {
      for (const off of offs) off();
      for (const ws of clients.keys()) ws.terminate();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
