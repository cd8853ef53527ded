// Backups of this PC's database (数据备份). A backup is `VACUUM INTO` a temporary file in the
// backup folder: one read transaction, so it is a consistent snapshot whatever the writer does
// meanwhile (WAL), written through the same connection and so with the same key as the
// database. It is then opened on its own and verified (see backup-verify.ts) before it is
// renamed into place with a record of what the check found; rotation removes the old ones.
// A restore is prepared here (the verified copy waits beside the database) and applied by the
// next start, before any connection opens (backup-restore.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { BackupAttempt, BackupInfo, BackupKind, BackupPolicy, BackupStatus } from '../../../shared/backup/backup-types';
import { DEFAULT_BACKUP_POLICY, backupPolicySchema } from '../../../shared/backup/backup-types';
import { AppError } from '../../../shared/rpc/errors';
import type { Db } from '../db/connection';
import type { DatabaseKey } from '../host/database-key';
import { getMeta } from '../db/device';
import { readOnlyDb } from '../db/read-db';
import { backupDirOf, backupFileName, backupPath, listBackups, readAttempt, removeBackup, sweepLeftovers, tryLock, unlock, writeAttempt, writeJsonAtomic, writeRecord } from './backup-files';
import { backupDue, backupsToRemove } from './backup-rotation';
import { verifyBackupFile } from './backup-verify';
import { pendingRestoreOf, readPendingRestore } from './backup-restore';

export const BACKUP_POLICY_KEY = 'backup_policy';

export interface BackupHooks {
  /** Runs `fn` as the connection's only user (the core's `exclusive`). */
  exclusive<T>(fn: () => T): T | Promise<Awaited<T>>;
  /** Between the copy and the check: progress, and a chance to answer other calls. */
  step?(name: '复制数据库' | '校验备份'): void | Promise<void>;
}

export class BackupService {
  readonly dir: string | null;

  constructor(
    private readonly db: Db,
    private readonly dbFile: string,
    /** The database key: backups are copies made through the keyed connection, so they carry it too. */
    private readonly key: DatabaseKey | null,
    private readonly now: () => number,
  ) {
    this.dir = dbFile === ':memory:' ? null : backupDirOf(dbFile);
  }

  private folder(): string {
    if (!this.dir) throw new AppError('INVALID_STATE', '内存中的数据库不能备份');
    return this.dir;
  }

  policy(): BackupPolicy {
    const raw = getMeta(readOnlyDb(this.db), BACKUP_POLICY_KEY);
    if (!raw) return DEFAULT_BACKUP_POLICY;
    try {
      return backupPolicySchema.parse(JSON.parse(raw));
    } catch {
      return DEFAULT_BACKUP_POLICY;
    }
  }

  status(): BackupStatus {
    const dir = this.folder();
    const pending = readPendingRestore(this.dbFile);
    return { dir, policy: this.policy(), backups: listBackups(dir), lastAttempt: readAttempt(dir), pendingRestore: pending };
  }

  /** Whether the day's automatic backup is due now. */
  due(): boolean {
    if (!this.dir) return false;
    const newest = listBackups(this.dir).find((b) => (b.kind === 'auto' || b.kind === 'manual') && b.verified);
    const last = readAttempt(this.dir);
    // A failed attempt is retried an hour later, not on every tick.
    if (last && !last.ok && this.now() - Date.parse(last.at) < 3600_000) return false;
    return backupDue(this.now(), this.policy(), newest);
  }

  /** Takes, verifies and records a backup; rotates the old ones. Failures are recorded and thrown as AppError. */
  async take(kind: Extract<BackupKind, 'auto' | 'manual'>, hooks: BackupHooks): Promise<BackupInfo> {
    const dir = this.folder();
    if (!tryLock(dir, this.now())) throw new AppError('CONFLICT', '另一个备份正在进行，请稍后再试');
    sweepLeftovers(dir, this.now());
    const tmp = join(dir, `.partial-${ulid()}.db`);
    const at = this.now();
    try {
      await hooks.step?.('复制数据库');
      await hooks.exclusive(() => this.db.prepare('VACUUM INTO ?').run(tmp));
      await hooks.step?.('校验备份');
      const check = verifyBackupFile(tmp, this.key);
      if (!check.verified) throw new AppError('INTERNAL', `备份校验未通过：${check.problem}`);
      const file = this.freeName(dir, kind, at);
      renameSync(tmp, backupPath(dir, file));
      const info: BackupInfo = { file, kind, createdAt: new Date(at).toISOString(), size: statSync(backupPath(dir, file)).size, ...check };
      writeRecord(dir, info);
      const removed = this.rotate();
      this.attempt({ ok: true, kind, file, message: `备份成功，已校验完整性${removed ? `；按保留规则删除了 ${removed} 个旧备份` : ''}` });
      return info;
    } catch (err) {
      rmSync(tmp, { force: true });
      const reason = err instanceof AppError ? err.message : `备份失败：${err instanceof Error ? err.message : String(err)}`;
      this.attempt({ ok: false, kind, file: null, message: reason });
      throw err instanceof AppError ? err : new AppError('INTERNAL', reason);
    } finally {
      unlock(dir);
    }
  }

