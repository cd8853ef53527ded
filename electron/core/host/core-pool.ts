// The core as the hosts run it (Signal Desktop's shape): one writer worker — the only
// writable connection — and a small pool of reader workers with read-only connections,
// which WAL lets read while the writer is inside a transaction. So a long import commit or
// an export never holds up the wall board or a queue page.
//
// Routing follows the contract (shared/rpc/contract.ts, `runsOn`): methods that write, and
// those whose state lives on the writer, go to the writer; the others to the least busy
// reader; `jobs.*` to the worker running that job. Readers' side writes (audit entries of
// sensitive reads, session touches) are forwarded to the writer in order. `changed` comes
// from the writer only; `job` events from whichever worker runs the job.
import { EventEmitter } from 'node:events';
import { api, type ApiEvents, type HostConnection, type MethodName, type MethodOutput } from '../../../shared/api';
import type { HostEventName, HostEvents } from './event-names';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreClient } from './core-client';
import { CoreWorker } from './worker-client';
import type { DatabaseKey } from './database-key';
import type { SyncHostOptions } from '../sync/sync-options';

export interface PoolOptions {
  workerFile: string;
  dbFile: string;
  /** The database key (docs/encryption.md): every worker's connection opens with it. */
  dbKey: DatabaseKey;
  /** Reader workers (default 2). */
  readers?: number;
  /** How the host is reached (the station with --lan tells its certificate's fingerprint). */
  connection?: HostConnection;
  /** Demo accounts made at set-up can sign in without a password change (the station's `--demo`). */
  demoAccountsUsable?: boolean;
  /** Take the automatic daily backups (default true; the station's `--no-auto-backup` turns them off). */
  autoBackup?: boolean;
  /** LAN sync, run by the writer (docs/sync.md); null or absent: off. */
  sync?: SyncHostOptions | null;
  log?: (message: string) => void;
}

export interface CorePool extends CoreClient {
  readonly writer: CoreWorker;
  readonly readers: readonly CoreWorker[];
}

const MAX_JOB_ROUTES = 1000;

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export async function startCorePool(opts: PoolOptions): Promise<CorePool> {
  const events = new EventEmitter();
  // The writer builds the demo town in one transaction; the readers tell its step (system.setupProgress).
  const setupProgress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  /** Jobs running in each worker: a reader busy with an export is not given the next read. */
  const running = new Map<CoreWorker, Set<string>>();
  const emitFrom = (worker: () => CoreWorker) => (event: HostEventName, payload: HostEvents[HostEventName]) => {
    if (event === 'job') {
      const job = payload as ApiEvents['job'];
      const set = running.get(worker()) ?? new Set<string>();
      running.set(worker(), set);
      if (job.state === 'running') set.add(job.jobId);
      else set.delete(job.jobId);
    }
    events.emit(event, payload);
  };
  const writer: CoreWorker = new CoreWorker(
    opts.workerFile,
    // The automatic backups run on the first reader (a read-only copy never holds up a write), or here without readers.
    { dbFile: opts.dbFile, dbKey: opts.dbKey, role: 'writer', connection: opts.connection, demoAccountsUsable: opts.demoAccountsUsable, sync: opts.sync ?? null, setupProgress, scheduleBackups: opts.autoBackup !== false && (opts.readers ?? 2) === 0 },
    { onEvent: emitFrom(() => writer), log: opts.log, onRestart: () => running.delete(writer) },
  );
  // The writer first: it creates and migrates the database the readers open read-only.
  await writer.start();
  const readers = Array.from({ length: opts.readers ?? 2 }, (_, i) => {
    const reader: CoreWorker = new CoreWorker(
      opts.workerFile,
      { dbFile: opts.dbFile, dbKey: opts.dbKey, role: 'reader', connection: opts.connection, setupProgress, scheduleBackups: opts.autoBackup !== false && i === 0 },
      { onEvent: emitFrom(() => reader), onSide: (w) => writer.side(w), log: opts.log, onRestart: () => running.delete(reader) },
    );
    return reader;
  });
  try {
    await Promise.all(readers.map((r) => r.start()));
  } catch (err) {
    await Promise.all([writer.close(), ...readers.map((r) => r.close())]);
    throw err;
  }
  /** Which worker runs each job (jobs.* go there). */
  const jobWorkers = new Map<string, CoreWorker>();

  // A reader running a job (an export's long synchronous read) answers nothing else until that
  // part ends, so it gets a read only when every reader is running one; otherwise the least busy.
  const jobsOn = (w: CoreWorker) => running.get(w)?.size ?? 0;
  const busier = (a: CoreWorker, b: CoreWorker) => (jobsOn(a) !== jobsOn(b) ? jobsOn(a) > jobsOn(b) : a.inFlight > b.inFlight);
  const pickReader = (): CoreWorker => readers.reduce((best, r) => (busier(best, r) ? r : best), readers[0]!);

  const route = (method: string, input: unknown): CoreWorker => {
    if (!isMethod(method) || readers.length === 0) return writer;
    const runsOn = api[method].runsOn;
    if (runsOn === 'reader') return pickReader();
    if (runsOn === 'job') {
      const jobId = (input as { jobId?: unknown } | null)?.jobId;
      return (typeof jobId === 'string' && jobWorkers.get(jobId)) || writer;
    }
    return writer;
  };

  const call = async (token: string | null, method: string, input: unknown, client?: string): Promise<RpcResult<unknown>> => {
    const target = route(method, input);
    const result = await target.invoke(token, method, input, client);
    if (result.ok && isMethod(method) && api[method].job) {
      const jobId = (result.data as { jobId?: unknown } | null)?.jobId;
      if (typeof jobId === 'string') {
        if (jobWorkers.size >= MAX_JOB_ROUTES) jobWorkers.delete(jobWorkers.keys().next().value!);
        jobWorkers.set(jobId, target);
      }
    }
    return result;
  };

  return {
    writer,
    readers,
    // The core's dispatcher runs the method's own handler, so the result has the method's output type.
    invoke: (token, method, input) => call(token, method, input) as Promise<RpcResult<MethodOutput<typeof method>>>,
    forward: call,
    on(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    async close() {
      await Promise.all(readers.map((r) => r.close()));
      await writer.close();
    },
  };
}
