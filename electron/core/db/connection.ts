// Opens a connection to the database — the writer, a reader of the pool, a tool — always with
// the key (docs/encryption.md), and with the pragmas DESIGN.md requires.
import type { DatabaseKey } from '../host/database-key';
import { connect, type Db } from './cipher';
import { encryptPlainDatabase } from './encrypt-plain';
import { pageCacheKiB } from './page-cache';

export type { Db };
export { DatabaseKeyError } from './cipher';

export interface OpenOptions {
  /** The database key; null only for ':memory:'. */
  key: DatabaseKey | null;
  /** A read-only connection (a reader worker; the file must exist). */
  readonly?: boolean;
}

/**
 * Opens `file` with `key`. A writable open first encrypts a plain (unencrypted) database in
 * place. A wrong key throws DatabaseKeyError.
 */
export function openDatabase(file: string, opts: OpenOptions): Db {
  const memory = file === ':memory:';
  if (!memory && !opts.key) throw new Error(`A database file is opened with its key: ${file}`);
  const key = memory ? null : opts.key;
  if (opts.readonly) {
    // WAL lets a read-only connection read while the writer is inside a transaction.
    const db = connect(file, key, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${pageCacheKiB()}`);
    return db;
  }
  if (key) encryptPlainDatabase(file, key);
  const db = connect(file, key);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A big transaction (the demo town, an import) grows the WAL; once checkpointed, cut it back
  // instead of keeping hundreds of megabytes of spent log on disk.
  db.pragma('journal_size_limit = 16777216');
  // Every page read from the encrypted file is decrypted and checked (HMAC) again when it has
  // left the page cache. SQLite's default cache is 2 MiB: a big transaction (the demo town, an
  // import) then spilled and re-read its index pages over and over, and a query over the whole
  // town read it all from the file again. The cache is sized for the machine (page-cache.ts),
  // for the readers above as for the writer.
  db.pragma(`cache_size = -${pageCacheKiB()}`);
  return db;
}
