// Encrypted at rest (issue 8 item 9): the database file and its WAL hold no readable citizen
// ID or name; a wrong key does not open it; a plain database from before encryption is
// encrypted in place on open (its WAL included) and stays readable with the key.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { connect } from '../../../../electron/core/db/cipher';
import { DatabaseKeyError, openDatabase } from '../../../../electron/core/db/connection';
import { isPlainDatabaseFile } from '../../../../electron/core/host/database-key';
import { TEST_DB_KEY } from '../../../support/test-db-key';
import { TEST_PASSWORD, TEST_SCRYPT } from '../../../support/core-harness';
import { cid, setupTown } from '../registry/registry-fixture';

const ID = cid(77, '1990-03-07');
const NAME = '欧阳明远';
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'towngrid-enc-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Does the file hold the ID or the name as text (ASCII / UTF-8, as SQLite stores them)? */
function readable(file: string): boolean {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(ID, 'latin1')) || bytes.includes(Buffer.from(NAME, 'utf8'));
}

/** A town on disk with one person, written and not yet checkpointed (the rows are in the WAL). */
function townWithPerson() {
  const t = setupTown({ onDisk: true });
  t.h.call(t.h.adminToken, 'registry.createPerson', { citizenId: ID, name: NAME, phone: '13800000077', residenceType: 'registered', gridId: t.grid1.id });
  return { t, dbFile: t.h.dbFile! };
}

describe('the database at rest', () => {
  it('holds no readable citizen ID or name, in the database file or its WAL', () => {
    const { t, dbFile } = townWithPerson();
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    expect(readable(`${dbFile}-wal`)).toBe(false);
    expect(readable(dbFile)).toBe(false);
    expect(isPlainDatabaseFile(dbFile)).toBe(false);
    // Folded into the database file, still unreadable; the core reads it back with its key.
    t.h.core.services.db.prepare('SELECT 1').get();
    const raw = t.h.openRaw();
    raw.pragma('wal_checkpoint(TRUNCATE)');
    expect(readable(dbFile)).toBe(false);
    expect(raw.prepare('SELECT name FROM person WHERE citizen_id = ?').get(ID)).toEqual({ name: NAME });
  });

  it('the same rows in a plain database are found by the same byte search (the check can fail)', () => {
    const file = join(tempDir(), 'plain.db');
    const db = connect(file, null);
    db.exec('CREATE TABLE person (citizen_id TEXT, name TEXT)');
    db.prepare('INSERT INTO person VALUES (?, ?)').run(ID, NAME);
    db.close();
    expect(readable(file)).toBe(true);
  });

  it('does not open with a wrong key: a clear error, for the writer and for a reader', () => {
    const { t, dbFile } = townWithPerson();
    const wrong = { raw: Buffer.alloc(32, 1) };
    expect(() => openDatabase(dbFile, { key: wrong, readonly: true })).toThrow(DatabaseKeyError);
    expect(() => openDatabase(dbFile, { key: wrong })).toThrow(/数据库密钥不正确.*wrong database key/);
    expect(() => openDatabase(dbFile, { key: { passphrase: 'not the key' } })).toThrow(DatabaseKeyError);
    // Nothing was changed by the failed opens: the core still reads its person.
    expect(t.h.core.services.db.prepare('SELECT name FROM person WHERE citizen_id = ?').get(ID)).toEqual({ name: NAME });
  });

  it('a backup is encrypted with the same key: no readable ID or name, and only the key opens it', async () => {
    const { t } = townWithPerson();
    const info = await t.h.job(t.h.adminToken, 'backup.create', {});
    const file = join(t.h.dbFile!, '..', 'backups', info.file);
    expect(info.verified).toBe(true);
    expect(readable(file)).toBe(false);
    expect(() => connect(file, null)).toThrow(DatabaseKeyError);
    expect(() => openDatabase(file, { key: { raw: Buffer.alloc(32, 1) }, readonly: true })).toThrow(DatabaseKeyError);
    const copy = openDatabase(file, { key: TEST_DB_KEY, readonly: true });
    expect(copy.prepare('SELECT name FROM person WHERE citizen_id = ?').get(ID)).toEqual({ name: NAME });
    copy.close();
  });

  it('a file is never opened without a key', () => {
    expect(() => openDatabase(join(tempDir(), 'x.db'), { key: null })).toThrow(/with its key/);
  });
});

describe('a plain database from before encryption', () => {
  /**
   * A plain TownGrid database as an older version left it when it was killed: the town and a
   * person in the database file, a later rename of that person only in its WAL.
   */
  function plainWithWal(): string {
    const { t, dbFile } = townWithPerson();
    t.h.openRaw().pragma('wal_checkpoint(TRUNCATE)');
    const work = join(tempDir(), 'towngrid.db');
    copyFileSync(dbFile, work);
    const decrypt = openDatabase(work, { key: TEST_DB_KEY });
    decrypt.pragma('journal_mode = DELETE');
    decrypt.rekey(Buffer.alloc(0)); // an empty key decrypts it in place (SQLite3 Multiple Ciphers): as it was before
    decrypt.close();
    const plain = connect(work, null);
    plain.pragma('journal_mode = WAL');
    plain.prepare('UPDATE person SET name = ? WHERE citizen_id = ?').run(`${NAME}新`, ID);
    // Copied while that connection is open: the rename lives only in the copied WAL.
    const dir = tempDir();
    copyFileSync(work, join(dir, 'towngrid.db'));
    copyFileSync(`${work}-wal`, join(dir, 'towngrid.db-wal'));
    plain.close();
    return join(dir, 'towngrid.db');
  }

  it('is encrypted in place when the core opens it, its WAL folded in, and stays readable with the key', async () => {
    const file = plainWithWal();
    expect(isPlainDatabaseFile(file)).toBe(true);
    expect(readable(file)).toBe(true);
    const core = createCore({ dbFile: file, dbKey: TEST_DB_KEY, passwordCost: TEST_SCRYPT });
    const login = await core.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD });
    expect(login.ok).toBe(true);
    expect(core.services.db.prepare('SELECT name FROM person WHERE citizen_id = ?').get(ID)).toEqual({ name: `${NAME}新` });
    core.close();
    expect(isPlainDatabaseFile(file)).toBe(false);
    expect(readable(file)).toBe(false);
    expect(readdirSync(join(file, '..')).sort()).toEqual(['towngrid.db']);
    expect(() => connect(file, null)).toThrow(DatabaseKeyError);
    const again = openDatabase(file, { key: TEST_DB_KEY, readonly: true });
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
  });

  it('left half-encrypted by a killed run (a partial copy beside it) is encrypted on the next open', () => {
    const file = plainWithWal();
    // What a run killed while encrypting its copy leaves: the copy and its journal.
    copyFileSync(file, `${file}.encrypting`);
    copyFileSync(`${file}-wal`, `${file}.encrypting-journal`);
    const db = openDatabase(file, { key: TEST_DB_KEY });
    expect(db.prepare('SELECT name FROM person WHERE citizen_id = ?').get(ID)).toEqual({ name: `${NAME}新` });
    db.close();
    expect(readdirSync(join(file, '..')).sort()).toEqual(['towngrid.db']);
    expect(readable(file)).toBe(false);
  });
});
