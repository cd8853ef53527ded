// Imports a people file through the core running in its worker thread, as the desktop app
// runs it, recording the progress events the host thread receives and how regularly the host
// thread's event loop (where the UI's messages are handled) keeps turning meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../../../electron/core/app';
import { startCoreWorker } from '../../../../../electron/core/host/worker-client';
import type { ApiEvents } from '../../../../../shared/api';
import { peopleXlsx } from '../people-file';
import { bundleEntries } from './bundle';
import { TEST_DB_KEY } from '../../../../support/test-db-key';

const PASSWORD = 'correct-horse-1';

function ok<T>(r: { ok: boolean; data?: unknown; error?: { message: string } }): T {
  if (!r.ok) throw new Error(r.error!.message);
  return r.data as T;
}

export interface WorkerImportRun {
  preview: { jobId: string; total: number; valid: number; willInsert: number };
  inserted: number;
  peopleAfter: number;
  /** Progress events of the import's job, with the host time they arrived and whether the commit had returned by then. */
  events: (ApiEvents['job'] & { at: number; afterCommit: boolean })[];
  commitStarted: number;
  commitFinished: number;
  /** Host timer ticks (every 10 ms) during preview and commit, and the longest gap between two. */
  ticks: number;
  /** Of those, the ticks while the commit was running. */
  commitTicks: number;
  longestGapMs: number;
}

export async function workerImport(people: number): Promise<WorkerImportRun> {
  const workerFile = (await bundleEntries({ worker: 'electron/core/worker.ts' }, `worker-import-${process.pid}`)).worker!;
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-worker-import-'));
  try {
    const dbFile = join(dir, 'town.db');
    const setup = createCore({ dbKey: TEST_DB_KEY, dbFile });
    const { token: t0 } = ok<{ token: string }>(
      setup.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: PASSWORD }),
    );
    const town = ok<{ id: string }[]>(setup.invoke(t0, 'org.units', {}))[0]!;
    const grids: string[] = [];
    for (let v = 1; v <= 2; v++) {
      const code = `330782101${String(v).padStart(3, '0')}`;
      const village = ok<{ id: string }>(setup.invoke(t0, 'org.createUnit', { parentId: town.id, kind: 'village', code, name: `村${v}` }));
      for (let g = 1; g <= 10; g++) {
        const name = `村${v}第${g}网格`;
        ok(setup.invoke(t0, 'org.createUnit', { parentId: village.id, kind: 'grid', code: `${code}${String(g).padStart(3, '0')}`, name }));
        grids.push(name);
      }
    }
    setup.close();
    const fileBase64 = await peopleXlsx(people, grids);

    const client = await startCoreWorker(workerFile, { dbKey: TEST_DB_KEY, dbFile });
    try {
      const { token } = ok<{ token: string }>(await client.invoke(null, 'auth.login', { username: 'admin', password: PASSWORD }));
      const events: WorkerImportRun['events'] = [];
      let committed = false;
      client.on('job', (p) => events.push({ ...p, at: performance.now(), afterCommit: committed }));
      let ticks = 0;
      let last = performance.now();
      let longestGapMs = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longestGapMs = Math.max(longestGapMs, now - last);
        last = now;
        ticks++;
      }, 10);
      const runJob = async (method: string, input: unknown) => {
        const { jobId } = ok<{ jobId: string }>(await client.forward(token, method, input));
        return client.forward(token, 'jobs.result', { jobId });
      };
      const preview = ok<WorkerImportRun['preview']>(await runJob('registry.importPreview', { kind: 'person', fileBase64, fileName: '实有人口.xlsx' }));
      const commitStarted = performance.now();
      const ticksBeforeCommit = ticks;
      const result = ok<{ inserted: number }>(await runJob('registry.importCommit', { jobId: preview.jobId, excludeRows: [] }));
      const commitFinished = performance.now();
      committed = true;
      const commitTicks = ticks - ticksBeforeCommit;
      clearInterval(timer);
      const peopleAfter = ok<{ total: number }>(await client.invoke(token, 'registry.people', { limit: 1 })).total;
      return {
        preview,
        inserted: result.inserted,
        peopleAfter,
        events,
        commitStarted,
        commitFinished,
        ticks,
        commitTicks,
        longestGapMs,
      };
    } finally {
      await client.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
