// The hosts' core pool with real worker threads (the built worker, as station.test.ts):
// one writer and two readers on one database; job events only reach the job owner's event
// sockets; a dead worker is restarted by itself, in-flight calls get a clear error and new
// calls work; a call whose input cannot be posted leaves no pending entry behind.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCorePool, type CorePool } from '../../../electron/core/host/core-pool';
import { WORKER_DIED } from '../../../electron/core/host/worker-client';
import { startStation, type Station } from '../../../electron/core/station/station-server';
import type { RpcResult } from '../../../shared/rpc/errors';
import { peopleXlsx } from '../core/registry/people-file';
import { TEST_DB_KEY } from '../../support/test-db-key';

const OUT = resolve(import.meta.dirname, '../../../out');
const workerFile = join(OUT, 'main/worker.js');
const PASSWORD = 'password-123';

let pool: CorePool;
let station: Station;
let dataDir: string;
let admin: string;
let display: string;
const logs: string[] = [];

function ok<T>(r: RpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.data as T;
}

function openEvents(t: string): Promise<{ ws: WebSocket; messages: { event: string; payload: { jobId?: string; tables?: string[] } }[] }> {
  return new Promise((resolveWs, reject) => {
    const ws = new WebSocket(`${station.url.replace('http', 'ws')}/events?token=${t}`);
    const messages: { event: string; payload: { jobId?: string; tables?: string[] } }[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(m.toString())));
    ws.on('open', () => resolveWs({ ws, messages }));
    ws.on('error', reject);
  });
}

function waitFor(cond: () => boolean): Promise<void> {
  return new Promise((res) => {
    const tick = () => (cond() ? res() : setTimeout(tick, 10));
    tick();
  });
}

describe.runIf(existsSync(workerFile))('core pool (writer + readers)', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-pool-'));
    pool = await startCorePool({ workerFile, dbKey: TEST_DB_KEY, dbFile: join(dataDir, 'towngrid.db'), log: (m) => logs.push(m) });
    station = await startStation({ core: pool, rendererDir: join(OUT, 'renderer'), port: 0 });
    admin = ok<{ token: string }>(
      await pool.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: PASSWORD }),
    ).token;
    ok(await pool.invoke(admin, 'users.create', { username: 'daping', displayName: '大屏', role: 'display', password: PASSWORD }));
    display = ok<{ token: string }>(await pool.invoke(null, 'auth.login', { username: 'daping', password: PASSWORD })).token;
  }, 60_000); // three worker threads starting on a busy machine: a bound, not a speed claim

  afterAll(async () => {
    await station?.close();
    await pool?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs reads on the readers and writes on the writer, one database', async () => {
    expect(pool.readers).toHaveLength(2);
    const town = ok<{ id: string }[]>(await pool.invoke(admin, 'org.units', {}))[0]!;
    ok(await pool.invoke(admin, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' }));
    // Both readers see the writer's commit.
    for (let i = 0; i < 4; i++) expect(ok<unknown[]>(await pool.invoke(admin, 'org.units', {}))).toHaveLength(2);
    expect(ok<{ townName: string }>(await pool.invoke(display, 'board.summary', {})).townName).toBe('青溪镇');
  });

  it("sends a job's events to its owner's sockets only, not to the wall display", async () => {
    const mine = await openEvents(admin);
    const wall = await openEvents(display);
    const { jobId } = ok<{ jobId: string }>(await pool.invoke(admin, 'cases.export', { queue: 'all', format: 'xlsx' }));
    ok(await pool.invoke(admin, 'jobs.result', { jobId }));
    await waitFor(() => mine.messages.some((m) => m.event === 'job' && m.payload.jobId === jobId && (m.payload as { state?: string }).state === 'done'));
    // A write after the job: once the wall has its `changed`, it has had everything sent before.
    const town = ok<{ id: string }[]>(await pool.invoke(admin, 'org.units', {}))[0]!;
    ok(await pool.invoke(admin, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101002', name: '凤栖社区' }));
    await waitFor(() => wall.messages.some((m) => m.event === 'changed'));
    expect(wall.messages.filter((m) => m.event === 'job')).toEqual([]);
    expect(mine.messages.filter((m) => m.event === 'job').length).toBeGreaterThan(1);
    mine.ws.close();
    wall.ws.close();
  });

  it('leaves no pending call behind when the input cannot be posted to the worker', async () => {
    const r = await pool.writer.invoke(admin, 'org.units', { bad: () => 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(pool.writer.inFlight).toBe(0);
  });

  it('restarts a dead worker by itself: the call in flight gets a clear error, the next ones work', async () => {
    // The writer, busy checking a large file: the job's result is a call that waits in it.
    const grid = ok<{ id: string }[]>(await pool.invoke(admin, 'org.units', {})).find((u) => (u as unknown as { kind: string }).kind === 'village')!;
    ok(await pool.invoke(admin, 'org.createUnit', { parentId: grid.id, kind: 'grid', code: '330782101001001', name: '青石村第1网格' }));
    const fileBase64 = await peopleXlsx(20_000, ['青石村第1网格']);
    const writerThread = pool.writer.thread!;
    const { jobId } = ok<{ jobId: string }>(await pool.invoke(admin, 'registry.importPreview', { kind: 'person', fileBase64 }));
    const inFlight = pool.invoke(admin, 'jobs.result', { jobId });
    const readerThread = pool.readers[0]!.thread!;
    await Promise.all([writerThread.terminate(), readerThread.terminate()]);
    expect(await inFlight).toEqual({ ok: false, error: { code: 'INTERNAL', message: WORKER_DIED } });
    // Calls made while they restart wait for the new workers.
    for (const w of [pool.writer, pool.readers[0]!]) expect(ok<{ username: string }>(await w.invoke(admin, 'auth.me', {})).username).toBe('admin');
    expect(pool.writer.thread).not.toBe(writerThread);
    expect(pool.readers[0]!.thread).not.toBe(readerThread);
    expect(logs.filter((m) => m.includes('意外退出'))).toHaveLength(2);
    expect(logs.filter((m) => m.includes('已重新启动'))).toHaveLength(2);
    // The pool as a whole answers reads and writes again; the job died with its worker.
    expect(await pool.invoke(admin, 'jobs.get', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ok(await pool.invoke(admin, 'auth.logout', {}));
    admin = ok<{ token: string }>(await pool.invoke(null, 'auth.login', { username: 'admin', password: PASSWORD })).token;
    expect(ok<unknown[]>(await pool.invoke(admin, 'org.units', {})).length).toBeGreaterThan(0);
  });
});
