// What the sync port gives a device that should get nothing, and what bad frames do: unpaired,
// revoked and wrong-certificate peers are refused at the handshake; malformed, unknown and
// oversized frames end the connection without a write or a crash; a peer whose clock runs ahead
// has its records quarantined, not applied, and this PC's clock is not dragged forward.
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { makeDeviceCert, type DeviceCert } from '../../../../electron/core/sync/device-cert';
import { dialPeer } from '../../../../electron/core/sync/sync-transport';
import { writePeer } from '../../../../electron/core/sync/peer-store';
import { changeSeq, versionVector } from '../../../../electron/core/db/change-log';
import { setupCore, type Harness } from '../../../support/core-harness';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { PROTOCOL_VERSION } from '../../../../electron/core/sync/sync-wire';

/** This program's schema version (the number of its migrations). */
const SCHEMA = MIGRATIONS.length;

const WAIT = { timeout: 20_000, interval: 25 };

async function centre(): Promise<{ h: Harness; address: string }> {
  const h = setupCore({ onDisk: true });
  const { port } = await h.core.startSync({ host: '127.0.0.1', port: 0 });
  return { h, address: `127.0.0.1:${port}` };
}

function pair(h: Harness, cert: DeviceCert, status: 'paired' | 'revoked' = 'paired'): void {
  h.core.services.writer.transaction(null, (tx) => writePeer(tx, { fingerprint: cert.fingerprint, name: '测试设备', deviceId: 'DEVICE-P', status, at: Date.now(), by: null }));
}

/** A raw WebSocket to the sync port with `cert`: the frames it receives, and how it ended. */
function raw(address: string, cert: DeviceCert, path = '/sync') {
  const ws = new WebSocket(`wss://${address}${path}`, { key: cert.key, cert: cert.cert, rejectUnauthorized: false, perMessageDeflate: false });
  const frames: unknown[] = [];
  const state = { opened: false, closed: false, status: 0 };
  ws.on('open', () => (state.opened = true));
  ws.on('message', (d) => frames.push(JSON.parse(String(d))));
  ws.on('unexpected-response', (_req, res) => {
    state.status = res.statusCode ?? 0;
    state.closed = true;
  });
  ws.on('close', () => (state.closed = true));
  ws.on('error', () => (state.closed = true));
  return { ws, frames, state };
}

function hello(extra: Record<string, unknown> = {}) {
  return JSON.stringify({ type: 'hello', proto: PROTOCOL_VERSION, schema: SCHEMA, deviceId: 'DEVICE-P', name: '测试设备', port: null, seq: 0, have: 0, vector: {}, ...extra });
}

