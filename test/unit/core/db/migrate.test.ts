import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { currentVersion, migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../../../electron/core/db/migrations';
import { TEST_DB_KEY } from '../../../support/test-db-key';

const dirs: string[] = [];
function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'tg-migrate-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('apply in order on an empty database and set the schema version', () => {
    const db = openDatabase(tempDb(), { key: TEST_DB_KEY });
    const applied = migrate(db);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['sync_row', 'sync_cell', 'row_history', 'org_unit', 'staff', 'user_account', 'department', 'setting', 'meta']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('leave an existing database and its data alone, and apply only newer migrations', () => {
    const file = tempDb();
    let db = openDatabase(file, { key: TEST_DB_KEY });
    migrate(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    db.close();

    db = openDatabase(file, { key: TEST_DB_KEY });
    expect(migrate(db)).toEqual([]);
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'test-extra', sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY);' };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([next.version]);
    expect(currentVersion(db)).toBe(next.version);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'k'").get()).toEqual({ value: 'v' });
    db.close();
  });

  it('roll back a failing migration completely', () => {
    const db = openDatabase(tempDb(), { key: TEST_DB_KEY });
    migrate(db);
    const bad: Migration = { version: MIGRATIONS.length + 1, name: 'bad', sql: 'CREATE TABLE half (id TEXT); THIS IS NOT SQL;' };
    expect(() => migrate(db, [...MIGRATIONS, bad])).toThrow();
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('refuse a database written by a newer program', () => {
    const db = openDatabase(tempDb(), { key: TEST_DB_KEY });
    migrate(db);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });
});
