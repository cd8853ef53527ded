// A database from before encryption (or copied in from elsewhere) is encrypted in place when
// the writer opens it. Safely: the plain file is copied, the copy encrypted and checked, then
// renamed over the original — a process killed at any point leaves either the old plain
// database or the new encrypted one, never a half-written file. Its WAL is folded in first.
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseKey } from '../host/database-key';
import { isPlainDatabaseFile } from '../host/database-key';
import { connect, setKey } from './cipher';

function fsyncPath(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Directories cannot be fsynced on every platform (Windows); the rename is still atomic.
  } finally {
    closeSync(fd);
  }
}

/** Encrypts `file` under `key` if it is a plain SQLite database; true if it did. */
export function encryptPlainDatabase(file: string, key: DatabaseKey): boolean {
  const tmp = `${file}.encrypting`;
  // A copy left by a run that was killed half-way: the original is still whole.
  rmSync(tmp, { force: true });
  rmSync(`${tmp}-journal`, { force: true });
  if (!isPlainDatabaseFile(file)) return false;

  // 1. The file alone becomes the whole database: WAL folded in and left.
  const plain = connect(file, null);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    const mode = plain.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`数据库正被其他程序使用，无法加密：${file}（database in use）`);
  } finally {
    plain.close();
  }
  // 2. Encrypt a copy, check it opens with the key, make it durable.
  try {
    copyFileSync(file, tmp);
    const copy = connect(tmp, null);
    try {
      setKey(copy, key);
    } finally {
      copy.close();
    }
    connect(tmp, key, { fileMustExist: true }).close();
    fsyncPath(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
  // 3. Swap it in.
  renameSync(tmp, file);
  fsyncPath(dirname(file));
  return true;
}
