// The station closes the event sockets of sessions that end: a password change closes the
// account's other sockets (not the one that changed it), disabling an account closes its
// sockets; and sign-in throttling tells clients apart by their address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startInProcessCore } from '../../../electron/core/host/in-process-client';
import { SESSION_ENDED_CLOSE, startStation, type Station } from '../../../electron/core/station/station-server';
import type { CoreClient } from '../../../electron/core/host/core-client';
import { TEST_PASSWORD, TEST_SCRYPT } from '../../support/core-harness';
import { TEST_DB_KEY } from '../../support/test-db-key';

let core: CoreClient;
let station: Station;
let dataDir: string;

async function rpc(method: string, input: unknown, token: string | null = null) {
  const res = await fetch(`${station.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes vary per method
  return (await res.json()) as { ok: boolean; data?: any; error?: { code: string; message: string } };
}

interface Socket {
  ws: WebSocket;
  closed: Promise<number>;
}

function openEvents(token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${station.url.replace('http', 'ws')}/events?token=${token}`);
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    ws.on('open', () => resolve({ ws, closed }));
    ws.on('error', reject);
  });
}

const login = async (username: string, password: string) => {
  const r = await rpc('auth.login', { username, password });
  expect(r.ok, r.error?.message).toBe(true);
  return r.data.token as string;
};

describe('station sessions', () => {
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-station-sessions-'));
    core = startInProcessCore({ dbFile: join(dataDir, 'towngrid.db'), dbKey: TEST_DB_KEY, passwordCost: TEST_SCRYPT });
    station = await startStation({ core, rendererDir: dataDir, port: 0 });
    const setup = await rpc('system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: TEST_PASSWORD, setupCode: station.setupCode });
    expect(setup.ok).toBe(true);
  });

  afterEach(async () => {
    await station.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a password change closes the event sockets of the account’s other sessions', async () => {
    const here = await login('admin', TEST_PASSWORD);
    const there = await login('admin', TEST_PASSWORD);
    const mine = await openEvents(here);
    const theirs = await openEvents(there);
    let mineClosed = false;
    void mine.closed.then(() => (mineClosed = true));
    expect((await rpc('auth.changePassword', { oldPassword: TEST_PASSWORD, newPassword: 'new-password-7' }, here)).ok).toBe(true);
    expect(await theirs.closed).toBe(SESSION_ENDED_CLOSE);
    // The socket of the session that changed the password still carries events.
    const got = new Promise<string>((r) => mine.ws.once('message', (m) => r(m.toString())));
    expect((await rpc('users.create', { username: 'someone', displayName: '某人', role: 'dispatcher', password: TEST_PASSWORD }, here)).ok).toBe(true);
    expect(JSON.parse(await got)).toMatchObject({ event: 'changed' });
    expect(mineClosed).toBe(false);
    expect((await rpc('auth.me', {}, there)).error?.code).toBe('UNAUTHENTICATED');
    mine.ws.close();
  });

  it('disabling an account closes its sockets', async () => {
    const admin = await login('admin', TEST_PASSWORD);
    const created = await rpc('users.create', { username: 'diaodu', displayName: '调度', role: 'dispatcher', password: TEST_PASSWORD }, admin);
    const t = await login('diaodu', TEST_PASSWORD);
    const s = await openEvents(t);
    expect((await rpc('users.update', { id: created.data.id, disabled: true }, admin)).ok).toBe(true);
    expect(await s.closed).toBe(SESSION_ENDED_CLOSE);
  });

  it('throttles sign-in by the caller’s address: the station’s loopback client is locked, the desktop window is not', async () => {
    for (let i = 0; i < 5; i++) expect((await rpc('auth.login', { username: 'admin', password: 'wrong-' + i })).error?.code).toBe('LOGIN_FAILED');
    expect((await rpc('auth.login', { username: 'admin', password: TEST_PASSWORD })).error?.code).toBe('LOGIN_THROTTLED');
    // The desktop app calls the core over IPC (client `local`), which has not failed.
    expect((await core.invoke(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).ok).toBe(true);
  });
});
