// LAN sync end to end over loopback TLS (issue "LAN sync", bench): two PCs as the hosts run
// them (each a core pool: the real worker bundle, encrypted databases on disk), paired.
// - Initial sync: PC A holds N records written through its change writer (the baseline: the
//   local write rate); PC B starts empty, dials A and catches up. Reported as a ratio to the
//   local write, and as seconds per million (goal: ≤ 15 s); and its CPU time (both PCs: they
//   share this machine's cores) to the local write's.
// - Edit propagation: with both connected, an edit on A (a staff member's phone, through the
//   RPC) until B's core reports the change; p50 and p95 of 200 edits, against the edit's own
//   round trip on A (goal: p95 ≤ 300 ms).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import { openDatabase } from '../../electron/core/db/connection';
import { startCorePool } from '../../electron/core/host/core-pool';
import { makeDeviceCert, type DeviceCert } from '../../electron/core/sync/device-cert';
import { writePeer } from '../../electron/core/sync/peer-store';
import type { RpcResult } from '../../shared/rpc/errors';
import { bundleEntries } from '../integration/core/registry/support/bundle';
import { TEST_DB_KEY } from '../support/test-db-key';
import { TEST_SCRYPT } from '../support/core-harness';
import { report, row } from './bench-report';

const N = Number(process.env.BENCH_SYNC_RECORDS ?? 200_000);
const BATCH = 5_000;
const EDITS = 200;
const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-net-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ok<T>(r: RpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.data as T;
}

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** A database on disk with the two devices paired; `fill` writes the records (timed). */
function prepare(file: string, certs: DeviceCert[], fill?: (core: ReturnType<typeof createCore>) => void): { token: string | null; ms: number; cpuMs: number } {
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile: file, passwordCost: TEST_SCRYPT });
  let token: string | null = null;
  let ms = 0;
  let cpuMs = 0;
  try {
    if (fill) {
      token = ok<{ token: string }>(
        core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1' }),
      ).token;
      const t = performance.now();
      const c = process.cpuUsage();
      fill(core);
      ms = performance.now() - t;
      cpuMs = cpuTime(c);
    }
    core.services.writer.transaction(null, (tx) => {
      for (const c of certs) writePeer(tx, { fingerprint: c.fingerprint, name: c === certs[0] ? 'A' : 'B', deviceId: null, status: 'paired', at: Date.now(), by: null });
    });
  } finally {
    core.close();
  }
  return { token, ms, cpuMs };
}

/**
 * CPU time (ms) of each thread of this process so far, by thread id (Linux: /proc/self/task);
 * empty where the system does not tell.
 */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      // Fields after the command name (which ends with ')'): utime and stime are the 12th and
      // 13th, in clock ticks (USER_HZ, 100 a second on Linux).
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    } catch {
      /* the thread ended */
    }
  }
  return out;
}

/** CPU time (ms) of this process — all its threads — since `since`. */
function cpuTime(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

describe('sync over loopback TLS', () => {
  it(`initial sync of ${N.toLocaleString()} records, and edit propagation`, async () => {
    const workerFile = (await bundleEntries({ worker: 'electron/core/worker.ts' }, `sync-net-bench-${process.pid}`)).worker!;
    const [certA, certB] = await Promise.all([makeDeviceCert('A'), makeDeviceCert('B')]);
    const fileA = join(dir, 'a.db');
    const fileB = join(dir, 'b.db');
    const a0 = prepare(fileA, [certA, certB], (core) => {
      for (let i = 0; i < N; i += BATCH) {
        core.services.writer.transaction(null, (tx) => {
          for (let j = i; j < Math.min(N, i + BATCH); j++) {
            tx.insert('staff', { id: `S${j}`, name: `网格员${j}`, phone: `138${String(j).padStart(8, '0')}`, title: '专职网格员', on_duty: 1, archived: 0, created_at: '2026-11-30' });
          }
        });
      }
    });
    prepare(fileB, [certA, certB]);

    const a = await startCorePool({ workerFile, dbFile: fileA, dbKey: TEST_DB_KEY, readers: 1, sync: { host: '127.0.0.1', port: 0, cert: certA } });
    const port = a.writer.syncInfo!.port;
    const staffOnB = openDatabase(fileB, { key: TEST_DB_KEY, readonly: true });
    const countB = () => (staffOnB.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n;
    // Watching for the end must not take the CPU the sync needs (a count(*) of a growing table
    // every 50 ms took a good part of a core at 1,000,000 records): batches are applied in A's
    // order, each whole, so the last record written on A arrives with the last batch; the
    // count is checked once, after.
    const lastOnB = staffOnB.prepare('SELECT 1 FROM staff WHERE id = ?').pluck();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const threads0 = threadCpu();
    const b = await startCorePool({ workerFile, dbFile: fileB, dbKey: TEST_DB_KEY, readers: 1, sync: { host: '127.0.0.1', port: 0, cert: certB, peers: [`127.0.0.1:${port}`] } });
    while (lastOnB.get(`S${N - 1}`) === undefined) await new Promise((r) => setTimeout(r, 20));
    const initial = performance.now() - t0;
    const initialCpu = cpuTime(c0);
    // The busiest thread of the sync (B's writer, which receives and applies): the time the
    // catch-up would take with a core to itself, whatever else the machine is doing.
    const busiest = Math.max(0, ...[...threadCpu()].map(([tid, ms]) => ms - (threads0.get(tid) ?? 0)));
    expect(countB()).toBe(N);

    // Edits on A, each until B's core says it changed the staff table.
    const local: number[] = [];
    const propagation: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const arrived = new Promise<void>((resolve) => {
        const off = b.on('changed', ({ tables }) => {
          if (tables.includes('staff')) {
            off();
            resolve();
          }
        });
      });
      const t = performance.now();
      ok(await a.invoke(a0.token, 'staff.update', { id: `S${i}`, phone: `139${String(i).padStart(8, '0')}` }));
      local.push(performance.now() - t);
      await arrived;
      propagation.push(performance.now() - t);
    }
    staffOnB.close();
    await Promise.all([a.close(), b.close()]);

    const perMillion = (ms: number) => ((ms / N) * 1_000_000) / 1000;
    report([
      row('sync net: local write of the records (baseline)', a0.ms, a0.ms),
      row('sync net: initial sync over loopback TLS (connect, stream, apply)', initial, a0.ms),
      row('sync net: initial sync of 1,000,000 records at this rate', perMillion(initial), perMillion(a0.ms), 's'),
      // The machine is shared: CPU time is what the work itself costs (both PCs' threads, to one PC's local write).
      row('sync net: initial sync CPU time (both PCs), to local write CPU time', initialCpu, a0.cpuMs),
      ...(busiest > 0 ? [row('sync net: initial sync, CPU time of its busiest thread (the receiving writer)', busiest, a0.cpuMs)] : []),
      row('sync net: edit on A, its round trip (baseline)', pct(local, 0.5), pct(local, 0.5)),
      row('sync net: edit on A until B has it, p50', pct(propagation, 0.5), pct(local, 0.5)),
      row('sync net: edit on A until B has it, p95', pct(propagation, 0.95), pct(local, 0.5)),
    ]);
  });
});
