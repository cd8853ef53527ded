// Test helpers: a fresh in-memory core, set up with a town and an administrator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core } from '../../electron/core/app';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { changeSeq } from '../../electron/core/db/change-log';
import type { MethodName, MethodInput, MethodOutput } from '../../shared/api';
import type { Role } from '../../shared/auth/roles';
import type { JobMethod, JobResults } from '../../shared/jobs/job-types';
import type { RpcResult } from '../../shared/rpc/errors';
import { TEST_DB_KEY } from './test-db-key';

export interface Harness {
  core: Core;
  adminToken: string;
  call<M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): MethodOutput<M>;
  /** A call that may answer asynchronously (file work). */
  callAsync<M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Starts a job and waits for its result; throws on failure. */
  job<M extends JobMethod>(token: string | null, method: M, input: MethodInput<M>): Promise<JobResults[M]>;
  /** Starts a job and waits for it: the start's refusal, or the job's result or error. */
  runJob(token: string | null, method: JobMethod, input: unknown): Promise<RpcResult<unknown>>;
  tokenFor(role: Role): string;
  /** Makes the role's account (tokenFor) a staff member assigned to these units: the grids it serves. */
  serve(role: Role, unitIds: string[]): void;
  /** The database file (null for an in-memory core). */
  dbFile: string | null;
  /** The change log's position: grows by one with each write transaction that changed something. */
  changeCount(): number;
  /**
   * A second, writable connection to the core's database file, bypassing the core (only with
   * `onDisk`): for tests that break the database on purpose or check its own triggers.
   */
  openRaw(): Db;
}

export const TEST_PASSWORD = 'correct-horse-1';
/** A cheaper scrypt cost for tests only (the product uses OWASP's N=2^17, see auth/password.ts). */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

/** Starts a job on `core` and waits for it: the start's refusal, or the job's result or error. */
export async function runJobOn(core: Core, token: string | null, method: JobMethod, input: unknown): Promise<RpcResult<unknown>> {
  const started = await core.invokeAsync(token, method, input);
  if (!started.ok) return started;
  return core.invokeAsync(token, 'jobs.result', { jobId: (started.data as { jobId: string }).jobId });
}

export interface CoreSetup {
  demo?: boolean;
  now?: () => number;
  /** Keep the database in a temporary file (removed when the test finishes) instead of memory. */
  onDisk?: boolean;
  /** A session's absolute lifetime, for tests whose clock runs for months. */
  sessionAbsoluteMs?: number;
}

/** A fresh core as `--demo` makes it (demo accounts usable), with the test scrypt cost. */
export function setupCore(opts: CoreSetup = {}): Harness {
  const dir = opts.onDisk ? mkdtempSync(join(tmpdir(), 'towngrid-core-')) : null;
  const dbFile = dir ? join(dir, 'towngrid.db') : ':memory:';
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile, now: opts.now, passwordCost: TEST_SCRYPT, demoAccountsUsable: true, sessionAbsoluteMs: opts.sessionAbsoluteMs });
  const raws: Db[] = [];
  if (dir) {
    onTestFinished(() => {
      for (const raw of raws) raw.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    });
  }
  const call = <M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): MethodOutput<M> => {
    const r = core.invoke(token, method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.data as MethodOutput<M>;
  };
  const callAsync = async <M extends MethodName>(token: string | null, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const r = await core.invokeAsync(token, method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.data as MethodOutput<M>;
  };
  const runJob = (token: string | null, method: JobMethod, input: unknown) => runJobOn(core, token, method, input);
  const job = async <M extends JobMethod>(token: string | null, method: M, input: MethodInput<M>): Promise<JobResults[M]> => {
    const r = await runJob(token, method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.data as JobResults[M];
  };
  const login = call(null, 'system.setup', {
    townName: '青溪镇',
    townCode: '330782101',
    adminUsername: 'admin',
    adminDisplayName: '管理员',
    adminPassword: TEST_PASSWORD,
    demo: opts.demo ?? false,
  });
  const tokens = new Map<Role, string>();
  const tokenFor = (role: Role): string => {
    let t = tokens.get(role);
    if (!t) {
      const username = `u_${role}`;
      // A session made directly (signing in is async: its password check runs scrypt off the thread).
      const user = call(login.token, 'users.create', { username, displayName: role, role, password: TEST_PASSWORD });
      t = core.services.sessions.create(user.id);
      tokens.set(role, t);
    }
    return t;
  };
  return {
    core,
    adminToken: login.token,
    dbFile: dir ? dbFile : null,
    call,
    callAsync,
    job,
    runJob,
    tokenFor,
    serve(role, unitIds) {
      tokenFor(role);
      const staff = call(login.token, 'staff.create', { name: `${role}员`, phone: '13900000000' });
      for (const unitId of unitIds) call(login.token, 'staff.assign', { staffId: staff.id, unitId, teamRole: 'worker_full' });
      const user = core.services.db.prepare('SELECT id FROM user_account WHERE username = ?').get(`u_${role}`) as { id: string };
      core.services.writer.transaction(null, (tx) => tx.update('user_account', user.id, { staff_id: staff.id }));
    },
    changeCount() {
      return changeSeq(core.services.db);
    },
    openRaw() {
      if (!dir) throw new Error('openRaw needs setupCore({ onDisk: true })');
      const raw = openDatabase(dbFile, { key: TEST_DB_KEY });
      raws.push(raw);
      return raw;
    },
  };
}
