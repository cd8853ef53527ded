// Prepared statements reused per connection: preparing is far dearer than running, and the
// case engine runs the same few queries for every action (the demo plays thousands).
import type { ReadDb, ReadStatement } from '../db/read-db';

const caches = new WeakMap<ReadDb, Map<string, ReadStatement>>();

export function sql(db: ReadDb, text: string): ReadStatement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(text);
    cache.set(text, stmt);
  }
  return stmt;
}
