// LAN sync's local work, before any network (issue "LAN sync", bench): a PC writes N records
// through the change writer (the baseline: the local write rate), another reads them out with
// recordsSince in batches and applies them with applyRemote, one transaction per batch — on
// disk, WAL, as the hosts run. The ratios say how much slower a catch-up is than writing the
// same data locally; the rows per second say how long a million takes (goal of the issue:
// 1,000,000 changes in ≤ 15 s end to end, network included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChangeWriter } from '../../electron/core/db/change-writer';
import { openDatabase } from '../../electron/core/db/connection';
import { newRawKey } from '../../electron/core/host/database-key';
import { migrate } from '../../electron/core/db/migrate';
import { readOnlyDb } from '../../electron/core/db/read-db';
import { recordsSince } from '../../electron/core/sync/sync-records';
import { report, row } from './bench-report';

const N = 200_000;
const BATCH = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pc(name: string) {
  // Encrypted as the hosts keep it.
  const db = openDatabase(join(dir, `${name}.db`), { key: newRawKey() });
  migrate(db);
  return { db, writer: new ChangeWriter(db, name) };
}

describe('sync apply rate', () => {
  it(`applies ${N.toLocaleString()} records received in batches of ${BATCH.toLocaleString()}`, () => {
    const a = pc('DEV-A');
    const b = pc('DEV-B');
    let t = performance.now();
    for (let i = 0; i < N; i += BATCH) {
      a.writer.transaction(null, (tx) => {
        for (let j = i; j < i + BATCH; j++) {
          tx.insert('staff', { id: `S${j}`, name: `网格员${j}`, phone: `138${String(j).padStart(8, '0')}`, title: '专职网格员', on_duty: 1, archived: 0, created_at: '2026-11-30' });
        }
      });
    }
    const local = performance.now() - t;

    t = performance.now();
    let read = 0;
    let applied = 0;
    let acked = 0;
    const source = readOnlyDb(a.db);
    for (;;) {
      const r0 = performance.now();
      const batch = recordsSince(source, acked, BATCH);
      read += performance.now() - r0;
      if (batch.length === 0) break;
      applied += b.writer.applyRemote(batch).applied;
      acked = batch[batch.length - 1]!.seq;
    }
    const catchUp = performance.now() - t;
    expect(applied).toBe(N);
    expect(b.db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: N });

    // A second pass over the same records changes nothing (what a duplicated delivery costs).
    t = performance.now();
    let skipped = 0;
    for (let seq = 0; ; ) {
      const batch = recordsSince(source, seq, BATCH);
      if (batch.length === 0) break;
      skipped += b.writer.applyRemote(batch).skipped;
      seq = batch[batch.length - 1]!.seq;
    }
    const again = performance.now() - t;
    expect(skipped).toBe(N);

    const perMillion = (ms: number) => (ms / N) * 1_000_000 / 1000;
    report([
      row('sync: local write of the records (baseline)', local, local),
      row('sync: catch-up (read + apply) of the same records', catchUp, local),
      row('sync: reading them out (recordsSince)', read, local),
      row('sync: the same batches again (all skipped)', again, local),
      row('sync: catch-up of 1,000,000 records at this rate', perMillion(catchUp), perMillion(local), 's'),
    ]);
    a.db.close();
    b.db.close();
  });
});
