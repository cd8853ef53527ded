// Checks every request meets before it reaches the core: the Host header and the Origin must
// name this station (no other web page, no DNS-rebound name), RPC bodies must be
// `application/json` (a web page cannot send that without a CORS preflight this server never
// grants), and paths and method names must be well formed. Nothing here throws.
import type { IncomingMessage } from 'node:http';

/** Longest request target accepted (method names are short; the event socket carries a token). */
export const MAX_URL_LENGTH = 2048;
const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*){0,3}$/;

export type Refusal = { status: number; message: string };

/** The names a browser may use to reach this station, and the web origins it may be called from. */
export interface AllowList {
  hostAllowed(host: string | undefined): boolean;
  originAllowed(origin: string | undefined): boolean;
}

export interface AllowListOptions {
  scheme: 'http' | 'https';
  port: number;
  /** Host names and addresses (no port) besides loopback, e.g. this PC's LAN addresses. */
  hostNames(): readonly string[];
  /** Extra web origins allowed to call the station (`--allow-origin`). */
  extraOrigins?: readonly string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** `::1` → `[::1]`; names lower-cased. */
export function hostForm(name: string): string {
  const n = name.trim().toLowerCase();
  return n.includes(':') && !n.startsWith('[') ? `[${n}]` : n;
}

/** `https://Example.org:443/` → `https://example.org`; null for anything that is not an origin. */
export function normaliseOrigin(value: string): string | null {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function createAllowList(opts: AllowListOptions): AllowList {
  const defaultPort = opts.scheme === 'https' ? 443 : 80;
  const extraOrigins = new Set((opts.extraOrigins ?? []).map(normaliseOrigin).filter((o): o is string => o !== null));
  const extraHosts = [...extraOrigins].map((o) => new URL(o).host);
  let names = new Set<string>();
  let origins = new Set<string>();
  let builtAt = -Infinity;
  const rebuild = () => {
    names = new Set<string>([...extraHosts]);
    origins = new Set<string>(extraOrigins);
    for (const raw of [...LOOPBACK_NAMES, ...opts.hostNames()]) {
      const name = hostForm(raw);
      names.add(`${name}:${opts.port}`);
      if (opts.port === defaultPort) names.add(name);
      origins.add(normaliseOrigin(`${opts.scheme}://${name}:${opts.port}`) ?? '');
    }
    origins.delete('');
    builtAt = Date.now();
  };
  rebuild();
  // The PC's addresses can change (DHCP): on a miss, look again, at most every few seconds.
  const lookUp = (set: () => Set<string>, key: string) => {
    if (set().has(key)) return true;
    if (Date.now() - builtAt < 5000) return false;
    rebuild();
    return set().has(key);
  };
  return {
    hostAllowed(host) {
      if (!host || host.length > 300) return false;
      return lookUp(() => names, host.toLowerCase());
    },
    originAllowed(origin) {
      if (origin === undefined) return true; // not sent by a browser page (curl, the desktop, tests)
      if (origin.length > 300) return false;
      const o = normaliseOrigin(origin);
      return o !== null && lookUp(() => origins, o);
    },
  };
}

/** Host, Origin and target length: the checks every request and every upgrade passes. */
export function checkCaller(req: IncomingMessage, allow: AllowList): Refusal | null {
  if ((req.url ?? '').length > MAX_URL_LENGTH) return { status: 414, message: '请求地址过长' };
  if (!allow.hostAllowed(req.headers.host)) return { status: 403, message: '访问地址不在本站允许的范围内' };
  const origin = req.headers.origin;
  if (Array.isArray(origin) || !allow.originAllowed(origin)) return { status: 403, message: '不允许从其他网页调用指挥台服务' };
  return null;
}

/** RPC bodies must be JSON: refuses the content types a page may send without a preflight. */
export function checkJsonContentType(req: IncomingMessage): Refusal | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' ? null : { status: 415, message: '请求格式有误：只接受 application/json' };
}

/** The method name of `/rpc/<method>?…`, or null when it is not a well-formed name. */
export function rpcMethodName(url: string): string | null {
  const raw = url.slice('/rpc/'.length).split('?')[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return name.length <= 64 && METHOD_NAME.test(name) ? name : null;
}

/** Path and query of a request target, or null when it cannot be parsed. */
export function parseTarget(url: string | undefined): URL | null {
  if (!url || !url.startsWith('/')) return null;
  try {
    return new URL(url, 'http://station.invalid');
  } catch {
    return null;
  }
}
