// The one place that makes a connection (better-sqlite3-multiple-ciphers, better-sqlite3's API
// with SQLite3 Multiple Ciphers inside) and keys it. Cipher: SQLCipher 4 compatible (AES-256-CBC,
// HMAC-SHA512 per page), so an administrator can open a copy with standard SQLCipher tools and
// the key (docs/encryption.md). A raw 32-byte key is used as it is; a passphrase goes through
// SQLCipher's PBKDF2 with the salt kept in the file.
import Database from 'better-sqlite3-multiple-ciphers';
import type { DatabaseKey } from '../host/database-key';

export type Db = Database.Database;

/** The database key is wrong for this file (or the file is not a TownGrid database). */
export class DatabaseKeyError extends Error {
  constructor(file: string) {
    super(`数据库密钥不正确，或文件不是指挥台数据库，无法打开：${file}（wrong database key or not a TownGrid database）`);
    this.name = 'DatabaseKeyError';
  }
}

/** The cipher scheme, set on a connection before its key (SQLCipher 4's format). */
export const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'] as const;

/** What the connection's key() is given. */
export function keyBytes(key: DatabaseKey): Buffer {
  // SQLite3 Multiple Ciphers reads x'<64 hex digits>' as the raw key, bypassing key derivation.
  return 'raw' in key ? Buffer.from(`x'${Buffer.from(key.raw).toString('hex')}'`, 'latin1') : Buffer.from(key.passphrase, 'utf8');
}

function useCipher(db: Db): void {
  for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
}

export interface ConnectOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * A connection to `file` keyed with `key` (null: unencrypted — only ':memory:' and the plain
 * file being encrypted). Checks the key at once: a wrong one throws DatabaseKeyError.
 */
export function connect(file: string, key: DatabaseKey | null, opts: ConnectOptions = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.fileMustExist ?? false });
  try {
    if (key) {
      useCipher(db);
      db.key(keyBytes(key));
    }
    // Temporary tables and sort spills stay in memory: temp files are not encrypted.
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(file);
    throw err;
  }
  return db;
}

/**
 * Encrypts (plain connection) or re-encrypts (keyed connection) the database under `key`.
 * The connection must be alone on the file and out of WAL mode (SQLite3 Multiple Ciphers
 * rekeys in rollback-journal mode, in one transaction).
 */
export function setKey(db: Db, key: DatabaseKey): void {
  useCipher(db);
  db.rekey(keyBytes(key));
}
