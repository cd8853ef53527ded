// 数据备份: a backup taken while another connection writes without pause is a consistent,
// verified snapshot and restores (at the next start) to a database whose counts match a
// committed state; a bad file is never restored; failures are recorded and never crash the core.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import { openDatabase } from '../../../../electron/core/db/connection';
import { CIPHER_PRAGMAS, keyBytes } from '../../../../electron/core/db/cipher';
import { TEST_DB_KEY } from '../../../support/test-db-key';
import { BackupScheduler } from '../../../../electron/core/backup/backup-scheduler';
import { runJobOn, TEST_PASSWORD, TEST_SCRYPT } from '../../../support/core-harness';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import type { JobMethod, JobResults } from '../../../../shared/jobs/job-types';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(dataDir: string, now?: () => number): Core {
  const core = createCore({ dbFile: join(dataDir, 'towngrid.db'), dbKey: TEST_DB_KEY, passwordCost: TEST_SCRYPT, demoAccountsUsable: true, now });
  cores.push(core);
  return core;
}

function close(core: Core): void {
  cores.splice(cores.indexOf(core), 1);
  core.close();
}

function call<M extends MethodName>(core: Core, token: string | null, method: M, input: MethodInput<M>): MethodOutput<M> {
  const r = core.invoke(token, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as MethodOutput<M>;
}

async function job<M extends JobMethod>(core: Core, token: string, method: M, input: MethodInput<M>): Promise<JobResults[M]> {
  const r = await runJobOn(core, token, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as JobResults[M];
}

function setUp(now?: () => number): { dir: string; core: Core; admin: string } {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-backup-'));
  dirs.push(dir);
  const core = open(dir, now);
  const { token } = call(core, null, 'system.setup', {
    townName: '青溪镇',
    townCode: '330782101',
    adminUsername: 'admin',
    adminDisplayName: '管理员',
    adminPassword: TEST_PASSWORD,
    demo: false,
  });
  return { dir, core, admin: token };
}

/**
 * Another connection (a worker thread) committing without pause: each transaction adds one row
 * and raises a running total by one, so any committed state has count(*) = total.
 */
function startWriter(dbFile: string): { committed: Int32Array; stop(): Promise<number> } {
  const shared = new SharedArrayBuffer(8);
  const flags = new Int32Array(shared); // [0] = stop, [1] = committed transactions
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    const Database = require(${JSON.stringify(driver)});
    const db = new Database(workerData.file);
    for (const pragma of workerData.pragmas) db.pragma(pragma);
    db.key(Buffer.from(workerData.key));
    db.pragma('busy_timeout = 5000');
    const flags = new Int32Array(workerData.shared);
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const add = db.prepare('INSERT INTO stress (payload) VALUES (?)');
    const bump = db.prepare('UPDATE stress_total SET total = total + 1');
    const tx = db.transaction((i) => { add.run('x'.repeat(200) + i); bump.run(); });
    let i = 0;
    // A breath of a millisecond between commits lets the core's own writes take the lock too.
    while (Atomics.load(flags, 0) === 0) { tx(i++); Atomics.store(flags, 1, i); Atomics.wait(pause, 0, 0, 1); }
    db.close();
    parentPort.postMessage(i);
  `;
  const worker = new Worker(code, { eval: true, workerData: { file: dbFile, shared, pragmas: [...CIPHER_PRAGMAS], key: keyBytes(TEST_DB_KEY) } });
  const done = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    committed: flags,
    stop: async () => {
      Atomics.store(flags, 0, 1);
      return done;
    },
  };
}

const consistent = (file: string) => {
  const db = openDatabase(file, { key: TEST_DB_KEY, readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      rows: (db.prepare('SELECT count(*) AS n FROM stress').get() as { n: number }).n,
      total: (db.prepare('SELECT total FROM stress_total').get() as { total: number }).total,
    };
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('a backup taken while another connection writes restores to a consistent database', async () => {
    const { dir, core, admin } = setUp();
    const dbFile = join(dir, 'towngrid.db');
    const raw = openDatabase(dbFile, { key: TEST_DB_KEY });
    raw.exec('CREATE TABLE stress (id INTEGER PRIMARY KEY, payload TEXT); CREATE TABLE stress_total (total INTEGER NOT NULL); INSERT INTO stress_total VALUES (0);');
    raw.close();
    const writer = startWriter(dbFile);
    while (Atomics.load(writer.committed, 1) < 200) await new Promise((r) => setImmediate(r));
    const info = await job(core, admin, 'backup.create', {});
    const atBackup = Atomics.load(writer.committed, 1);
    // Keep writing after the backup, so the live database moves on past it.
    while (Atomics.load(writer.committed, 1) < atBackup + 200) await new Promise((r) => setImmediate(r));
    const written = await writer.stop();

    expect(info).toMatchObject({ kind: 'manual', verified: true, problem: null });
    const backupFile = join(dir, 'backups', info.file);
    const snap = consistent(backupFile);
    expect(snap.integrity).toBe('ok');
    expect(snap.rows).toBe(snap.total);
    expect(snap.rows).toBeGreaterThanOrEqual(200);
    expect(snap.rows).toBeLessThan(written);

    const status = call(core, admin, 'backup.status', {});
    expect(status.backups.map((b) => b.file)).toEqual([info.file]);
    expect(status.lastAttempt).toMatchObject({ ok: true, kind: 'manual', file: info.file });
    expect(readFileSync(`${backupFile}.json`, 'utf8')).toContain('"verified": true');

    // Restore: prepared now, applied by the next start; until then nothing changes.
    const prepared = await job(core, admin, 'backup.restore', { file: info.file });
    expect(prepared.file).toBe(info.file);
    expect(call(core, admin, 'backup.status', {}).pendingRestore).toMatchObject({ file: info.file });
    expect(consistent(dbFile).rows).toBe(written);
    close(core);

    const reopened = open(dir);
    const live = consistent(dbFile);
    expect(live).toEqual(snap);
    const after = reopened.services.backups.status();
    expect(after.pendingRestore).toBeNull();
    const saved = after.backups.find((b) => b.kind === 'pre-restore')!;
    expect(saved.verified).toBe(true);
    expect(consistent(join(dir, 'backups', saved.file)).rows).toBe(written);
    expect(after.lastAttempt!.message).toContain(`已从备份 ${info.file} 恢复数据`);
    // The restored database signs in, and its audit log (with the restore on it) verifies.
    const login = await reopened.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD });
    if (!login.ok) throw new Error(login.error.message);
    const token = (login.data as { token: string }).token;
    const verify = await job(reopened, token, 'audit.verify', {});
    expect(verify.ok).toBe(true);
    const actions = call(reopened, token, 'audit.list', { action: 'backup.restore' }).rows.map((r) => JSON.parse(r.detail!));
    expect(actions[0]).toMatchObject({ applied: true, file: info.file, savedAs: saved.file });
  }, 60_000);

  it('never restores a file that fails its check, and says why in Chinese', async () => {
    const { dir, core, admin } = setUp();
    const info = await job(core, admin, 'backup.create', {});
    const bad = join(dir, 'backups', 'towngrid-copied-in.db');
    const bytes = readFileSync(join(dir, 'backups', info.file));
    bytes.fill(0x41, 8192, 16384); // overwrite two pages in the middle
    writeFileSync(bad, bytes);
    const listed = call(core, admin, 'backup.status', {}).backups.find((b) => b.file === 'towngrid-copied-in.db')!;
    expect(listed).toMatchObject({ kind: 'imported', verified: false });
    const r = await runJobOn(core, admin, 'backup.restore', { file: 'towngrid-copied-in.db' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(!r.ok && r.error.message).toMatch(/^准备恢复失败（第1步：校验备份）：该备份不能恢复：(完整性检查未通过|无法读取|无法打开)/);
    expect(call(core, admin, 'backup.status', {}).pendingRestore).toBeNull();
    const imported = await runJobOn(core, admin, 'backup.import', { fileName: 'x.db', base64: Buffer.from('not a database').toString('base64') });
    expect(imported).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(core.invoke(admin, 'backup.restore', { file: '../towngrid.db' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('imports a backup brought from another PC and exports one as a single file', async () => {
    const a = setUp();
    const info = await job(a.core, a.admin, 'backup.create', {});
    const file = await job(a.core, a.admin, 'backup.export', { file: info.file });
    expect(file.fileName).toBe(info.file);
    const b = setUp();
    const imported = await job(b.core, b.admin, 'backup.import', { fileName: file.fileName, base64: file.base64 });
    expect(imported).toMatchObject({ kind: 'imported', verified: true, counts: { accounts: 1 } });
    expect(existsSync(join(b.dir, 'backups', imported.file))).toBe(true);
    const actions = call(a.core, a.admin, 'audit.list', {}).rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['backup.create', 'backup.export']));
  });

  it('is for administrators only', async () => {
    const { core, admin } = setUp();
    const user = call(core, admin, 'users.create', { username: 'wangge1', displayName: '网格员', role: 'grid_worker', password: TEST_PASSWORD });
    const token = core.services.sessions.create(user.id);
    for (const m of ['backup.status', 'backup.cancelRestore'] as const) expect(core.invoke(token, m, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await runJobOn(core, token, 'backup.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('takes the day’s backup by itself once it is due, keeps the policy, and survives a failure', async () => {
    let t = Date.parse('2026-11-30T01:00:00Z'); // 09:00 China time
    const { dir, core, admin } = setUp(() => t);
    expect(call(core, admin, 'backup.setPolicy', { enabled: true, hour: 12, keepDaily: 2, keepWeekly: 1 })).toMatchObject({ hour: 12 });
    const errors: unknown[] = [];
    const scheduler = new BackupScheduler(core.services, { error: (...a) => errors.push(a) });
    await scheduler.tick();
    expect(core.services.backups.status().backups).toHaveLength(0); // before 12:00
    t = Date.parse('2026-11-30T04:30:00Z'); // 12:30
    await scheduler.tick();
    await scheduler.tick(); // once a day
    expect(core.services.backups.status().backups.map((b) => b.kind)).toEqual(['auto']);
    for (let day = 1; day <= 3; day++) {
      t += 86_400_000;
      await scheduler.tick();
    }
    // Four days taken, two days kept (the week's newest is among them).
    expect(core.services.backups.status().backups).toHaveLength(2);

    // A failure (the folder cannot be written) is recorded and logged, never thrown.
    t += 86_400_000;
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups'), 'a file where the folder should be');
    await scheduler.tick();
    expect(errors).toHaveLength(1);
    expect(core.invoke(admin, 'system.status', {}).ok).toBe(true);
  });
});
