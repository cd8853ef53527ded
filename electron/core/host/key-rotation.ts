// Key rotation (docs/encryption.md): an administrator, signed in with their password, has the
// database re-encrypted under a new key while no host has it open (the station's
// `--rotate-key`). The new key is a fresh random key in towngrid.key, or the passphrase in
// TOWNGRID_DB_NEW_PASSPHRASE. Written in an order a killed run can finish or undo: the new key
// is staged in towngrid.key.new, the database rekeyed in one transaction, then the key file
// replaced; a rerun finds out which key opens the database and goes on from there.
// The rotation is kept in the audit log.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../app';
import { connect, DatabaseKeyError } from '../db/cipher';
import { assertNotInUse, rekeyDatabase } from '../db/rekey';
import type { ScryptParams } from '../auth/password';
import { newRawKey, rawKeyToText, type DatabaseKey } from './database-key';
import { KEY_FILE_NAME, KeyCustodyError, loadDatabaseKey, PENDING_KEY_FILE_NAME, readKeyFile, writePrivateFile, type KeySource } from './key-custody';
import type { SessionLogin } from '../../../shared/api';

export const NEW_PASSPHRASE_ENV = 'TOWNGRID_DB_NEW_PASSPHRASE';

export interface RotationOptions {
  dataDir: string;
  dbFile: string;
  username: string;
  password: string;
  env?: NodeJS.ProcessEnv;
  /** scrypt cost of the sign-in (tests only). */
  passwordCost?: ScryptParams;
}

export interface RotationResult {
  /** Where the new key is kept. */
  source: Exclude<KeySource, 'os-store'>;
  path: string | null;
  /** An interrupted rotation was finished first. */
  resumed: boolean;
}

function opens(file: string, key: DatabaseKey): boolean {
  try {
    connect(file, key, { fileMustExist: true }).close();
    return true;
  } catch (err) {
    if (err instanceof DatabaseKeyError) return false;
    throw err;
  }
}

/** Signs the administrator in on the database; their identity for the audit log. */
async function signInAdministrator(o: RotationOptions, key: DatabaseKey): Promise<SessionLogin['user']> {
  const core = createCore({ dbFile: o.dbFile, dbKey: key, passwordCost: o.passwordCost });
  try {
    const r = await core.invokeAsync(null, 'auth.login', { username: o.username, password: o.password });
    if (!r.ok) throw new KeyCustodyError(`${r.error.message}（sign-in failed）`);
    const { token, user } = r.data as SessionLogin;
    await core.invokeAsync(token, 'auth.logout', {});
    if (user.role !== 'admin') throw new KeyCustodyError('只有系统管理员可以更换数据库密钥。(Only an administrator may rotate the database key.)');
    return user;
  } finally {
    core.close();
  }
}

export async function rotateDatabaseKey(o: RotationOptions): Promise<RotationResult> {
  const env = o.env ?? process.env;
  const current = loadDatabaseKey({ dataDir: o.dataDir, dbFile: o.dbFile, env, pendingRotationAllowed: true });
  if (!existsSync(o.dbFile)) throw new KeyCustodyError(`找不到数据库 ${o.dbFile}。(No database to rekey.)`);
  const keyFile = join(o.dataDir, KEY_FILE_NAME);
  const pending = join(o.dataDir, PENDING_KEY_FILE_NAME);

  // An interrupted rotation: the key that opens the database is the current one.
  let oldKey = current.key;
  let resumed = false;
  if (existsSync(pending)) {
    const staged = readKeyFile(pending);
    if (opens(o.dbFile, oldKey)) rmSync(pending);
    else if (opens(o.dbFile, staged)) {
      renameSync(pending, keyFile);
      oldKey = staged;
      resumed = true;
    } else throw new DatabaseKeyError(o.dbFile);
  }

  // Before anything is written (the sign-in): no host may be running on the database.
  assertNotInUse(o.dbFile, oldKey);
  const admin = await signInAdministrator(o, oldKey);

  const newPassphrase = env[NEW_PASSPHRASE_ENV];
  const newKey: DatabaseKey = newPassphrase ? { passphrase: newPassphrase } : newRawKey();
  if ('raw' in newKey) writePrivateFile(pending, `${rawKeyToText(newKey)}\n`);
  try {
    rekeyDatabase(o.dbFile, oldKey, newKey);
  } catch (err) {
    rmSync(pending, { force: true }); // one transaction: the database kept its old key
    throw err;
  }
  if ('raw' in newKey) renameSync(pending, keyFile);
  else rmSync(keyFile, { force: true }); // from now on the passphrase alone opens it

  const core = createCore({ dbFile: o.dbFile, dbKey: newKey });
  try {
    core.services.auditLog.append({
      at: new Date(core.services.now()).toISOString(),
      deviceId: core.services.device.deviceId,
      actor: admin.id,
      actorName: admin.displayName,
      role: admin.role,
      action: 'database.rekey',
      table: null,
      recordId: null,
      detail: JSON.stringify({ from: current.source, to: newPassphrase ? 'passphrase' : 'key-file', resumed }),
    });
  } finally {
    core.close();
  }
  return newPassphrase ? { source: 'passphrase', path: null, resumed } : { source: 'key-file', path: keyFile, resumed };
}
