// Not reachable from a web page: the station answers only its own origins and host names,
// only JSON bodies, and first-run setup only with the code it printed.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startInProcessCore } from '../../../electron/core/host/in-process-client';
import { startStation, type Station } from '../../../electron/core/station/station-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateTls } from '../../../electron/core/station/tls-cert';
import { send, sendRaw } from '../../support/station-process';

const SETUP = { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'password-123' };

let station: Station | null = null;
let closeCore: (() => Promise<void>) | null = null;

async function start(opts: { allowOrigins?: string[]; hostNames?: string[]; tls?: { key: string; cert: string } } = {}) {
  const core = startInProcessCore({ dbFile: ':memory:', dbKey: null });
  closeCore = () => core.close();
  station = await startStation({ core, rendererDir: '/nonexistent', port: 0, allowOrigins: opts.allowOrigins, hostNames: () => opts.hostNames ?? [], tls: opts.tls });
  return { station, core };
}

afterEach(async () => {
  await station?.close();
  await closeCore?.();
  station = null;
});

const post = (s: Station, method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(s.url, { path: `/rpc/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function upgrade(s: Station, headers: Record<string, string>, token = 'x'): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${s.url.replace('http', 'ws')}/events?token=${token}`, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });
}

describe('station allow-list', () => {
  it('refuses other web origins and foreign Host names with 403, before the core sees the call', async () => {
    const { station: s, core } = await start();
    const setup = await post(s, 'system.setup', { ...SETUP, setupCode: s.setupCode });
    expect(setup.status).toBe(200);
    const port = new URL(s.url).port;

    // A page on another site signing in (e.g. to lock the administrator out) is refused.
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`, 'http://127.0.0.1:1']) {
      const r = await post(s, 'auth.login', { username: 'admin', password: 'wrong' }, { origin });
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '不允许从其他网页调用指挥台服务' } });
    }
    // A DNS-rebound name (the page's own origin, pointing at this PC) is refused too.
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.evil.example:${port}`]) {
      const r = await post(s, 'system.status', {}, { host });
      expect(r.status, host).toBe(403);
    }
    // None of those attempts reached the sign-in throttle: the right password still works.
    const me = await core.invoke(null, 'auth.login', { username: 'admin', password: 'password-123' });
    expect(me.ok).toBe(true);

    // The station's own names are fine, with and without Origin.
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`, undefined]) {
      const r = await post(s, 'system.status', {}, { ...(origin ? { origin } : {}), host: origin ? new URL(origin).host : `127.0.0.1:${port}` });
      expect(r.status, origin).toBe(200);
    }
    expect((await post(s, 'system.status', {}, { host: `[::1]:${port}` })).status).toBe(200);
  });

  it('accepts the extra origins and host names it is given (--lan, --allow-origin)', async () => {
    const { station: s } = await start({ allowOrigins: ['https://wall.example:8443'], hostNames: ['192.0.2.10', 'centre-pc'] });
    const port = new URL(s.url).port;
    expect((await post(s, 'system.status', {}, { origin: 'https://wall.example:8443' })).status).toBe(200);
    expect((await post(s, 'system.status', {}, { host: `192.0.2.10:${port}`, origin: `http://192.0.2.10:${port}` })).status).toBe(200);
    expect((await post(s, 'system.status', {}, { host: `CENTRE-PC:${port}` })).status).toBe(200);
    expect((await post(s, 'system.status', {}, { origin: 'https://wall.example' })).status).toBe(403);
  });

  it('accepts only application/json bodies (415 for what a form or a simple fetch can send)', async () => {
    const { station: s } = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonp']) {
      const r = await send(s.url, { path: '/rpc/auth.login', headers: type ? { 'content-type': type } : {}, body: '{"username":"admin","password":"x"}' });
      expect(r.status, type).toBe(415);
      expect(JSON.parse(r.body).error.message).toContain('application/json');
    }
    expect((await post(s, 'system.status', {}, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses the event socket from another origin', async () => {
    const { station: s } = await start();
    const login = JSON.parse((await post(s, 'system.setup', { ...SETUP, setupCode: s.setupCode })).body) as { data: { token: string } };
    const port = new URL(s.url).port;
    expect(await upgrade(s, { origin: 'http://evil.example' }, login.data.token)).toBe(403);
    expect(await upgrade(s, { host: `evil.example:${port}` }, login.data.token)).toBe(403);
    expect(await upgrade(s, { origin: `http://127.0.0.1:${port}` }, login.data.token)).toBe(101);
    expect(await upgrade(s, { origin: `http://127.0.0.1:${port}` }, 'forged')).toBe(401);
  });
});

describe('first-run setup over HTTP', () => {
  it('requires the one-time code, throttles wrong codes and cannot be replayed', async () => {
    const { station: s, core } = await start();
    const missing = await post(s, 'system.setup', SETUP);
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body).error).toMatchObject({ code: 'BAD_INPUT', details: [{ path: 'setupCode' }] });
    expect(JSON.parse(missing.body).error.message).toContain('请输入设置码');
    const wrongCode = s.setupCode === 'AAAA-AAAA' ? 'BBBB-BBBB' : 'AAAA-AAAA';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(s, 'system.setup', { ...SETUP, setupCode: wrongCode })).status);
    // The missing code was the first failure: four more, then the lock.
    expect(statuses).toEqual([403, 403, 403, 403, 429]);
    // Locked now: even the right code waits.
    const locked = await post(s, 'system.setup', { ...SETUP, setupCode: s.setupCode });
    expect(locked.status).toBe(429);
    expect(JSON.parse(locked.body).error.message).toMatch(/设置码错误次数过多，请\d+分钟后再试/);
    expect(await core.invoke(null, 'system.status', {})).toMatchObject({ ok: true, data: { setUp: false } });
  });

  it('sets up with the right code, once', async () => {
    const { station: s } = await start();
    const ok = await post(s, 'system.setup', { ...SETUP, setupCode: s.setupCode.toLowerCase().replace('-', ' ') });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, data: { user: { username: 'admin' } } });
    const again = await post(s, 'system.setup', { ...SETUP, adminUsername: 'intruder', setupCode: s.setupCode });
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body).ok).toBe(false);
  });
});

describe('over HTTPS (--lan)', () => {
  it('keeps the same checks, and shrugs off plain HTTP and broken handshakes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-tls-station-'));
    try {
      const { station: s } = await start({ tls: await loadOrCreateTls(dir, []) });
      expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const port = new URL(s.url).port;
      expect((await post(s, 'system.status', {}, { origin: `https://127.0.0.1:${port}` })).status).toBe(200);
      expect((await post(s, 'system.status', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(403);
      expect((await post(s, 'system.status', {}, { 'content-type': 'text/plain' })).status).toBe(415);
      // Plain HTTP and garbage on the TLS port: that connection ends, the server does not.
      await sendRaw(Number(port), `POST /rpc/%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      await sendRaw(Number(port), Buffer.from([0x16, 0x03, 0x01, 0xff, 0xff, 0x01, 0x00]));
      expect((await post(s, 'system.status', {})).status).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
