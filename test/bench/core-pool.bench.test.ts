// Reads never wait for a write (issue "The core's doors", §1, must show): while one client
// commits an import of 100,000 people and while another exports 100,000 cases to Excel, the
// wall board's `board.summary` and a dispatcher's queue page (`cases.queue`), each called
// every 100 ms, keep their p95 latency ≤ 50 ms. Measured through the hosts' core pool (one
// writer worker, two reader workers, the real worker bundle), reported as ratios to the same
// calls' idle p95 in the same run. The fixtures (a town, 100,000 cases) are built here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import { openDatabase } from '../../electron/core/db/connection';
import { startCorePool, type CorePool } from '../../electron/core/host/core-pool';
import type { RpcResult } from '../../shared/rpc/errors';
import { peopleXlsx } from '../integration/core/registry/people-file';
import { bundleEntries } from '../integration/core/registry/support/bundle';
import { report, row } from './bench-report';
import { buildCases } from './cases-fixture';
import { TEST_DB_KEY } from '../support/test-db-key';

const PEOPLE = Number(process.env.BENCH_POOL_PEOPLE ?? 100_000);
const CASES = 100_000;
const POLL_MS = 100;
const LIMIT_MS = 50;
const PASSWORD = 'correct-horse-1';

function ok<T>(r: RpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.data as T;
}

function p(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

interface Latencies {
  board: number[];
  queue: number[];
}

/** Calls board.summary (the wall display) and a queue page (a dispatcher) every 100 ms while `work` runs. */
async function pollDuring(pool: CorePool, tokens: { display: string; dispatcher: string }, work: () => Promise<unknown>): Promise<Latencies> {
  const out: Latencies = { board: [], queue: [] };
  const inFlight: Promise<void>[] = [];
  const timed = (into: number[], call: () => Promise<RpcResult<unknown>>) => {
    const t = performance.now();
    inFlight.push(
      call().then((r) => {
        ok(r);
        into.push(performance.now() - t);
      }),
    );
  };
  let running = true;
  const ticker = (async () => {
    let next = performance.now();
    while (running) {
      timed(out.board, () => pool.invoke(tokens.display, 'board.summary', {}));
      timed(out.queue, () => pool.invoke(tokens.dispatcher, 'cases.queue', { queue: 'all', offset: 0, limit: 50 }));
      next += POLL_MS;
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await ticker;
    await Promise.all(inFlight);
  }
  return out;
}

describe('reads during long writes and exports (core pool)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-pool-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps board.summary and cases.queue p95 ≤ ${LIMIT_MS} ms during a ${PEOPLE.toLocaleString()}-row import commit and a ${CASES.toLocaleString()}-case Excel export`, async () => {
    const dbFile = join(dir, 'town.db');
    // Fixtures: a town with its administrator, a display and a dispatcher account, 12 villages
    // of 10 grids and 100,000 cases.
    const setup = createCore({ dbKey: TEST_DB_KEY, dbFile });
    const admin0 = ok<{ token: string; user: { id: string } }>(
      setup.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: PASSWORD }),
    );
    ok(setup.invoke(admin0.token, 'users.create', { username: 'daping', displayName: '大屏', role: 'display', password: PASSWORD }));
    ok(setup.invoke(admin0.token, 'users.create', { username: 'diaodu', displayName: '调度员', role: 'dispatcher', password: PASSWORD }));
    const town = ok<{ id: string }[]>(setup.invoke(admin0.token, 'org.units', {}))[0]!;
    const t0 = performance.now();
    setup.close();
    // The fixture writes rows in bulk on its own connection (the core's handle is read-only).
    const raw = openDatabase(dbFile, { key: TEST_DB_KEY });
    buildCases(raw, { count: CASES, now: Date.now(), me: admin0.user.id, townId: town.id });
    const grids = (raw.prepare("SELECT name FROM org_unit WHERE kind = 'grid' ORDER BY code").all() as { name: string }[]).map((g) => g.name);
    raw.close();
    console.log(`fixture: ${CASES} cases in ${Math.round(performance.now() - t0)} ms`);
    const fileBase64 = await peopleXlsx(PEOPLE, grids);

    const workerFile = (await bundleEntries({ worker: 'electron/core/worker.ts' }, `pool-bench-${process.pid}`)).worker!;
    const pool = await startCorePool({ workerFile, dbKey: TEST_DB_KEY, dbFile });
    try {
      const login = async (username: string) => ok<{ token: string }>(await pool.invoke(null, 'auth.login', { username, password: PASSWORD })).token;
      const admin = await login('admin');
      const tokens = { display: await login('daping'), dispatcher: await login('diaodu') };
      const job = async (method: string, input: unknown) => {
        const { jobId } = ok<{ jobId: string }>(await pool.forward(admin, method, input));
        return ok<Record<string, unknown>>(await pool.invoke(admin, 'jobs.result', { jobId }));
      };
      // Warm both readers' statements, then the idle baseline.
      await pollDuring(pool, tokens, () => new Promise((r) => setTimeout(r, 1000)));
      const idle = await pollDuring(pool, tokens, () => new Promise((r) => setTimeout(r, 4000)));

      const preview = await job('registry.importPreview', { kind: 'person', fileBase64, fileName: '实有人口.xlsx' });
      expect(preview).toMatchObject({ valid: PEOPLE, willInsert: PEOPLE });
      let commitMs = 0;
      const duringImport = await pollDuring(pool, tokens, async () => {
        const t = performance.now();
        expect(await job('registry.importCommit', { jobId: preview.jobId, excludeRows: [] })).toMatchObject({ inserted: PEOPLE });
        commitMs = performance.now() - t;
      });
      let exportMs = 0;
      const duringExport = await pollDuring(pool, tokens, async () => {
        const t = performance.now();
        expect(await job('cases.export', { queue: 'all', format: 'xlsx' })).toMatchObject({ rows: CASES });
        exportMs = performance.now() - t;
      });

      const idleBoard = p(idle.board, 0.95);
      const idleQueue = p(idle.queue, 0.95);
      report([
        row('pool.idle.board.summary.p95', idleBoard, idleBoard),
        row('pool.idle.cases.queue.p95', idleQueue, idleQueue),
        row('pool.import_commit.board.summary.p95', p(duringImport.board, 0.95), idleBoard),
        row('pool.import_commit.cases.queue.p95', p(duringImport.queue, 0.95), idleQueue),
        row('pool.case_export.board.summary.p95', p(duringExport.board, 0.95), idleBoard),
        row('pool.case_export.cases.queue.p95', p(duringExport.queue, 0.95), idleQueue),
      ]);
      console.log(
        `import commit ${Math.round(commitMs)} ms (${duringImport.board.length} polls), Excel export ${Math.round(exportMs)} ms (${duringExport.board.length} polls); ` +
          `max during import ${Math.round(Math.max(...duringImport.board, ...duringImport.queue))} ms, during export ${Math.round(Math.max(...duringExport.board, ...duringExport.queue))} ms`,
      );
      // The long work lasted long enough to be measured against.
      expect(duringImport.board.length).toBeGreaterThanOrEqual(10);
      expect(duringExport.board.length).toBeGreaterThanOrEqual(10);
      for (const [name, xs] of Object.entries({ ...prefix('import', duringImport), ...prefix('export', duringExport) })) {
        expect(p(xs, 0.95), `${name} p95`).toBeLessThanOrEqual(LIMIT_MS);
      }
    } finally {
      await pool.close();
    }
  });
});

function prefix(label: string, l: Latencies): Record<string, number[]> {
  return { [`${label}.board.summary`]: l.board, [`${label}.cases.queue`]: l.queue };
}
