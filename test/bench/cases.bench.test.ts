// Case queues over 100,000 cases (issue: "the queues stay fluid with 100,000 cases").
// Measures each queue's page query (rows + total, as `cases.queue` runs it) and the counts of
// every queue (`cases.queueCounts`), as medians, against a plain indexed
// `SELECT count(*) FROM case_record` on the same database in the same run.
//
// The fixture is bulk-inserted with prepared statements straight into the tables, bypassing
// the change writer: this is benchmark data only, and the writer's change log would multiply
// the build time without changing what the queue queries read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_QUEUES, type CaseFilter, type CaseQueue } from '../../shared/cases/case-inputs';
import { boardCases } from '../../electron/core/board/board-cases';
import { queueCounts, queuePage } from '../../electron/core/cases/case-queues';
import { dueWindow } from '../../electron/core/cases/sla-deadline';
import { openDatabase } from '../../electron/core/db/connection';
import { readOnlyDb } from '../../electron/core/db/read-db';
import { migrate } from '../../electron/core/db/migrate';
import { ChangeWriter } from '../../electron/core/db/change-writer';
import { seedDefaultCatalogue } from '../../electron/core/cases/default-catalogue';
import { medianMs, report, row, type BenchRow } from './bench-report';
import { buildCases } from './cases-fixture';
import { TEST_DB_KEY } from '../support/test-db-key';

const CASES = 100_000;
const QUEUE_LIMIT_MS = 20;
const NOW = new Date('2026-11-20T10:00:00+08:00').getTime();
const ME = 'BENCHUSER00000000000000001';

describe('case queues over 100,000 cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`answers every queue page under ${QUEUE_LIMIT_MS} ms`, () => {
    const db = openDatabase(join(dir, 'cases.db'), { key: TEST_DB_KEY });
    migrate(db);
    new ChangeWriter(db, 'BENCHDEVICE').transaction(null, (tx) => seedDefaultCatalogue(tx)); // as first-run setup does
    const t0 = performance.now();
    const sample = buildCases(db, { count: CASES, now: NOW, me: ME });
    console.log(`built ${CASES} cases in ${Math.round(performance.now() - t0)} ms`);
    expect((db.prepare('SELECT count(*) AS n FROM case_record').get() as { n: number }).n).toBe(CASES);

    const reads = readOnlyDb(db);
    const window = dueWindow(reads, NOW);
    const viewer = { userId: ME, scope: null };
    const baselineStmt = db.prepare('SELECT count(*) AS n FROM case_record');
    const baseline = medianMs(() => baselineStmt.get(), 25);

    const rows: BenchRow[] = [row('cases.baseline.count(*)', baseline, baseline)];
    const page = (queue: CaseQueue, filter: CaseFilter = {}) => () => queuePage(reads, { queue, filter, viewer, window }, 0, 50);
    const queueTimes: Record<string, number> = {};
    for (const queue of CASE_QUEUES) {
      const result = page(queue)();
      const ms = medianMs(page(queue));
      queueTimes[queue] = ms;
      rows.push(row(`cases.queue.${queue}`, ms, baseline));
      console.log(`${queue}: total ${result.total}, first page ${result.rows.length} rows`);
    }
    rows.push(row('cases.queueCounts', medianMs(() => queueCounts(reads, {}, viewer, window)), baseline));
    // Common filtered views, reported for information.
    rows.push(row('cases.queue.closed+village', medianMs(page('closed', { villageId: sample.villageId })), baseline));
    rows.push(row('cases.queue.all+grid', medianMs(page('all', { gridId: sample.gridId })), baseline));
    rows.push(row('cases.queue.all+category', medianMs(page('all', { categoryId: sample.categoryId })), baseline));
    rows.push(row('cases.queue.all+text', medianMs(page('all', { text: '路灯' }), 7, 1), baseline));
    rows.push(row('cases.queueCounts+village', medianMs(() => queueCounts(reads, { villageId: sample.villageId }, viewer, window)), baseline));
    rows.push(row('board.cases', medianMs(() => boardCases(reads, NOW), 7, 1), baseline));
    report(rows);
    db.close();

    for (const [queue, ms] of Object.entries(queueTimes)) expect(ms, `queue ${queue}`).toBeLessThan(QUEUE_LIMIT_MS);
  });
});
