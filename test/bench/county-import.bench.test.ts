// People imports into the county database (issue "A town of a million"): 10,000 and 100,000
// people from an .xlsx file through the real import path (checks, planning against a ledger of a
// million, households, one change-writer transaction) while the ledger holds a million people.
// The baseline is the raw insert rate into the same database: the rows the import wrote, read
// back and inserted again with fresh ids by prepared INSERTs in one transaction (indexes and
// triggers of a county-sized database included). Target: import ≥ 0.1 of the raw rate with
// parsing excluded. The heap is sampled on every progress step and reported as its peak above
// the heap before the preview, with the process's peak resident size.
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { ImportCommitResult } from '../../shared/registry/import-types';
import { readSpreadsheet } from '../../electron/core/io/spreadsheet-read';
import { commitImport, ledgerSource, previewSheets } from '../../electron/core/registry/import/import-engine';
import { openDatabase } from '../../electron/core/db/connection';
import { tableColumns } from '../../electron/core/db/read-db';
import { TEST_DB_KEY } from '../support/test-db-key';
import { peopleXlsx } from '../integration/core/registry/people-file';
import { report, row } from './bench-report';
import { openCountyCore } from './county-core';

const MB = 2 ** 20;

describe('county import', () => {
  for (const n of [10_000, 100_000]) {
    it(`imports ${n.toLocaleString()} people into a county of a million at ≥ 1/10 of the raw insert rate`, async () => {
      const county = openCountyCore();
      try {
        const db = county.core.services.db;
        const ctx = county.ctx('admin');
        const grids = (db.prepare("SELECT code FROM org_unit WHERE kind = 'grid' ORDER BY code LIMIT 200").pluck().all() as string[]);
        const sheets = await readSpreadsheet(Buffer.from(await peopleXlsx(n, grids), 'base64'), 'people.xlsx');
        const heapBefore = process.memoryUsage().heapUsed;
        let heapPeak = heapBefore;
        const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
        const ticker = setInterval(sample, 20);
        const lastRow = (table: string) => (db.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number);
        const marks = { person: lastRow('person'), household: lastRow('household') };

        const t0 = performance.now();
        const preview = previewSheets(ctx, ledgerSource('person'), { fileName: 'people.xlsx' }, sheets, { jobId: ulid(), progress: sample });
        const t1 = performance.now();
        sample();
        const started = commitImport(ctx, { jobId: preview.jobId, excludeRows: [] }, () => ledgerSource('person'));
        const result = (await county.core.services.jobs.result(started.jobId, ctx.actor)) as ImportCommitResult;
        const t2 = performance.now();
        sample();
        clearInterval(ticker);
        expect(preview.invalid).toEqual([]);
        expect(result.inserted + result.updated).toBe(n);

        // The same rows again by raw INSERTs with fresh ids, into the same county database.
        const rawDb = openDatabase(county.file, { key: TEST_DB_KEY }); // a second connection that bypasses the core
        const raw = rawDb.transaction(() => {
          const t = performance.now();
          for (const table of ['household', 'person'] as const) {
            const cols = tableColumns(db, table);
            const idAt = cols.indexOf('id');
            const rows = rawDb.prepare(`SELECT ${cols.join(', ')} FROM ${table} WHERE rowid > ?`).raw().all(marks[table]) as unknown[][];
            const insert = rawDb.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
            for (const r of rows) {
              r[idAt] = ulid();
              insert.run(...r);
            }
          }
          return performance.now() - t;
        });
        const rawMs = raw();
        rawDb.close();
        const rate = (ms: number) => Math.round(n / (ms / 1000));
        const rawRate = rate(rawMs);
        report([
          row(`county.import.${n}.raw_insert`, rawRate, rawRate, 'rows/s'),
          row(`county.import.${n}.excluding_parse`, rate(t2 - t0), rawRate, 'rows/s'),
          row(`county.import.${n}.preview_ms`, t1 - t0, county.baseline()),
          row(`county.import.${n}.heap_peak_mb`, (heapPeak - heapBefore) / MB, 1, 'MiB'),
          row(`county.import.${n}.max_rss_mb`, (process.resourceUsage().maxRSS * 1024) / MB, 1, 'MiB'),
        ]);
        console.log(`${n} people: preview ${(t1 - t0).toFixed(0)} ms, commit ${(t2 - t1).toFixed(0)} ms (${result.inserted} new, ${result.updated} updated), raw ${rawMs.toFixed(0)} ms`);
        expect(rate(t2 - t0) / rawRate).toBeGreaterThanOrEqual(0.1);
      } finally {
        county.close();
      }
    });
  }
});
