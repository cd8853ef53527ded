// Applying a prepared restore at start-up, before any connection to the database is open (the
// writer core calls this first; the reader workers open the database only after the writer is
// ready). The prepared copy is verified once more; the database it replaces is first saved as a
// 「恢复前的数据」 backup (VACUUM INTO, so whatever its WAL held is in it), then the copy takes its
// place and the old WAL and shared-memory files go. A copy that fails the check is set aside
// and the database is left as it was.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/backup/backup-types';
import { openDatabase } from '../db/connection';
import type { DatabaseKey } from '../host/database-key';
import { backupDirOf, backupFileName, backupPath, writeAttempt, writeRecord } from './backup-files';
import { verifyBackupFile } from './backup-verify';

export function pendingRestoreOf(dbFile: string): { file: string; note: string } {
  return { file: `${dbFile}.restore`, note: `${dbFile}.restore.json` };
}

export function readPendingRestore(dbFile: string): { file: string; preparedAt: string } | null {
  const pending = pendingRestoreOf(dbFile);
  if (!existsSync(pending.file) || !existsSync(pending.note)) return null;
  try {
    return JSON.parse(readFileSync(pending.note, 'utf8')) as { file: string; preparedAt: string };
  } catch {
    return null;
  }
}

export interface RestoreOutcome {
  ok: boolean;
  /** The backup that was restored. */
  file: string;
  /** Where the replaced database was saved (a backup file name), if there was one. */
  savedAs: string | null;
  message: string;
}

/** Applies a prepared restore, if any. Never throws for a bad copy: it is set aside and reported. */
export function applyPendingRestore(dbFile: string, now: number, key: DatabaseKey | null): RestoreOutcome | null {
  if (dbFile === ':memory:') return null;
  const pending = pendingRestoreOf(dbFile);
  const note = readPendingRestore(dbFile);
  if (!note) return null;
  const dir = backupDirOf(dbFile);
  mkdirSync(dir, { recursive: true });
  const at = new Date(now).toISOString();
  const check = verifyBackupFile(pending.file, key);
  if (!check.verified) {
    renameSync(pending.file, `${pending.file}-failed`);
    rmSync(pending.note, { force: true });
    const message = `未恢复备份 ${note.file}：启动时校验未通过（${check.problem}），数据库保持原样`;
    writeAttempt(dir, { at, ok: false, kind: 'pre-restore', file: note.file, message });
    return { ok: false, file: note.file, savedAs: null, message };
  }
  let savedAs: string | null = null;
  if (existsSync(dbFile)) {
    savedAs = backupFileName('pre-restore', now);
    const live = openDatabase(dbFile, { key });
    try {
      live.prepare('VACUUM INTO ?').run(backupPath(dir, savedAs));
    } finally {
      live.close();
    }
    const saved = verifyBackupFile(backupPath(dir, savedAs), key);
    const info: BackupInfo = { file: savedAs, kind: 'pre-restore', createdAt: at, size: statSync(backupPath(dir, savedAs)).size, ...saved };
    writeRecord(dir, info);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  renameSync(pending.file, dbFile);
  rmSync(pending.note, { force: true });
  const message = `已从备份 ${note.file} 恢复数据${savedAs ? `；恢复前的数据已另存为 ${savedAs}` : ''}`;
  writeAttempt(dir, { at, ok: true, kind: 'pre-restore', file: note.file, message });
  return { ok: true, file: note.file, savedAs, message };
}
