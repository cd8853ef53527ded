// Starts the built station host (`out/main/station.js`) as users do, in its own process, and
// talks to it over raw HTTP: for tests of what no request may do to the host.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { resolve } from 'node:path';

export const STATION_JS = resolve(import.meta.dirname, '../../out/main/station.js');

export interface StationProcess {
  url: string;
  port: number;
  /** Printed when the database is not set up yet. */
  setupCode: string | null;
  /** The process doing the work (the one started supervises it). */
  childPid: number;
  proc: ChildProcess;
  output(): string;
  /** Resolves once the output (so far or to come) matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export async function startStationProcess(dataDir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<StationProcess> {
  const proc = spawn(process.execPath, [STATION_JS, '--port', '0', '--sync-port', '0', '--data', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`station did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /站点服务已启动：(https?:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`station exited with ${code}:\n${out}`));
    });
  });
  const pidMatch = /站点服务进程已启动（PID (\d+)）/.exec(out);
  return {
    url,
    port: Number(new URL(url).port),
    setupCode: /首次使用设置码：([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(out)?.[1] ?? null,
    childPid: pidMatch ? Number(pidMatch[1]) : proc.pid!,
    proc,
    output: () => out,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolveMatch, reject) => {
        const check = () => {
          const m = pattern.exec(out);
          if (!m) return false;
          clearTimeout(timer);
          proc.stdout!.off('data', check);
          proc.stderr!.off('data', check);
          resolveMatch(m);
          return true;
        };
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${out}`)), timeoutMs);
        // Registered after the fixture's own listener, so `out` already holds the new chunk.
        proc.stdout!.on('data', check);
        proc.stderr!.on('data', check);
        check();
      }),
    stop: () =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return done();
        proc.once('exit', () => done());
        proc.kill('SIGTERM');
      }),
  };
}

/** Peak resident memory (VmHWM, kB) of a process, from Linux's /proc. */
export function peakRssKb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmHWM for ${pid}`);
  return Number(m[1]);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface RawAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One HTTP request with full control of path, headers and body; resolves with the answer.
 * A server may answer before the body is sent (413) and close: the client's write error that
 * follows is not a failure once the answer arrived.
 */
export function send(
  url: string,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawAnswer> {
  const u = new URL(url);
  const make = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolveAnswer, reject) => {
    let answered = false;
    const req = make(
      { host: u.hostname, port: u.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers, rejectUnauthorized: false, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        const done = () => resolveAnswer({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.end(opts.body);
  });
}

/**
 * Raw bytes to the port (for requests an HTTP client refuses to make). Resolves with the
 * status line's code (0 if the server closed without one) and what came back, once the server
 * closes or switches protocols (send `Connection: close` to have it close after answering).
 */
export function sendRaw(port: number, bytes: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolveAnswer) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => resolveAnswer({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    socket.on('data', (c) => {
      text += c.toString('latin1');
      if (/^HTTP\/1\.1 101 /.test(text)) socket.destroy();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', done);
    socket.setTimeout(20_000, () => socket.destroy());
    // Not end(): a half-closed client gets no answer that takes a moment (the server ends too).
    socket.write(bytes);
  });
}

/** The station answers `system.status` (it is up and its core is too). */
export async function answersStatus(url: string): Promise<boolean> {
  const r = await send(url, { path: '/rpc/system.status', headers: { 'content-type': 'application/json' }, body: '{}' });
  return r.status === 200 && (JSON.parse(r.body) as { ok: boolean }).ok;
}
