// The backup folder (`backups/` beside the database): file names, the record kept next to
// each backup (`<file>.json`: what its verification found), the last attempt, and a lock so
// two workers never write backups at the same moment.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupAttempt, BackupInfo, BackupKind } from '../../../shared/backup/backup-types';

export const BACKUP_DIR_NAME = 'backups';
const ATTEMPT_FILE = 'last-attempt.json';
const LOCK_FILE = '.backup.lock';
/** A lock older than this was left by a worker that died mid-backup. */
const STALE_LOCK_MS = 60 * 60_000;

export function backupDirOf(dbFile: string): string {
  return join(dirname(dbFile), BACKUP_DIR_NAME);
}

/** 20261130-1230 in China time. */
export function chinaStamp(ms: number): string {
  const s = new Date(ms + 8 * 3600_000).toISOString();
  return `${s.slice(0, 10).replace(/-/g, '')}-${s.slice(11, 19).replace(/:/g, '')}`;
}

export function backupFileName(kind: BackupKind, ms: number): string {
  return `towngrid-${chinaStamp(ms)}-${kind}.db`;
}

/** A name in the folder, never a path out of it. */
export function backupPath(dir: string, file: string): string {
  if (basename(file) !== file || !file.endsWith('.db')) throw new Error(`Not a backup file name: ${file}`);
  return join(dir, file);
}

/** Writes JSON through a temporary file and a rename, so a reader never sees half of it. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2));
  renameSync(tmp, file);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export function writeRecord(dir: string, info: BackupInfo): void {
  writeJsonAtomic(`${backupPath(dir, info.file)}.json`, info);
}

/** Every backup in the folder, newest first; a .db without its record (copied in by hand) is listed unverified. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const infos: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.db') || name.startsWith('.')) continue;
    const path = join(dir, name);
    const record = readJson<BackupInfo>(`${path}.json`);
    const stat = statSync(path);
    infos.push(
      record && record.file === name
        ? { ...record, size: stat.size }
        : {
            file: name,
            kind: 'imported',
            createdAt: stat.mtime.toISOString(),
            size: stat.size,
            verified: false,
            problem: '尚未校验（不是本机生成的备份），恢复前会先校验',
            schemaVersion: 0,
            counts: { accounts: 0, people: 0, cases: 0, audit: 0 },
          },
    );
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

export function removeBackup(dir: string, file: string): void {
  const path = backupPath(dir, file);
  rmSync(path, { force: true });
  rmSync(`${path}.json`, { force: true });
}

export function readAttempt(dir: string): BackupAttempt | null {
  return readJson<BackupAttempt>(join(dir, ATTEMPT_FILE));
}

export function writeAttempt(dir: string, attempt: BackupAttempt): void {
  mkdirSync(dir, { recursive: true });
  writeJsonAtomic(join(dir, ATTEMPT_FILE), attempt);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock, or answers false when another backup holds it. The lock names the
 * process holding it: one left by a process that has ended (the station stopped mid-backup) is
 * taken over at once, any other after an hour.
 */
export function tryLock(dir: string, now: number): boolean {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, LOCK_FILE);
  const take = () => {
    const fd = openSync(lock, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
  };
  try {
    take();
    return true;
  } catch {
    try {
      const holder = Number(readFileSync(lock, 'utf8'));
      const stale = (Number.isInteger(holder) && holder > 0 && !alive(holder)) || now - statSync(lock).mtimeMs >= STALE_LOCK_MS;
      if (!stale) return false;
      rmSync(lock, { force: true });
      take();
      return true;
    } catch {
      return false;
    }
  }
}

/** Removes what an interrupted backup or import left behind (temporary files older than an hour). */
export function sweepLeftovers(dir: string, now: number): void {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (!/^\.(partial|import)-.*\.db$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs >= STALE_LOCK_MS) rmSync(path, { force: true });
    } catch {
      // Gone meanwhile.
    }
  }
}

export function unlock(dir: string): void {
  rmSync(join(dir, LOCK_FILE), { force: true });
}
