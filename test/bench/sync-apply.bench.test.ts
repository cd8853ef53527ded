// LAN sync's local work, before any network (issue "LAN sync", bench): a PC writes N records
// through the change writer (the baseline: the local write rate), another catches up — the
// sender reads them out with batchSince in batches of SYNC_BATCH_RECORDS, the receiver applies
// each with applyRemote in one transaction — on disk, encrypted, WAL, as the hosts run. The
// ratios say how much slower a catch-up is than writing the same data locally, in wall time
// and in CPU time (the machine is shared: CPU time is what the work itself costs); the goal
// of the issue is an initial sync of 1,000,000 changes in ≤ 15 s end to end, network included.
// SYNC_BENCH_RECORDS sets N (default 1,000,000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { versionVector } from '../../electron/core/db/change-log';
import { ChangeWriter } from '../../electron/core/db/change-writer';
import { openDatabase } from '../../electron/core/db/connection';
import { newRawKey } from '../../electron/core/host/database-key';
import { migrate } from '../../electron/core/db/migrate';
import { readOnlyDb } from '../../electron/core/db/read-db';
import { batchSince, SYNC_BATCH_RECORDS } from '../../electron/core/sync/sync-records';
import { report, row } from './bench-report';

const N = Number(process.env.SYNC_BENCH_RECORDS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pc(name: string) {
  // Encrypted as the hosts keep it.
  const db = openDatabase(join(dir, `${name}.db`), { key: newRawKey() });
  migrate(db);
  return { db, writer: new ChangeWriter(db, name) };
}

/** Wall and CPU time (ms) of a piece of work, added up over its calls. */
class Clock {
  wall = 0;
  cpu = 0;
  time<T>(fn: () => T): T {
    const w = performance.now();
    const c = process.cpuUsage();
    try {
      return fn();
    } finally {
      const d = process.cpuUsage(c);
      this.cpu += (d.user + d.system) / 1000;
      this.wall += performance.now() - w;
    }
  }
}

describe('sync apply rate', () => {
  it(`catches up ${N.toLocaleString()} records in batches of ${SYNC_BATCH_RECORDS.toLocaleString()}`, () => {
    const a = pc('DEV-A');
    const b = pc('DEV-B');
    const local = new Clock();
    for (let i = 0; i < N; i += SYNC_BATCH_RECORDS) {
      local.time(() =>
        a.writer.transaction(null, (tx) => {
          for (let j = i; j < Math.min(N, i + SYNC_BATCH_RECORDS); j++) {
            tx.insert('staff', { id: `S${j}`, name: `网格员${j}`, phone: `138${String(j).padStart(8, '0')}`, title: '专职网格员', on_duty: 1, archived: 0, created_at: '2026-11-30' });
          }
        }),
      );
    }

    // The catch-up, as the protocol runs it: the receiver's version vector, then batch after batch.
    const source = readOnlyDb(a.db);
    const known = versionVector(b.db);
    const read = new Clock();
    const apply = new Clock();
    let applied = 0;
    for (let acked = 0; ; ) {
      const batch = read.time(() => batchSince(source, acked, { limit: SYNC_BATCH_RECORDS, known }));
      if (batch.records.length === 0) break;
      applied += apply.time(() => b.writer.applyRemote(batch.records)).applied;
      acked = batch.upTo;
    }
    expect(applied).toBe(N);
    expect(b.db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: N });

    // The same batches again change nothing (what a duplicated delivery costs).
    const again = new Clock();
    let skipped = 0;
    for (let acked = 0; ; ) {
      const batch = again.time(() => batchSince(source, acked, { limit: SYNC_BATCH_RECORDS }));
      if (batch.records.length === 0) break;
      skipped += again.time(() => b.writer.applyRemote(batch.records)).skipped;
      acked = batch.upTo;
    }
    expect(skipped).toBe(N);

    const perMillion = (ms: number) => ((ms / N) * 1_000_000) / 1000;
    const catchUp = read.wall + apply.wall;
    report([
      row('sync: local write of the records (baseline)', local.wall, local.wall),
      row('sync: catch-up (read + apply) of the same records', catchUp, local.wall),
      row('sync: reading them out (batchSince)', read.wall, local.wall),
      row('sync: applying them (applyRemote)', apply.wall, local.wall),
      row('sync: catch-up CPU time, to local write CPU time', read.cpu + apply.cpu, local.cpu),
      row('sync: the same batches again (all skipped)', again.wall, local.wall),
      row('sync: catch-up of 1,000,000 records at this rate', perMillion(catchUp), perMillion(local.wall), 's'),
    ]);
    a.db.close();
    b.db.close();
  });
});
