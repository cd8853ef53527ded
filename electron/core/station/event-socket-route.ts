// The `/events` WebSocket upgrade: a signed-in browser of an allowed origin gets pushed
// events; anything else is answered with a 4xx status line and the socket closed. Errors on
// the raw socket or a malformed frame close that one connection, never the host.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientOf } from './rpc-route';
import type { CoreClient } from '../host/core-client';
import type { SessionUser } from '../../../shared/api';
import { checkCaller, parseTarget, type AllowList } from './request-guards';

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 414: 'URI Too Long' };

function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  socket.destroy();
}

export interface EventSocketRoute {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function createEventSocketRoute(core: CoreClient, allow: () => AllowList, onClient: (ws: WebSocket, user: SessionUser, token: string) => void): EventSocketRoute {
  // Clients never send data on this socket: tiny frames only.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const refusal = checkCaller(req, allow());
      if (refusal) return refuseUpgrade(socket, refusal.status);
      const url = parseTarget(req.url);
      if (!url) return refuseUpgrade(socket, 400);
      if (url.pathname !== '/events') return refuseUpgrade(socket, 404);
      const token = url.searchParams.get('token');
      if (!token || token.length > 512) return refuseUpgrade(socket, 401);
      core
        .forward(token, 'auth.me', {}, clientOf(req))
        .catch(() => null)
        .then((r) => {
          if (!r?.ok) return refuseUpgrade(socket, 401);
          if (socket.destroyed) return;
          wss.handleUpgrade(req, socket, head, (ws) => {
            ws.on('error', () => ws.terminate());
            onClient(ws, r.data as SessionUser, token);
          });
        })
        .catch(() => socket.destroy());
    },
    close() {
      wss.close();
    },
  };
}
