// Prepared statements reused per connection: preparing is far dearer than running, and the
// case engine runs the same few queries for every action (the demo plays thousands).
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';

const caches = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

export function sql(db: Db, text: string): Statement<unknown[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(text);
    cache.set(text, stmt);
  }
  return stmt;
}
