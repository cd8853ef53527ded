// The page cache on the county database (issue "A town of a million": the page cache and mmap
// sized for the machine, measured). Every page SQLite reads from the encrypted file is decrypted
// and its HMAC checked again once it has left the connection's page cache, so the cache decides
// how much of a screen's work is repeated. A read-only connection (a reader core's) runs a
// screen-like workload twice — the people of 40 grids page by page, per-grid counts over the
// whole people ledger, and the month's cases — and the second, warm pass is timed at each cache
// size, against the plain indexed count of the other benches. mmap is asked for and read back:
// SQLite3 Multiple Ciphers does not map an encrypted file, so it stays 0 whatever is asked.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { pageCacheKiB } from '../../electron/core/db/page-cache';
import { medianMs, report, row } from './bench-report';
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
      for (const kib of [2_000, 65_536, chosen, 1_048_576]) {
        const db = openDatabase(county.file, { key: TEST_DB_KEY, readonly: true });
        db.pragma(`cache_size = -${kib}`);
        const page = db.prepare('SELECT * FROM person WHERE grid_id = ? AND archived = 0 ORDER BY name, id LIMIT 50 OFFSET ?');
        const perGrid = db.prepare('SELECT grid_id, count(*) AS n FROM person WHERE archived = 0 GROUP BY grid_id');
        const month = db.prepare('SELECT count(*) AS n FROM case_record WHERE received_at >= ? AND received_at < ?');
        const workload = () => {
          for (const g of grids) for (const offset of [0, 50, 100]) page.all(g, offset);
          perGrid.all();
          month.get(Date.parse('2026-08-31T16:00:00Z'), Date.parse('2026-09-30T16:00:00Z'));
        };
        const ms = medianMs(workload, 3, 1);
        rows.push(row(`county.cache.workload_${Math.round(kib / 1024)}MiB${kib === chosen ? '_chosen' : ''}`, ms, base));
        db.pragma('mmap_size = 268435456');
        const mmap = db.pragma('mmap_size', { simple: true }) as number;
        console.log(`cache ${Math.round(kib / 1024)} MiB: warm workload ${ms.toFixed(0)} ms; mmap_size after asking for 256 MiB: ${mmap}`);
        db.close();
      }
      report(rows);
      expect(rows).toHaveLength(5);
    } finally {
      county.close();
    }
  });
});
