// Raw HTTP fuzzing of a started station host on loopback (seeded fast-check, bounded runs):
// bad paths, bad encodings, bad upgrades, huge and deeply nested bodies, wrong content types,
// foreign origins, forged sessions. Every request gets an answer below 500, no answer is an
// internal error, and the same station process serves on afterwards.
import fc from 'fast-check';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersStatus, isAlive, send, sendRaw, startStationProcess, STATION_JS, type StationProcess } from '../../support/station-process';

const SEED = 20261130;

describe.runIf(existsSync(STATION_JS))('station host under raw HTTP fuzzing', () => {
  let station: StationProcess;
  let dataDir: string;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tg-fuzz-'));
    station = await startStationProcess(dataDir);
    const setup = await send(station.url, {
      path: '/rpc/system.setup',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'password-123', setupCode: station.setupCode }),
    });
    token = (JSON.parse(setup.body) as { data: { token: string } }).data.token;
  }, 90_000);

  afterAll(async () => {
    await station?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request below 500 and keeps serving', async () => {
    const host = `127.0.0.1:${station.port}`;
    const pathPart = fc.oneof(
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom('%', '%E0%A4%A', '%00', '%2e%2e%2f', '..', '//', '\\\\', '[', '%ZZ', '?', '#', ';'),
      fc.stringMatching(/^[A-Za-z%0-9./_~-]{0,40}$/),
    );
    const path = fc.oneof(
      fc.tuple(fc.constantFrom('/rpc/', '/events', '/', '//', '/rpc', '/assets/'), fc.array(pathPart, { maxLength: 3 })).map(([a, b]) => a + b.join('')),
      fc.constantFrom('/rpc/system.status', '/rpc/auth.me', '/rpc/org.units', '/rpc/no.such', `/events?token=${'%'.repeat(3)}`, '*', 'http://[x'),
      fc.string({ maxLength: 3000 }).map((s) => '/' + s.replace(/[\s\r\n]/g, 'x')),
    );
    const nested = fc.integer({ min: 1, max: 200_000 }).map((d) => '['.repeat(d) + ']'.repeat(d));
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
      nested,
      fc.string({ maxLength: 200 }),
      fc.integer({ min: 10_000, max: 60_000 }).map((n) => JSON.stringify({ username: 'x'.repeat(n), password: 'y' })),
      fc.constant(''),
    );
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null, 'APPLICATION/JSON', 'application/json\u0000');
    const origin = fc.constantFrom(null, `http://${host}`, 'http://evil.example', 'null', 'http://[');
    const hostHeader = fc.constantFrom(host, 'evil.example', `localhost:${station.port}`, '', 'x'.repeat(400));
    const auth = fc.constantFrom('none', 'forged', 'admin', 'garbage');
    const verb = fc.constantFrom('POST', 'GET', 'PUT', 'OPTIONS', 'HEAD', 'DELETE', 'BREW');
    const upgrade = fc.boolean();

    const requests = fc.record({ path, body, contentType, origin, hostHeader, auth, verb, upgrade, chunked: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(requests, async (r) => {
        const lines = [`${r.upgrade ? 'GET' : r.verb} ${r.path} HTTP/1.1`, `Host: ${r.hostHeader}`, 'Connection: close'];
        if (r.upgrade) lines.push('Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==');
        if (r.contentType !== null) lines.push(`Content-Type: ${r.contentType}`);
        if (r.origin !== null) lines.push(`Origin: ${r.origin}`);
        if (r.auth === 'admin') lines.push(`Authorization: Bearer ${token}`);
        if (r.auth === 'forged') lines.push('Authorization: Bearer forged-token');
        if (r.auth === 'garbage') lines.push(`Authorization: ${'B'.repeat(600)}`);
        const payload = Buffer.from(r.body, 'utf8');
        const framed = r.chunked ? Buffer.concat([Buffer.from(`${payload.length.toString(16)}\r\n`), payload, Buffer.from('\r\n0\r\n\r\n')]) : payload;
        lines.push(r.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${payload.length}`);
        const answer = await sendRaw(station.port, Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), framed]));
        const what = `${r.verb} ${r.path.slice(0, 80)} (${r.body.length} bytes)`;
        expect(answer.status, what).toBeGreaterThanOrEqual(100);
        expect(answer.status, what).toBeLessThan(500);
        expect(answer.text, what).not.toContain('"INTERNAL"');
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(isAlive(station.childPid)).toBe(true);
    expect(station.output()).not.toContain('意外退出');
    expect(await answersStatus(station.url)).toBe(true);
  }, 180_000);
});
