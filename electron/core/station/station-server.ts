// The station host's HTTP + WebSocket server: the built renderer, `POST /rpc/<method>` and
// the `/events` WebSocket. Listens on 127.0.0.1 unless LAN exposure is switched on.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CoreClient } from '../host/core-client';
import { serveStatic } from './static-files';
import { EVENT_NAMES } from '../host/event-names';
import type { EventName } from '../../../shared/api';

const MAX_BODY = 64 * 1024 * 1024;

export interface StationOptions {
  core: CoreClient;
  rendererDir: string;
  host?: string;
  port?: number;
}

export interface Station {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}

export async function startStation(opts: StationOptions): Promise<Station> {
  const { core } = opts;
  const json = (body: unknown) => JSON.stringify(body);

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/rpc/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const method = decodeURIComponent(url.slice(5).split('?')[0] ?? '');
      readBody(req)
        .then(async (text) => {
          let input: unknown;
          try {
            input = text.trim() === '' ? {} : JSON.parse(text);
          } catch {
            return { ok: false, error: { code: 'BAD_INPUT', message: '输入内容有误：请求不是有效的 JSON' } };
          }
          return core.invoke(bearer(req), method, input);
        })
        .then(
          (result) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(json(result)),
          () => res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' }).end(json({ ok: false, error: { code: 'BAD_INPUT', message: '请求内容过大' } })),
        );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(opts.rendererDir, url, res);
  });

  const wss = new WebSocketServer({ noServer: true });
  const clients = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/events') {
      socket.destroy();
      return;
    }
    const token = url.searchParams.get('token');
    void core.invoke(token, 'auth.me', {}).then((r) => {
      if (!r.ok) {
        socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        clients.add(ws);
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
      });
    });
  });

  const broadcast = (event: EventName) => (payload: unknown) => {
    const msg = json({ event, payload });
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(msg);
  };
  const offs = EVENT_NAMES.map((event) => core.on(event, broadcast(event)));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.address === '0.0.0.0' || addr.address === '::' ? '127.0.0.1' : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    server,
    async close() {
      for (const off of offs) off();
      for (const ws of clients) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
