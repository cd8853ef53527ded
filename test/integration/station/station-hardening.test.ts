// What no request may do to the station host (the built `out/main/station.js`, in its own
// process): each input below once ended the process before any sign-in. Now each answers
// 4xx, the same process keeps serving, and a flood of oversized nested bodies leaves its
// memory where it was.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersStatus, isAlive, peakRssKb, send, sendRaw, startStationProcess, STATION_JS, type StationProcess } from '../../support/station-process';

const JSON_HEADERS = { 'content-type': 'application/json' };

describe.runIf(existsSync(STATION_JS))('station host under hostile requests', () => {
  let station: StationProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-hardening-'));
    station = await startStationProcess(dataDir);
  }, 90_000);

  afterAll(async () => {
    await station?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const stillServing = async () => {
    expect(isAlive(station.childPid)).toBe(true);
    expect(await answersStatus(station.url)).toBe(true);
    expect(station.output()).not.toContain('意外退出');
  };

  it('answers a malformed percent-encoding in a method name with 400', async () => {
    for (const path of ['/rpc/%E0%A4%A', '/rpc/%', '/rpc/a%00b', '/rpc/..%2f..%2fetc', `/rpc/${'x'.repeat(100)}`]) {
      const r = await send(station.url, { path, headers: JSON_HEADERS, body: '{}' });
      expect(r.status, path).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    await stillServing();
  });

  it('answers odd WebSocket upgrade paths with 4xx', async () => {
    const upgrade = (path: string) =>
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${station.port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;
    for (const path of ['//', '//[', '/\\\\', '/events?token=%', '/nope', '/events', `/events?token=${'t'.repeat(600)}`]) {
      const r = await sendRaw(station.port, upgrade(path));
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.status, path).toBeLessThan(500);
    }
    await stillServing();
  });

  it('refuses bodies too large or too deeply nested before sign-in', async () => {
    const nested = '['.repeat(100) + ']'.repeat(100);
    const deep = await send(station.url, { path: '/rpc/auth.login', headers: JSON_HEADERS, body: nested });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error.message).toContain('层级过深');

    const big = JSON.stringify({ username: 'admin', password: 'x'.repeat(20 * 1024) });
    const large = await send(station.url, { path: '/rpc/auth.login', headers: JSON_HEADERS, body: big });
    expect(large.status).toBe(413);
    expect(JSON.parse(large.body).error.message).toContain('请求内容过大');

    // Chunked (no declared length) is cut off at the same limit.
    const chunked = await send(station.url, { path: '/rpc/auth.login', headers: { ...JSON_HEADERS, 'transfer-encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);

    // A forged session does not buy a larger limit.
    const forged = await send(station.url, { path: '/rpc/cases.register', headers: { ...JSON_HEADERS, authorization: 'Bearer forged' }, body: big });
    expect(forged.status).toBe(413);
    await stillServing();
  });

  it('refuses absurd targets and headers, bad JSON and unknown verbs with 4xx', async () => {
    expect((await send(station.url, { path: `/rpc/system.status?${'q'.repeat(4000)}`, headers: JSON_HEADERS, body: '{}' })).status).toBe(414);
    expect((await send(station.url, { path: '/rpc/system.status', headers: { ...JSON_HEADERS, 'x-pad': 'p'.repeat(20_000) }, body: '{}' })).status).toBe(431);
    expect((await send(station.url, { path: '/rpc/system.status', headers: JSON_HEADERS, body: '{"a":' })).status).toBe(400);
    expect((await send(station.url, { path: '/rpc/system.status', headers: JSON_HEADERS, body: '"\\' })).status).toBe(400);
    expect((await send(station.url, { method: 'PUT', path: '/rpc/system.status', headers: JSON_HEADERS, body: '{}' })).status).toBe(405);
    expect((await send(station.url, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
    expect((await sendRaw(station.port, 'GARBAGE\r\n\r\n')).status).toBe(400);
    expect((await sendRaw(station.port, `POST /rpc/system.status HTTP/1.1\r\nHost: 127.0.0.1:${station.port}\r\nContent-Length: -1\r\n\r\n`)).status).toBe(400);
    await stillServing();
  });
});

describe.runIf(existsSync(STATION_JS))('station host under a flood of nested bodies', () => {
  let flooded: StationProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-flood-'));
    flooded = await startStationProcess(dataDir);
  }, 90_000);

  afterAll(async () => {
    await flooded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps its memory under a flood of oversized nested bodies sent without signing in', async () => {
    const before = peakRssKb(flooded.childPid);
    const body = Buffer.from('['.repeat(4 * 1024 * 1024));
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => send(flooded.url, { path: '/rpc/auth.login', headers: JSON_HEADERS, body })),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.every((s) => s === 413)).toBe(true);
    // 16 bodies of 4 MB, each of which parses into ~4 million nested arrays: read whole and
    // parsed, they cost the process gigabytes. Refused unread, they cost nothing to speak of.
    const growthMb = (peakRssKb(flooded.childPid) - before) / 1024;
    expect(growthMb).toBeLessThan(100);
    expect(isAlive(flooded.childPid)).toBe(true);
    expect(await answersStatus(flooded.url)).toBe(true);
    expect(flooded.output()).not.toContain('意外退出');
  }, 120_000);
});

describe.runIf(existsSync(STATION_JS))('station host supervision', () => {
  it('restarts a station that died, on the same address, and says why', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tg-supervise-'));
    const station = await startStationProcess(dataDir);
    try {
      const first = station.childPid;
      process.kill(first, 'SIGKILL');
      await station.waitFor(/站点服务意外退出（被信号 SIGKILL 终止），\d+ 秒后自动重启/);
      const next = await station.waitFor(/站点服务进程已启动（PID (\d+)）[\s\S]*站点服务进程已启动（PID (\d+)）/);
      await station.waitFor(/站点服务已启动：[\s\S]*站点服务已启动：(\S+)/);
      expect(Number(next[2])).not.toBe(first);
      expect(isAlive(first)).toBe(false);
      expect(await answersStatus(station.url)).toBe(true);
    } finally {
      await station.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
