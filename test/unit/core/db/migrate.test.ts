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

  it('run a migration marked foreignKeysOff with foreign keys off, check every reference before commit, and turn them back on', () => {
    const db = openDatabase(tempDb(), { key: TEST_DB_KEY });
    migrate(db);
    db.prepare("INSERT INTO staff (id, name, phone, created_at) VALUES ('S', '李强', '1', 'x')").run();
    const rebuild = (version: number, copy: boolean): Migration => ({
      version,
      name: 'rebuild-staff',
      foreignKeysOff: true,
      sql: `CREATE TABLE staff__new (id TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL, gender TEXT, title TEXT NOT NULL DEFAULT '',
              on_duty INTEGER NOT NULL DEFAULT 1, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
            INSERT INTO staff__new SELECT * FROM staff WHERE ${copy ? '1' : '0'}; DROP TABLE staff; ALTER TABLE staff__new RENAME TO staff;`,
    });
    db.prepare("INSERT INTO org_unit (id, kind, level, code, name, created_at) VALUES ('T', 'town', 1, 'T', '镇', 'x')").run();
    db.prepare("INSERT INTO staff_assignment (id, staff_id, unit_id, team_role) VALUES ('A', 'S', 'T', 'r')").run();
    // Dropping a referenced table is allowed inside; a reference left broken fails the migration whole.
    expect(() => migrate(db, [...MIGRATIONS, rebuild(MIGRATIONS.length + 1, false)])).toThrow(/broken references/);
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM staff").get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db, [...MIGRATIONS, rebuild(MIGRATIONS.length + 1, true)])).toEqual([MIGRATIONS.length + 1]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('migration 9 keeps every record and index of the rebuilt tables, and lets a natural key repeat', () => {
    const db = openDatabase(tempDb(), { key: TEST_DB_KEY });
    const natural = MIGRATIONS.find((m) => m.name === 'natural-keys-not-unique')!;
    migrate(db, MIGRATIONS.filter((m) => m.version < natural.version));
    db.exec(`
      INSERT INTO org_unit (id, parent_id, kind, level, code, name, created_at) VALUES ('T', NULL, 'town', 1, '330782101', '青溪镇', 'x'), ('V', 'T', 'village', 2, '330782101001', '青石村', 'x');
      INSERT INTO user_account (id, username, display_name, role, created_at) VALUES ('U', 'Admin', '管理员', 'admin', 'x');
      INSERT INTO person (id, citizen_id, name, residence_type, grid_id) VALUES ('P', '330782199001011234', '王芳', 'registered', 'V');
      INSERT INTO case_category (id, code, name) VALUES ('C', 'C01', '环境');
      INSERT INTO case_record (id, number, title, source, category_id, handling_type, urgency, level, status, stage, received_at, sla_days, deadline_at, updated_at, grid_id)
        VALUES ('K', '2026-1130-AB-0001', '路灯', 'patrol', 'C', 'general', 'normal', 'town', 'closed', 80, 1, 5, 2, 3, 'V');
    `);
    const tables = ['user_account', 'org_unit', 'grid_neighbor', 'staff_assignment', 'department', 'calendar_year', 'case_category', 'case_record', 'person', 'facility'];
    const data = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
    const indexes = () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)) AND name NOT LIKE 'sqlite_autoindex%'").all(JSON.stringify(tables)) as { name: string }[]).map((r) => r.name);
    const before = data();
    const indexesBefore = indexes();
    // Up to migration 9 only: later migrations add columns (0018 to case_record) that would show in the comparison.
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= natural.version))).toEqual([natural.version]);
    expect(data()).toEqual(before);
    expect(indexes()).toEqual(expect.arrayContaining([...indexesBefore, 'user_account_username', 'org_unit_code', 'person_citizen_id', 'case_record_number', 'staff_assignment_key']));
    // Only each table's primary key stays unique (its autoindex); generated columns still computed.
    for (const t of tables) {
      const unique = (db.prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1`).all(t) as { name: string }[]).map((r) => r.name);
      expect(unique, t).toEqual([`sqlite_autoindex_${t}_1`]);
    }
    expect(db.prepare("SELECT birth_date, gender FROM person WHERE id = 'P'").get()).toEqual({ birth_date: '1990-01-01', gender: 'M' });
    expect(db.prepare("SELECT done FROM case_record WHERE id = 'K'").get()).toEqual({ done: 1 });
    db.prepare("INSERT INTO org_unit (id, parent_id, kind, level, code, name, created_at) VALUES ('V2', 'T', 'village', 2, '330782101001', '青石村', 'x')").run();
    // User names still compare without case; local tables keep their constraints.
    expect(db.prepare("SELECT id FROM user_account WHERE username = 'admin'").all()).toEqual([{ id: 'U' }]);
    expect(() => db.prepare("INSERT INTO sync_table (name) VALUES ('x'), ('x')").run()).toThrow(/UNIQUE/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
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
