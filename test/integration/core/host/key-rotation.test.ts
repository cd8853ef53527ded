// Key rotation (`station --rotate-key`, electron/core/host/key-rotation.ts): only an
// administrator signed in with their password can do it; afterwards the new key opens the
// database, the old one does not, and the audit log says who did it. A rotation stopped
// half-way is finished by the next run, and stops a normal start until then.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { DatabaseKeyError, openDatabase } from '../../../../electron/core/db/connection';
import { rekeyDatabase } from '../../../../electron/core/db/rekey';
import { rawKeyToText, newRawKey, type DatabaseKey } from '../../../../electron/core/host/database-key';
import { loadDatabaseKey, PENDING_KEY_FILE_NAME, writePrivateFile } from '../../../../electron/core/host/key-custody';
import { rotateDatabaseKey, type RotationOptions } from '../../../../electron/core/host/key-rotation';
import { TEST_PASSWORD, TEST_SCRYPT } from '../../../support/core-harness';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A data folder as the station leaves it: key file, a town, an administrator and a dispatcher. */
function station(env: NodeJS.ProcessEnv = {}) {
  dir = mkdtempSync(join(tmpdir(), 'towngrid-rotate-'));
  const dataDir = join(dir, 'data');
  const dbFile = join(dataDir, 'towngrid.db');
  const { key } = loadDatabaseKey({ dataDir, dbFile, env });
  const core = createCore({ dbFile, dbKey: key, passwordCost: TEST_SCRYPT });
  const login = core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: TEST_PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  const token = (login.data as { token: string }).token;
  core.invoke(token, 'users.create', { username: 'diaodu', displayName: '调度员', role: 'dispatcher', password: TEST_PASSWORD });
  core.close();
  const opts = (o: Partial<RotationOptions> = {}): RotationOptions => ({ dataDir, dbFile, username: 'admin', password: TEST_PASSWORD, env, passwordCost: TEST_SCRYPT, ...o });
  return { dataDir, dbFile, key, opts };
}

function townName(dbFile: string, key: DatabaseKey): unknown {
  const db = openDatabase(dbFile, { key, readonly: true });
  try {
    return (db.prepare("SELECT name FROM org_unit WHERE kind = 'town'").get() as { name: string }).name;
  } finally {
    db.close();
  }
}

describe('key rotation', () => {
  it('re-encrypts under a new key file: the old key no longer opens the database, and the audit log names the administrator', async () => {
    const s = station();
    const r = await rotateDatabaseKey(s.opts());
    expect(r).toMatchObject({ source: 'key-file', resumed: false });
    const now = loadDatabaseKey({ dataDir: s.dataDir, dbFile: s.dbFile, env: {} });
    expect(rawKeyToText(now.key as { raw: Uint8Array })).not.toBe(rawKeyToText(s.key as { raw: Uint8Array }));
    expect(statSync(now.path!).mode & 0o777).toBe(0o600);
    expect(() => openDatabase(s.dbFile, { key: s.key, readonly: true })).toThrow(DatabaseKeyError);
    expect(townName(s.dbFile, now.key)).toBe('青溪镇');
    const db = openDatabase(s.dbFile, { key: now.key, readonly: true });
    const audit = db.prepare("SELECT actor_name, role, detail FROM audit_log WHERE action = 'database.rekey'").all();
    db.close();
    expect(audit).toEqual([{ actor_name: '管理员', role: 'admin', detail: JSON.stringify({ from: 'key-file', to: 'key-file', resumed: false }) }]);
  });

  it('is refused to a wrong password and to an account that is not an administrator; the key stays', async () => {
    const s = station();
    await expect(rotateDatabaseKey(s.opts({ password: 'wrong-password-1' }))).rejects.toThrow(/用户名或密码/);
    await expect(rotateDatabaseKey(s.opts({ username: 'diaodu' }))).rejects.toThrow(/只有系统管理员/);
    expect(townName(s.dbFile, s.key)).toBe('青溪镇');
    expect(readFileSync(join(s.dataDir, 'towngrid.key'), 'utf8').trim()).toBe(rawKeyToText(s.key as { raw: Uint8Array }));
  });

  it('is refused while a host has the database open, and changes nothing', async () => {
    const s = station();
    const running = openDatabase(s.dbFile, { key: s.key });
    try {
      running.pragma('busy_timeout = 0');
      await expect(rotateDatabaseKey(s.opts())).rejects.toThrow(/数据库正被使用/);
    } finally {
      running.close();
    }
    expect(townName(s.dbFile, s.key)).toBe('青溪镇');
    expect(() => loadDatabaseKey({ dataDir: s.dataDir, dbFile: s.dbFile, env: {} })).not.toThrow();
  });

  it('moves from a passphrase to a new passphrase given in TOWNGRID_DB_NEW_PASSPHRASE', async () => {
    const s = station({ TOWNGRID_DB_PASSPHRASE: '旧口令 old passphrase' });
    const r = await rotateDatabaseKey(s.opts({ env: { TOWNGRID_DB_PASSPHRASE: '旧口令 old passphrase', TOWNGRID_DB_NEW_PASSPHRASE: '新口令 new passphrase' } }));
    expect(r).toEqual({ source: 'passphrase', path: null, resumed: false });
    expect(() => openDatabase(s.dbFile, { key: { passphrase: '旧口令 old passphrase' }, readonly: true })).toThrow(DatabaseKeyError);
    expect(townName(s.dbFile, { passphrase: '新口令 new passphrase' })).toBe('青溪镇');
  });

  it('stopped after the database was rekeyed but before the key file was replaced: a normal start refuses, the next run finishes it', async () => {
    const s = station();
    // What a run killed between its two steps leaves: the staged key, and the database under it.
    const staged = newRawKey() as { raw: Uint8Array };
    writePrivateFile(join(s.dataDir, PENDING_KEY_FILE_NAME), `${rawKeyToText(staged)}\n`);
    rekeyDatabase(s.dbFile, s.key, staged);
    expect(() => loadDatabaseKey({ dataDir: s.dataDir, dbFile: s.dbFile, env: {} })).toThrow(/上次更换数据库密钥未完成/);
    const r = await rotateDatabaseKey(s.opts());
    expect(r.resumed).toBe(true);
    const now = loadDatabaseKey({ dataDir: s.dataDir, dbFile: s.dbFile, env: {} });
    expect(townName(s.dbFile, now.key)).toBe('青溪镇');
    expect(() => openDatabase(s.dbFile, { key: staged, readonly: true })).toThrow(DatabaseKeyError);
  });

  it('stopped before the database was rekeyed: the staged key is dropped and the rotation runs again', async () => {
    const s = station();
    writePrivateFile(join(s.dataDir, PENDING_KEY_FILE_NAME), `${rawKeyToText(newRawKey() as { raw: Uint8Array })}\n`);
    const r = await rotateDatabaseKey(s.opts());
    expect(r.resumed).toBe(false);
    const now = loadDatabaseKey({ dataDir: s.dataDir, dbFile: s.dbFile, env: {} });
    expect(townName(s.dbFile, now.key)).toBe('青溪镇');
  });
});