describe('sync security', () => {
  it('refuses unpaired, revoked and wrong-certificate peers at the handshake: they get no frame', async () => {
    const a = await centre();
    const stranger = await makeDeviceCert('stranger');
    await expect(dialPeer({ cert: stranger, address: a.address, path: '/sync', expect: null })).rejects.toThrow('对方未与本机配对或已撤销本机');
    const s = raw(a.address, stranger);
    await vi.waitFor(() => expect(s.state.closed).toBe(true), WAIT);
    expect(s.state).toMatchObject({ opened: false, status: 403 });
    expect(s.frames).toEqual([]);

    const revoked = await makeDeviceCert('revoked');
    pair(a.h, revoked, 'revoked');
    await expect(dialPeer({ cert: revoked, address: a.address, path: '/sync', expect: null })).rejects.toThrow('对方未与本机配对或已撤销本机');
    // A revoked device asking to pair again is told so, and nothing waits for an administrator.
    const again = raw(a.address, revoked, '/pair');
    await vi.waitFor(() => expect(again.state.opened).toBe(true), WAIT);
    again.ws.send(JSON.stringify({ type: 'pair-request', name: '旧电脑', schema: SCHEMA, proto: PROTOCOL_VERSION, port: null }));
    await vi.waitFor(() => expect(again.frames).toEqual([{ type: 'refuse', message: '本设备已被撤销，需由管理员重新接受配对' }]), WAIT);
    expect(a.h.call(a.h.adminToken, 'sync.status', {}).pending).toEqual([]);

    // A device with another key but the same name is a stranger: identity is the fingerprint.
    const paired = await makeDeviceCert('paired');
    pair(a.h, paired);
    const impostor = await makeDeviceCert('paired');
    await expect(dialPeer({ cert: impostor, address: a.address, path: '/sync', expect: null })).rejects.toThrow('对方未与本机配对或已撤销本机');
    // And a PC dialing a paired peer's address refuses a server that shows another certificate.
    await expect(dialPeer({ cert: paired, address: a.address, path: '/sync', expect: impostor.fingerprint })).rejects.toThrow('对方的设备证书与配对时不一致');
    // Plain requests and other paths get nothing either.
    const other = raw(a.address, paired, '/rpc/users.list');
    await vi.waitFor(() => expect(other.state.closed).toBe(true), WAIT);
    expect(other.state.status).toBe(404);
  });

  it('ends the connection on malformed, unknown and oversized frames without writing anything, and keeps serving', async () => {
    const a = await centre();
    const p = await makeDeviceCert('peer');
    pair(a.h, p);
    const before = changeSeq(a.h.core.services.db);
    const attacks: (string | Buffer)[] = [
      'not json',
      Buffer.from([1, 2, 3]),
      JSON.stringify({ type: 'batch', upTo: 1, of: 1, shapes: [], devices: [], records: [] }), // before hello
      JSON.stringify({ type: 'hello', proto: 1 }),
      hello() + 'x',
    ];
    // Batches: [table, its columns] shapes, devices, and records [shape, id, hlc, device, seq, values, cells?].
    const badBatches = [
      { shapes: [['account_secret', ['password_hash']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 0, 1, ['x']]] }, // not a synced table
      { shapes: [['setting', ['value) VALUES (1); DROP TABLE person; --']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 0, 1, [1]]] }, // not a column
      { shapes: [['setting', ['value']]], devices: ['DEVICE-P'], records: [[0, 'x', 'abc', 0, 1, ['1']]] }, // not a stamp
      { shapes: [['setting', ['value']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 1, 1, ['1']]] }, // no such device
      { shapes: [['setting', ['value']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 0, 1, ['1', '2']]] }, // more values than columns
      { shapes: [['setting', ['value']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 0, 1, [{ f: 'x' }]]] }, // not a value
      { shapes: [['setting', ['value']]], devices: ['DEVICE-P'], records: [[0, 'x', '1', 0, 1, ['1'], { id: ['1', 0] }]] }, // a cell stamp for the id
      {
        shapes: [['user_account', ['username', 'role', 'display_name']]],
        devices: ['DEVICE-P'],
        records: [[0, 'x', '1', 0, 1, ['evil', 'admin', 'x'], {}, true]], // a field too many
      },
      { shapes: [['user_account', ['username', 'role', 'display_name']]], devices: ['DEVICE-P'], records: [{ t: 'user_account', i: 'x', h: '1', d: 'DEVICE-P', v: {}, s: 1 }] }, // the old form
    ];
    for (const attack of attacks) {
      const c = raw(a.address, p);
      await vi.waitFor(() => expect(c.state.opened).toBe(true), WAIT);
      c.ws.send(attack);
      await vi.waitFor(() => expect(c.state.closed).toBe(true), WAIT);
    }
    for (const batch of badBatches) {
      const c = raw(a.address, p);
      await vi.waitFor(() => expect(c.frames.length).toBeGreaterThan(0), WAIT);
      c.ws.send(hello());
      c.ws.send(JSON.stringify({ type: 'batch', upTo: 1, of: 1, ...batch }));
      await vi.waitFor(() => expect(c.state.closed).toBe(true), WAIT);
      expect(c.frames.some((f) => (f as { type: string }).type === 'ack')).toBe(false);
    }
    // An oversized pairing request from anyone: cut at the frame limit.
    const big = raw(a.address, await makeDeviceCert('big'), '/pair');
    await vi.waitFor(() => expect(big.state.opened).toBe(true), WAIT);
    big.ws.send(JSON.stringify({ type: 'pair-request', name: 'x'.repeat(64 * 1024), schema: SCHEMA, proto: PROTOCOL_VERSION, port: null }));
    await vi.waitFor(() => expect(big.state.closed).toBe(true), WAIT);

    expect(changeSeq(a.h.core.services.db)).toBe(before);
    expect(a.h.call(a.h.adminToken, 'sync.status', {}).pending).toEqual([]);
    expect((a.h.core.services.db.prepare("SELECT count(*) AS n FROM user_account WHERE username = 'evil'").get() as { n: number }).n).toBe(0);
    // Still serving: a well-behaved session gets hello and its batch acknowledged.
    const ok = raw(a.address, p);
    await vi.waitFor(() => expect(ok.frames.length).toBeGreaterThan(0), WAIT);
    expect(ok.frames[0]).toMatchObject({ type: 'hello', schema: SCHEMA });
    ok.ws.send(hello());
    ok.ws.send(JSON.stringify({ type: 'batch', upTo: 0, of: 0, shapes: [], devices: [], records: [] }));
    await vi.waitFor(() => expect(ok.frames).toContainEqual({ type: 'ack', upTo: 0 }), WAIT);
    ok.ws.close();
  });

  it('tells a peer on another schema version to upgrade, and takes nothing from it', async () => {
    const a = await centre();
    const p = await makeDeviceCert('old');
    pair(a.h, p);
    const c = raw(a.address, p);
    await vi.waitFor(() => expect(c.frames.length).toBeGreaterThan(0), WAIT);
    c.ws.send(hello({ schema: SCHEMA - 1 }));
    await vi.waitFor(() => expect(c.frames).toContainEqual({ type: 'refuse', message: '本机版本较旧，请先升级本机的指挥台' }), WAIT);
    await vi.waitFor(() => expect(c.state.closed).toBe(true), WAIT);
    const peer = a.h.call(a.h.adminToken, 'sync.status', {}).peers.find((x) => x.fingerprint === p.fingerprint)!;
    expect(peer.error).toBe('对方版本较旧，请先升级对方电脑上的指挥台');
  });

  it('quarantines records from a peer whose clock runs more than 5 minutes ahead, without moving this clock', async () => {
    const a = await centre();
    const p = await makeDeviceCert('skewed');
    pair(a.h, p);
    const c = raw(a.address, p);
    await vi.waitFor(() => expect(c.frames.length).toBeGreaterThan(0), WAIT);
    c.ws.send(hello());
    const ahead = (BigInt(Date.now() + 3_600_000) << 16n).toString();
    const fine = (BigInt(Date.now() - 1000) << 16n).toString();
    c.ws.send(
      JSON.stringify({
        type: 'batch',
        upTo: 2,
        of: 2,
        shapes: [['setting', ['value']]],
        devices: ['DEVICE-P'],
        records: [
          [0, 'skewed-setting', ahead, 0, 1, ['"from the future"']],
          [0, 'fine-setting', fine, 0, 2, ['"in time"']],
        ],
      }),
    );
    await vi.waitFor(() => expect(c.frames).toContainEqual({ type: 'ack', upTo: 2 }), WAIT);
    const value = (id: string) => (a.h.core.services.db.prepare('SELECT value FROM setting WHERE id = ?').get(id) as { value: string } | undefined)?.value;
    expect(value('fine-setting')).toBe('"in time"');
    expect(value('skewed-setting')).toBeUndefined();
    const status = a.h.call(a.h.adminToken, 'sync.status', {});
    expect(status.quarantine).toEqual([expect.objectContaining({ from: '测试设备', table: '系统设置' })]);
    expect(status.quarantine[0]!.aheadMs).toBeGreaterThan(3_500_000);
    expect((await a.h.callAsync(a.h.adminToken, 'sync.indicator', {})).quarantined).toBe(1);
    // The device's clock entry is the record in time, and a local write now is stamped near now.
    expect(versionVector(a.h.core.services.db).get('DEVICE-P')).toBe(BigInt(fine));
    a.h.core.services.writer.transaction(null, (tx) => tx.insert('setting', { id: 'written-here', value: '1' }));
    const stamp = a.h.core.services.db.prepare("SELECT hlc FROM sync_row WHERE row_id = 'written-here'").safeIntegers(true).pluck().get() as bigint;
    expect(Number(stamp >> 16n)).toBeLessThan(Date.now() + 60_000);
    // An administrator may discard it.
    a.h.call(a.h.adminToken, 'sync.discardQuarantined', { ids: [status.quarantine[0]!.id] });
    expect(a.h.call(a.h.adminToken, 'sync.status', {}).quarantine).toEqual([]);
    c.ws.close();
  });
});
