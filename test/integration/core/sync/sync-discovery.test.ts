// Discovery is a hint: a paired device whose address this PC does not know is found by its UDP
// beacon and dialed (here on loopback only, unicast, a few beacons); an unpaired device's beacon
// gives it nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import { makeDeviceCert, type DeviceCert } from '../../../../electron/core/sync/device-cert';
import { writePeer } from '../../../../electron/core/sync/peer-store';
import { TEST_SCRYPT } from '../../../support/core-harness';
import { TEST_DB_KEY } from '../../../support/test-db-key';

const WAIT = { timeout: 20_000, interval: 25 };

function core(): Core {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-disc-'));
  const c = createCore({ dbKey: TEST_DB_KEY, dbFile: join(dir, 'towngrid.db'), passwordCost: TEST_SCRYPT });
  onTestFinished(() => {
    c.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return c;
}

function trust(c: Core, ...certs: DeviceCert[]): void {
  c.services.writer.transaction(null, (tx) => {
    for (const cert of certs) writePeer(tx, { fingerprint: cert.fingerprint, name: cert.fingerprint.slice(0, 5), deviceId: null, status: 'paired', at: Date.now(), by: null });
  });
}

describe('discovery beacon (loopback)', () => {
  it('finds a paired device whose address is unknown, and ignores an unpaired one', async () => {
    const [certA, certB, certC] = await Promise.all([makeDeviceCert('A'), makeDeviceCert('B'), makeDeviceCert('C')]);
    const a = core();
    const b = core();
    const c = core();
    trust(a, certA, certB);
    trust(b, certA, certB);
    // A listens for beacons; B and C (C is not paired with A) beacon to it.
    await a.startSync({ host: '127.0.0.1', port: 0, cert: certA, discovery: { port: 0, bind: '127.0.0.1', targets: [] } });
    const udp = a.services.sync!.discoveryPort!;
    await b.startSync({ host: '127.0.0.1', port: 0, cert: certB, discovery: { port: 0, bind: '127.0.0.1', targets: [`127.0.0.1:${udp}`], intervalMs: 100 } });
    await c.startSync({ host: '127.0.0.1', port: 0, cert: certC, discovery: { port: 0, bind: '127.0.0.1', targets: [`127.0.0.1:${udp}`], intervalMs: 100 } });
    expect(a.services.sync!.status().peers.find((p) => p.fingerprint === certB.fingerprint)).toMatchObject({ address: null, connected: false });

    await vi.waitFor(() => expect(a.services.sync!.status().peers.find((p) => p.fingerprint === certB.fingerprint)).toMatchObject({ connected: true }), WAIT);
    expect(a.services.sync!.status().peers.find((p) => p.fingerprint === certB.fingerprint)!.address).toBe(`127.0.0.1:${b.services.sync!.port}`);
    // C's beacons were heard too, but C is no peer: nothing listed, nothing dialed.
    expect(a.services.sync!.status().peers.map((p) => p.fingerprint)).not.toContain(certC.fingerprint);
    expect(a.services.sync!.status().pending).toEqual([]);
  });
});
