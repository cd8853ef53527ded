// The LAN protocol between cores in this process, over loopback TLS: a new PC joins a centre
// (pairing code on both screens, accepted by the centre's administrator), receives the data and
// signs in with the password typed at joining; changes then flow both ways live; a revoked
// device is cut off and gets nothing more.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import { changeSeq } from '../../../../electron/core/db/change-log';
import { setupCore, TEST_PASSWORD, TEST_SCRYPT, type Harness } from '../../../support/core-harness';
import { TEST_DB_KEY } from '../../../support/test-db-key';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';

const WAIT = { timeout: 20_000, interval: 25 };

/** A fresh PC: installed, not set up. */
function freshCore(): Core {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-sync-'));
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile: join(dir, 'towngrid.db'), passwordCost: TEST_SCRYPT });
  onTestFinished(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return core;
}

async function call<M extends MethodName>(core: Core, token: string | null, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await core.invokeAsync(token, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as MethodOutput<M>;
}

/** A centre PC with a village, a grid and sync listening on loopback. */
async function centre(): Promise<{ h: Harness; port: number; gridId: string; categoryId: string }> {
  const h = setupCore({ onDisk: true });
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const village = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
  const grid = h.call(h.adminToken, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001001', name: '青石村第1网格', gridType: 'rural' });
  const categoryId = h.call(h.adminToken, 'catalogue.tree', {})[0]!.id;
  const { port } = await h.core.startSync({ host: '127.0.0.1', port: 0 });
  return { h, port, gridId: grid.id, categoryId };
}

describe('LAN sync protocol (loopback TLS)', () => {
  it('a new PC joins a centre through the pairing code, receives its data, signs in, and changes flow both ways; a revoked PC is cut off', async () => {
    const a = await centre();
    const b = freshCore();
    await b.startSync({ host: '127.0.0.1', port: 0 });

    // Joining asks A's administrator; both screens show the same code.
    const joined = await call(b, null, 'sync.join', { address: `127.0.0.1:${a.port}`, adminUsername: 'admin', adminPassword: 'joined-pass-1' });
    expect(joined.outcome).toBe('pairing');
    expect(joined.code).toMatch(/^\d{6}$/);
    expect((await call(b, null, 'sync.joinStatus', {})).state).toBe('waiting');
    const pending = a.h.call(a.h.adminToken, 'sync.status', {}).pending;
    expect(pending).toEqual([expect.objectContaining({ direction: 'incoming', code: joined.code, fingerprint: b.services.sync!.fingerprint })]);
    // Nothing moved before acceptance.
    expect((b.services.db.prepare('SELECT count(*) AS n FROM org_unit').get() as { n: number }).n).toBe(0);

    a.h.call(a.h.adminToken, 'sync.accept', { fingerprint: b.services.sync!.fingerprint });
    await vi.waitFor(async () => expect(await call(b, null, 'sync.joinStatus', {})).toMatchObject({ state: 'ready', error: null }), WAIT);
    await vi.waitFor(() => expect(changeSeq(b.services.db)).toBeGreaterThan(0), WAIT);
    const count = (core: Core, table: string) => (core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    await vi.waitFor(() => expect(count(b, 'org_unit')).toBe(count(a.h.core, 'org_unit')), WAIT);

    // The administrator signs in on B with the password typed there (passwords never travel).
    const login = await call(b, null, 'auth.login', { username: 'admin', password: 'joined-pass-1' });
    expect((await b.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).ok).toBe(false);
    const bToken = login.token;

    // Both list each other as paired and connected.
    await vi.waitFor(() => expect(a.h.call(a.h.adminToken, 'sync.status', {}).peers).toEqual([expect.objectContaining({ status: 'paired', connected: true })]), WAIT);
    expect((await call(b, bToken, 'sync.status', {})).peers).toEqual([expect.objectContaining({ fingerprint: a.h.core.services.sync!.fingerprint, connected: true })]);
    expect((await call(b, bToken, 'sync.indicator', {})).state).toMatch(/ok|syncing/);

    // A case registered on A shows in B's queue; one on B in A's.
    const onA = a.h.call(a.h.adminToken, 'cases.register', { source: 'patrol', categoryId: a.categoryId, handlingType: 'general', title: '桥头垃圾堆放', gridId: a.gridId });
    await vi.waitFor(async () => expect((await call(b, bToken, 'cases.get', { id: onA.id })).title).toBe('桥头垃圾堆放'), WAIT);
    const onB = await call(b, bToken, 'cases.register', { source: 'resident_phone', reporterName: '王先生', reporterPhone: '13900001111', categoryId: a.categoryId, handlingType: 'general', title: '路灯不亮', gridId: a.gridId });
    await vi.waitFor(() => expect(a.h.call(a.h.adminToken, 'cases.get', { id: onB.id }).title).toBe('路灯不亮'), WAIT);
    expect(onB.number.split('-')[2]).not.toBe(onA.number.split('-')[2]); // each PC its own number prefix

    // Revoked on A: B is cut off and receives nothing more from A.
    a.h.call(a.h.adminToken, 'sync.revoke', { fingerprint: b.services.sync!.fingerprint, reason: '电脑报废' });
    await vi.waitFor(async () => expect((await call(b, bToken, 'sync.status', {})).peers[0]!.connected).toBe(false), WAIT);
    const later = a.h.call(a.h.adminToken, 'cases.register', { source: 'patrol', categoryId: a.categoryId, handlingType: 'general', title: '撤销后登记', gridId: a.gridId });
    const refused = await b.invokeAsync(bToken, 'cases.get', { id: later.id });
    expect(refused.ok).toBe(false);
    expect(a.h.call(a.h.adminToken, 'sync.status', {}).peers).toEqual([expect.objectContaining({ status: 'revoked', note: '电脑报废', connected: false })]);
  });

  it('a join the centre declines, or whose request lapses while waiting, fails with the reason, and can be made again', async () => {
    const a = await centre();
    const b = freshCore();
    await b.startSync({ host: '127.0.0.1', port: 0 });
    const ask = () => call(b, null, 'sync.join', { address: `127.0.0.1:${a.port}`, adminUsername: 'admin', adminPassword: 'joined-pass-1' });

    await ask();
    a.h.call(a.h.adminToken, 'sync.reject', { fingerprint: b.services.sync!.fingerprint });
    await vi.waitFor(async () => expect(await call(b, null, 'sync.joinStatus', {})).toMatchObject({ state: 'failed', error: '对方拒绝了配对请求' }), WAIT);

    // Asked again; then the request ends unanswered (here: the centre's sync stops; likewise when it expires).
    await ask();
    expect((await call(b, null, 'sync.joinStatus', {})).state).toBe('waiting');
    a.h.core.services.sync!.stop();
    await vi.waitFor(async () => expect(await call(b, null, 'sync.joinStatus', {})).toMatchObject({ state: 'failed', error: expect.stringContaining('配对请求已失效') }), WAIT);
    expect((b.services.db.prepare('SELECT count(*) AS n FROM user_account').get() as { n: number }).n).toBe(0);
  });

  it('a database copied to another PC without its certificate becomes a new device there (new id, new case-number prefix)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'towngrid-sync-orig-'));
    const copy = mkdtempSync(join(tmpdir(), 'towngrid-sync-copy-'));
    onTestFinished(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(copy, { recursive: true, force: true });
    });
    const open = (d: string) => createCore({ dbKey: TEST_DB_KEY, dbFile: join(d, 'towngrid.db'), passwordCost: TEST_SCRYPT });
    const original = open(dir);
    await original.startSync({ host: '127.0.0.1', port: 0 });
    const before = { ...original.services.device };
    original.close();
    copyFileSync(join(dir, 'towngrid.db'), join(copy, 'towngrid.db'));

    const copied = open(copy);
    expect(copied.services.device.deviceId).not.toBe(before.deviceId);
    expect(copied.services.device.prefix).not.toBe(before.prefix);
    copied.close();
    // The original, with its certificate, stays the device it was.
    const again = open(dir);
    expect(again.services.device).toEqual(before);
    again.close();
  });
});
