// The transport between peers: WebSocket over TLS 1.3, both sides presenting their device
// certificate (mutual TLS). Certificates are self-signed, so the chain is not what is checked:
// the peer's fingerprint is, against the paired list, before any data moves (sync-node.ts).
// `/sync` serves paired devices only; `/pair` takes a pairing request from any device and
// answers nothing but the pairing exchange. Anything else gets 404; bad input never crashes.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { isIPv6 } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import type { DeviceCert } from './device-cert';
import { MAX_PAIR_FRAME, MAX_SYNC_FRAME } from './sync-wire';
import { DEFAULT_SYNC_PORT } from './sync-options';

export { DEFAULT_SYNC_PORT };
const HANDSHAKE_TIMEOUT_MS = 10_000;
const MAX_CONNECTIONS = 128;

export type SyncPath = '/sync' | '/pair';

export interface Accepted {
  ws: WebSocket;
  path: SyncPath;
  fingerprint: string;
  /** The peer's address as seen here (its IP; the port it listens on comes in its hello). */
  remoteAddress: string;
}

/** The peer certificate's SHA-256 fingerprint on a TLS socket, or null when it showed none. */
export function peerFingerprint(socket: unknown): string | null {
  const tls = socket as TLSSocket | null;
  if (!tls || typeof tls.getPeerX509Certificate !== 'function') return null;
  try {
    return tls.getPeerX509Certificate()?.fingerprint256 ?? null;
  } catch {
    return null;
  }
}

/**
 * Listens for peers. `admit` decides from the path and the certificate's fingerprint whether
 * the WebSocket is opened at all (an unpaired device asking for `/sync` is refused at the
 * handshake: it never gets a frame).
 */
export function listenForPeers(opts: {
  cert: DeviceCert;
  host: string;
  port: number;
  admit(path: SyncPath, fingerprint: string): boolean;
  onPeer(a: Accepted): void;
}): Promise<{ server: Server; port: number; close(): void }> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SYNC_FRAME, perMessageDeflate: false });
  const pairWss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAIR_FRAME, perMessageDeflate: false });
  const server = createServer({
    key: opts.cert.key,
    cert: opts.cert.cert,
    requestCert: true,
    rejectUnauthorized: false,
    minVersion: 'TLSv1.3',
    handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = HANDSHAKE_TIMEOUT_MS;
  server.requestTimeout = HANDSHAKE_TIMEOUT_MS;
  server.on('request', (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  server.on('tlsClientError', () => {});
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : status === 401 ? 'Unauthorized' : 'Not Found'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    try {
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/sync' && path !== '/pair') return refuse(404);
      const fingerprint = peerFingerprint(req.socket);
      if (!fingerprint) return refuse(401);
      if (!opts.admit(path, fingerprint)) return refuse(403);
      const target = path === '/sync' ? wss : pairWss;
      target.handleUpgrade(req, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        opts.onPeer({ ws, path, fingerprint, remoteAddress: req.socket.remoteAddress ?? '' });
      });
    } catch {
      socket.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      server.on('error', () => {});
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      resolve({
        server,
        port,
        close() {
          for (const ws of [...wss.clients, ...pairWss.clients]) ws.terminate();
          server.close();
          server.closeAllConnections();
        },
      });
    });
  });
}

/** `host:port`, `host` (the default port), `[v6]:port`: the parts, or null for anything else. */
export function parseAddress(address: string): { host: string; port: number } | null {
  const a = address.trim();
  const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/.exec(a);
  const plain = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(a);
  const m = v6 ?? plain;
  if (!m) return null;
  const port = m[2] ? Number(m[2]) : DEFAULT_SYNC_PORT;
  if (port < 1 || port > 65535) return null;
  return { host: m[1]!, port };
}

export function formatAddress(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * Dials a peer: resolves once the WebSocket is open, with the fingerprint of the certificate
 * the peer presented. When `expect` is given and the peer shows another certificate, the
 * connection is cut before a frame is sent.
 */
export function dialPeer(opts: { cert: DeviceCert; address: string; path: SyncPath; expect: string | null }): Promise<{ ws: WebSocket; fingerprint: string }> {
  const parsed = parseAddress(opts.address);
  if (!parsed) return Promise.reject(new Error('地址格式不正确'));
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`wss://${formatAddress(parsed.host, parsed.port)}${opts.path}`, {
      key: opts.cert.key,
      cert: opts.cert.cert,
      rejectUnauthorized: false,
      minVersion: 'TLSv1.3',
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
      maxPayload: opts.path === '/sync' ? MAX_SYNC_FRAME : MAX_PAIR_FRAME,
      perMessageDeflate: false,
      followRedirects: false,
    });
    let fingerprint: string | null = null;
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      ws.terminate();
      reject(new Error(message));
    };
    ws.on('upgrade', (res) => {
      fingerprint = peerFingerprint(res.socket);
      if (!fingerprint) fail('对方未出示设备证书');
      else if (opts.expect && fingerprint !== opts.expect) fail('对方的设备证书与配对时不一致，已拒绝连接');
    });
    ws.on('unexpected-response', (_req, res) => fail(res.statusCode === 403 ? '对方未与本机配对或已撤销本机' : `对方拒绝连接（${res.statusCode}）`));
    ws.on('error', (err) => fail(/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ENOTFOUND|EAI_AGAIN/.test(String((err as NodeJS.ErrnoException).code ?? err.message)) ? '无法连接到对方电脑，请检查地址、端口和网络' : `连接失败：${err.message}`));
    ws.on('open', () => {
      if (settled) return;
      settled = true;
      resolve({ ws, fingerprint: fingerprint! });
    });
  });
}
