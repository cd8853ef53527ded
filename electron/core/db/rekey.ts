// Re-encrypts the database under a new key (key rotation, docs/encryption.md). SQLite3 Multiple
// Ciphers rewrites every page in one transaction in rollback-journal mode: a process killed
// half-way leaves a journal that rolls the file back under the old key at the next open.
import type { DatabaseKey } from '../host/database-key';
import { connect, setKey, type Db } from './cipher';

/** The database is open elsewhere (a running host): it cannot be rekeyed now. */
export class DatabaseInUseError extends Error {
  constructor(file: string) {
    super(`数据库正被使用（站点服务或桌面程序未关闭），无法更换密钥：${file}。请先停止它们。(The database is in use; stop the station and the desktop app first.)`);
    this.name = 'DatabaseInUseError';
  }
}

/** Folds the WAL in and leaves WAL mode, which no other connection may have open. */
function claim(db: Db, file: string): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new DatabaseInUseError(file);
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseInUseError(file);
    throw err;
  }
}

/** Throws DatabaseInUseError if another connection (a running host) has `file` open. */
export function assertNotInUse(file: string, key: DatabaseKey): void {
  const db = connect(file, key, { fileMustExist: true });
  try {
    claim(db, file);
  } finally {
    db.close();
  }
}

/** Re-encrypts `file` from `oldKey` to `newKey`; the caller must be its only user. */
export function rekeyDatabase(file: string, oldKey: DatabaseKey, newKey: DatabaseKey): void {
  const db = connect(file, oldKey, { fileMustExist: true });
  try {
    claim(db, file);
    setKey(db, newKey);
  } finally {
    db.close();
  }
}
