// The page cache on the county database (issue "A town of a million": the page cache and mmap
// sized for the machine, measured). Every page SQLite reads from the encrypted file is decrypted
// and its HMAC checked again once it has left the connection's page cache, so the cache decides
// how much of a screen's work is repeated. A read-only connection (a reader core's) runs a
// screen-like workload twice — the people of 40 grids page by page, per-grid counts over the
// whole people ledger, and the month's cases — and the warm passes are timed at each cache size
// as the process's CPU time (user + system: what decrypting pages again costs, and less moved by
// other work on a shared machine than wall time), against the plain indexed count of the other
// benches; then once more at the chosen size
// with 256 MiB of memory mapping asked for (SQLite3 Multiple Ciphers accepts the pragma, but the
// pages of an encrypted file still pass through its cipher, so mapping is not expected to help).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { pageCacheKiB } from '../../electron/core/db/page-cache';
import { report, row } from './bench-report';
import { openCountyCore } from './county-core';
import { TEST_DB_KEY } from '../support/test-db-key';

describe('county page cache', () => {
  it('times a warm screen workload at each page cache size on a read-only connection', () => {
    const county = openCountyCore();
    try {
      const base = county.baseline();
      const grids = county.core.services.db.prepare("SELECT id FROM org_unit WHERE kind = 'grid' ORDER BY code LIMIT 40").pluck().all() as string[];
      const rows = [row('county.cache.baseline', base, base)];
      const chosen = pageCacheKiB();
      const configs = [2_048, 65_536, chosen, 1_048_576].map((kib) => ({ kib, mmap: 0 }));
      for (const { kib, mmap } of [...configs, { kib: chosen, mmap: 268_435_456 }]) {
        const db = openDatabase(county.file, { key: TEST_DB_KEY, readonly: true });
        db.pragma(`cache_size = -${kib}`);
        db.pragma(`mmap_size = ${mmap}`);
        const page = db.prepare('SELECT * FROM person WHERE grid_id = ? AND archived = 0 ORDER BY name, id LIMIT 50 OFFSET ?');
        const perGrid = db.prepare('SELECT grid_id, count(*) AS n FROM person WHERE archived = 0 GROUP BY grid_id');
        const month = db.prepare('SELECT count(*) AS n FROM case_record WHERE received_at >= ? AND received_at < ?');
        const workload = () => {
          for (const g of grids) for (const offset of [0, 50, 100]) page.all(g, offset);
          perGrid.all();
          month.get(Date.parse('2026-08-31T16:00:00Z'), Date.parse('2026-09-30T16:00:00Z'));
        };
        workload();
        const cpu: number[] = [];
        for (let i = 0; i < 5; i++) {
          const c = process.cpuUsage();
          workload();
          const d = process.cpuUsage(c);
          cpu.push((d.user + d.system) / 1000);
        }
        const ms = cpu.sort((a, b) => a - b)[2]!;
        rows.push(row(`county.cache.workload_${Math.round(kib / 1024)}MiB${kib === chosen ? '_chosen' : ''}${mmap ? '_mmap256MiB' : ''}`, ms, base));
        console.log(`cache ${Math.round(kib / 1024)} MiB, mmap_size ${String(db.pragma('mmap_size', { simple: true }))}: warm workload ${ms.toFixed(0)} ms of CPU`);
        db.close();
      }
      report(rows);
      expect(rows).toHaveLength(6);
    } finally {
      county.close();
    }
  });
});
