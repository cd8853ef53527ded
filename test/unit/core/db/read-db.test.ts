// The read-only handle every handler holds: it reads (inside a writer transaction too, seeing
// its writes) and refuses at run time anything that would write, even past a cast.
import { describe, expect, it } from 'vitest';
import { ChangeWriter } from '../../../../electron/core/db/change-writer';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { readOnlyDb, WriteRefusedError } from '../../../../electron/core/db/read-db';
import { setupCore } from '../../../support/core-harness';

function fresh() {
  const raw = openDatabase(':memory:', { key: null });
  migrate(raw);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
  return { raw, db: readOnlyDb(raw) };
}

const WRITES = [
  "UPDATE meta SET value = 'x'",
  "INSERT INTO meta (key, value) VALUES ('a', 'b')",
  'DELETE FROM meta',
  "INSERT INTO meta (key, value) VALUES ('a', 'b') RETURNING key", // returns rows, but writes
  "UPDATE meta SET value = 'x' RETURNING value",
  'DROP TABLE meta',
  'CREATE TABLE t (a)',
  'WITH x AS (SELECT 1) INSERT INTO meta (key, value) SELECT 2, 3 FROM x',
  'PRAGMA foreign_keys = OFF', // SQLite applies this while preparing, so it is refused before
  'EXPLAIN PRAGMA foreign_keys = OFF',
  '/* SELECT */ PRAGMA busy_timeout = 1', // even reports itself as a read-only reader
  'PRAGMA journal_mode = DELETE',
  'BEGIN',
  "ATTACH DATABASE ':memory:' AS other",
];

describe('the read-only database handle', () => {
  it('reads', () => {
    const { db } = fresh();
    expect(db.prepare('SELECT value FROM meta WHERE key = ?').get('k')).toEqual({ value: 'v' });
    expect(db.prepare('SELECT key FROM meta').pluck().all()).toEqual(['k']);
    expect([...db.prepare('SELECT key, value FROM meta').raw().iterate()]).toEqual([['k', 'v']]);
    expect(db.prepare("SELECT name FROM pragma_table_info('meta')").pluck().all()).toEqual(['key', 'value']);
    expect(db.prepare('-- a comment first\n  WITH x AS (SELECT 1 AS n) SELECT n FROM x').pluck().get()).toBe(1);
  });

  it.each(WRITES)('refuses to prepare %s and leaves the data alone', (sql) => {
    const { raw, db } = fresh();
    expect(() => db.prepare(sql)).toThrow(WriteRefusedError);
    expect(raw.prepare('SELECT key, value FROM meta').all()).toEqual([{ key: 'k', value: 'v' }]);
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('hands out statements that cannot run and do not lead back to the writable connection', () => {
    const { db } = fresh();
    const stmt = db.prepare('SELECT value FROM meta');
    // @ts-expect-error a read statement has no run()
    expect(stmt.run).toBeUndefined();
    expect((stmt as unknown as { database?: unknown }).database).toBeUndefined();
    // @ts-expect-error nor does the handle offer exec(), transaction() or pragma()
    expect(db.exec ?? db.transaction ?? db.pragma).toBeUndefined();
  });

  it('sees the writes of the change writer’s open transaction', () => {
    const { raw } = fresh();
    const writer = new ChangeWriter(raw, 'DEVICE');
    writer.transaction(null, (tx) => {
      tx.insert('department', { id: 'D1', code: 'CG', name: '城管中队' });
      expect(tx.db.inTransaction).toBe(true);
      expect(tx.db.prepare('SELECT name FROM department WHERE id = ?').get('D1')).toEqual({ name: '城管中队' });
      expect(() => tx.db.prepare("UPDATE department SET name = 'x'")).toThrow(WriteRefusedError);
    });
  });

  it('is what handlers get: a write through ctx.core.db fails and changes nothing', () => {
    const h = setupCore();
    const db = h.core.services.db;
    const roleOf = () => (db.prepare("SELECT role FROM user_account WHERE username = 'admin'").get() as { role: string }).role;
    const before = h.changeCount();
    expect(() => db.prepare("UPDATE user_account SET role = 'display' WHERE username = 'admin'")).toThrow(
      /read-only database handle.*UPDATE user_account/,
    );
    expect(roleOf()).toBe('admin');
    expect(h.changeCount()).toBe(before);
  });

  it('keeps prepared reads and derived state with the connection, not with the module', () => {
    const a = fresh();
    const b = fresh();
    const q = 'SELECT value FROM meta WHERE key = ?';
    expect(a.db.cached(q)).toBe(a.db.cached(q));
    expect(a.db.cached(q)).not.toBe(b.db.cached(q));
    expect(() => a.db.cached("DELETE FROM meta")).toThrow(WriteRefusedError);

    let builds = 0;
    let version = 1;
    const derived = (db: typeof a.db) => db.memo('k', () => ({ version, n: ++builds }), (kept) => kept.version === version);
    expect(derived(a.db)).toEqual({ version: 1, n: 1 });
    expect(derived(a.db)).toEqual({ version: 1, n: 1 }); // kept
    expect(derived(b.db)).toEqual({ version: 1, n: 2 }); // another connection has its own
    version = 2;
    expect(derived(a.db)).toEqual({ version: 2, n: 3 }); // out of date: rebuilt
  });
});
