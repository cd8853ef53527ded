// Opens the single writer connection with the pragmas DESIGN.md requires.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A big transaction (the demo town, an import) grows the WAL; once checkpointed, cut it back
  // instead of keeping hundreds of megabytes of spent log on disk.
  db.pragma('journal_size_limit = 16777216');
  return db;
}

/** A read-only connection for a reader worker: WAL lets it read while the writer is in a transaction. */
export function openReadOnlyDatabase(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
