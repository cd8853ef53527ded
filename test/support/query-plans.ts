// Checks that queries go through indexes: a read handle that records every statement it is asked
// to prepare, and SQLite's plan for each, explained on a second connection to the same database
// file, reduced to the full scans of the tables named.
import type { Db } from '../../electron/core/db/connection';
import type { ReadDb } from '../../electron/core/db/read-db';

/** A view of `db` that records the SQL of every cached statement into `seen`. */
export function recordingDb(db: ReadDb, seen: Set<string>): ReadDb {
  const cached = db.cached.bind(db);
  const spy = ((sql: string) => {
    seen.add(sql);
    return cached(sql);
  }) as ReadDb['cached'];
  return Object.create(db, { cached: { value: spy } }) as ReadDb;
}

/** The statements among `sqls` that read one of `tables`. */
export function readingAny(sqls: Iterable<string>, tables: readonly string[]): string[] {
  return [...sqls].filter((sql) => tables.some((table) => new RegExp(`\\b${table}\\b`).test(sql)));
}

/** The plan's full scans of `tables` (by name, or by the one-letter aliases the queries use). */
export function fullScans(raw: Db, sql: string, tables: readonly string[]): string[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
  const stmt = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const plan = (named.length ? stmt.all(Object.fromEntries(named.map((n) => [n, 1]))) : stmt.all(...Array((sql.match(/\?/g) ?? []).length).fill(1))) as { detail: string }[];
  return plan.map((p) => p.detail).filter((d) => /^SCAN /.test(d) && tables.some((table) => d.includes(table) || /^SCAN [cemit]\b/.test(d)));
}
