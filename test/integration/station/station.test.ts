// The station host with the real core worker (built by `electron-vite build`, which
// `npm test` runs first): RPC over HTTP, events over WebSocket, static files.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCoreWorker } from '../../../electron/core/host/worker-client';
import { startStation, type Station } from '../../../electron/core/station/station-server';
import type { CoreClient } from '../../../electron/core/host/core-client';
import { TEST_DB_KEY } from '../../support/test-db-key';

const OUT = resolve(import.meta.dirname, '../../../out');
const workerFile = join(OUT, 'main/worker.js');

let core: CoreClient;
let station: Station;
let dataDir: string;
let token: string;

async function rpc(method: string, input: unknown, t: string | null = token, raw?: string) {
  const res = await fetch(`${station.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) },
    body: raw ?? JSON.stringify(input),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes vary per method
  return (await res.json()) as { ok: boolean; data?: any; error?: { code: string; message: string } };
}

function openEvents(t: string | null): Promise<{ ws: WebSocket; messages: unknown[] }> {
  return new Promise((resolveWs, reject) => {
    const ws = new WebSocket(`${station.url.replace('http', 'ws')}/events${t ? `?token=${t}` : ''}`);
    const messages: unknown[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(m.toString())));
    ws.on('open', () => resolveWs({ ws, messages }));
    ws.on('error', reject);
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

// Polls a condition; the bound only stops a hung test (a busy machine may take seconds).
async function until(cond: () => boolean, ms = 20_000) {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(existsSync(workerFile))('station host', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-station-'));
    core = await startCoreWorker(workerFile, { dbKey: TEST_DB_KEY, dbFile: join(dataDir, 'towngrid.db') });
    station = await startStation({ core, rendererDir: join(OUT, 'renderer'), port: 0 });
    const setup = await rpc(
      'system.setup',
      { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'password-123', setupCode: station.setupCode },
      null,
    );
    expect(setup.ok).toBe(true);
    token = setup.data.token;
  });

  afterAll(async () => {
    await station?.close();
    await core?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback only by default', () => {
    expect(station.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers RPC with the contract, and errors with Chinese messages', async () => {
    expect((await rpc('system.status', {}, null)).data).toMatchObject({ setUp: true, townName: '青溪镇' });
    expect((await rpc('org.units', {}, null)).error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    expect((await rpc('no.such', {})).error?.code).toBe('UNKNOWN_METHOD');
    expect((await rpc('org.units', null, token, '{not json')).error).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('pushes `changed` to every other connected client after a write', async () => {
    const a = await openEvents(token);
    const b = await openEvents(token);
    const town = (await rpc('org.units', {})).data[0];
    const created = await rpc('org.createUnit', { parentId: town.id, kind: 'community', code: '330782101001', name: '凤栖社区' });
    expect(created.ok).toBe(true);
    await until(() => a.messages.length > 0 && b.messages.length > 0);
    expect(b.messages[0]).toEqual({ event: 'changed', payload: { tables: ['org_unit'] } });
    a.ws.close();
    b.ws.close();
  });

  it('refuses the event socket without a valid session', async () => {
    await expect(openEvents(null)).rejects.toThrow(/401/);
    await expect(openEvents('forged')).rejects.toThrow(/401/);
  });

  it('serves the app and never files outside it', async () => {
    const index = await fetch(`${station.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('乡镇网格化服务管理指挥台');
    const traversal = await fetch(`${station.url}/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(403);
  });

  it('keeps the data when the worker restarts', async () => {
    await core.close();
    core = await startCoreWorker(workerFile, { dbKey: TEST_DB_KEY, dbFile: join(dataDir, 'towngrid.db') });
    const r = await core.invoke(null, 'system.status', {});
    expect(r).toMatchObject({ ok: true, data: { setUp: true, townName: '青溪镇' } });
    // A wall display left signed in stays signed in across a restart.
    expect(await core.invoke(token, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'admin' } });
  });
});

it('the built worker exists (npm test builds before the tests)', () => {
  expect(existsSync(workerFile)).toBe(true);
});