  private freeName(dir: string, kind: BackupKind, at: number): string {
    const base = backupFileName(kind, at);
    let name = base;
    for (let i = 2; existsSync(join(dir, name)); i++) name = base.replace(/\.db$/, `-${i}.db`);
    return name;
  }

  private rotate(): number {
    const dir = this.folder();
    const gone = backupsToRemove(listBackups(dir), this.policy());
    for (const file of gone) removeBackup(dir, file);
    return gone.length;
  }

  private attempt(a: Omit<BackupAttempt, 'at'>): void {
    writeAttempt(this.folder(), { ...a, at: new Date(this.now()).toISOString() });
  }

  /** The backup, verified now (again), as it would be restored. */
  check(file: string): BackupInfo {
    const dir = this.folder();
    const path = backupPath(dir, file);
    if (!existsSync(path)) throw new AppError('NOT_FOUND', '备份文件不存在或已被删除');
    const listed = listBackups(dir).find((b) => b.file === file)!;
    const check = verifyBackupFile(path, this.key);
    if (!check.verified) throw new AppError('INVALID_STATE', `该备份不能恢复：${check.problem}`);
    if (check.counts.accounts === 0) throw new AppError('INVALID_STATE', '该备份不能恢复：其中没有任何账号（数据库尚未初始化）');
    return { ...listed, ...check };
  }

  /**
   * Prepares `file` to replace the database at the next start: a verified copy beside the
   * database and a note of where it came from. Nothing changes until the restart.
   */
  prepareRestore(file: string): BackupInfo {
    const info = this.check(file);
    const pending = pendingRestoreOf(this.dbFile);
    const tmp = `${pending.file}.${ulid()}.tmp`;
    try {
      copyFileSync(backupPath(this.folder(), file), tmp);
      const copy = verifyBackupFile(tmp, this.key);
      if (!copy.verified) throw new AppError('INTERNAL', `复制后的备份校验未通过：${copy.problem}`);
      renameSync(tmp, pending.file);
    } finally {
      rmSync(tmp, { force: true });
    }
    writeJsonAtomic(pending.note, { file, preparedAt: new Date(this.now()).toISOString() });
    return info;
  }

  cancelRestore(): void {
    const pending = pendingRestoreOf(this.dbFile);
    rmSync(pending.note, { force: true });
    rmSync(pending.file, { force: true });
  }

  /** The backup's bytes, for moving the whole data set to another PC. */
  read(file: string): Buffer {
    this.check(file);
    return readFileSync(backupPath(this.folder(), file));
  }

  /** A backup file brought from another PC: kept in the folder once it verifies here. */
  importFile(bytes: Buffer): BackupInfo {
    const dir = this.folder();
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.import-${ulid()}.db`);
    try {
      writeFileSync(tmp, bytes);
      const check = verifyBackupFile(tmp, this.key);
      if (!check.verified) throw new AppError('BAD_INPUT', `该文件不能导入：${check.problem}`);
      if (check.counts.accounts === 0) throw new AppError('BAD_INPUT', '该文件不能导入：其中没有任何账号（数据库尚未初始化）');
      const at = this.now();
      const file = this.freeName(dir, 'imported', at);
      renameSync(tmp, backupPath(dir, file));
      const info: BackupInfo = { file, kind: 'imported', createdAt: new Date(at).toISOString(), size: bytes.length, ...check };
      writeRecord(dir, info);
      return info;
    } finally {
      rmSync(tmp, { force: true });
    }
  }
}
