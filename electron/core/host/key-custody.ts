// Where the database key is kept (docs/encryption.md). In this order:
// 1. a passphrase in the environment variable TOWNGRID_DB_PASSPHRASE (the station, when the
//    administrator prefers to type or inject it rather than keep it on disk);
// 2. the key file `towngrid.key` next to the database (the station; also the desktop app where
//    the OS offers no key store) — readable by its owner only: a file others can read stops
//    the start;
// 3. `towngrid.key.sealed`, the key sealed by the OS key store (the desktop app: Electron
//    safeStorage — DPAPI, Keychain, the Secret Service). The desktop shell hands the sealer in.
// A missing key is made on first start — never for an encrypted database, which only its own
// key opens: that stops the start with a message instead.
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isEncryptedDatabaseFile, newRawKey, rawKeyFromText, rawKeyToText, type DatabaseKey } from './database-key';

export const PASSPHRASE_ENV = 'TOWNGRID_DB_PASSPHRASE';
export const KEY_FILE_NAME = 'towngrid.key';
export const SEALED_KEY_FILE_NAME = 'towngrid.key.sealed';
/** The next key during a rotation (key-rotation.ts): renamed over towngrid.key once the database is rekeyed. */
export const PENDING_KEY_FILE_NAME = 'towngrid.key.new';

/** The OS key store, as the desktop shell offers it. */
export interface KeySealer {
  seal(text: string): Buffer;
  unseal(sealed: Buffer): string;
}

export type KeySource = 'passphrase' | 'key-file' | 'os-store';

export interface LoadedKey {
  key: DatabaseKey;
  source: KeySource;
  /** Where it is kept (not for a passphrase). */
  path: string | null;
  /** Made now, on first start. */
  created: boolean;
}

/** The key cannot be had: the message says why and what to do. */
export class KeyCustodyError extends Error {
  override name = 'KeyCustodyError';
}

export interface KeyCustodyOptions {
  dataDir: string;
  dbFile: string;
  env?: NodeJS.ProcessEnv;
  /** The OS key store (desktop); absent on the station. */
  sealer?: KeySealer | null;
  platform?: NodeJS.Platform;
  /** Load the current key even though a rotation was interrupted (the rotation command finishes it). */
  pendingRotationAllowed?: boolean;
}

/** Writes `data` to `path` atomically, readable by the owner only. */
export function writePrivateFile(path: string, data: string | Buffer): void {
  const tmp = `${path}.tmp`;
  rmSync(tmp, { force: true });
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/** Reads the key file, refusing one that other users can read (not checked on Windows: ACLs). */
export function readKeyFile(path: string, platform: NodeJS.Platform = process.platform): DatabaseKey {
  if (platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw new KeyCustodyError(
      `数据库密钥文件 ${path} 的权限过宽（其他用户可读），拒绝启动。请执行 chmod 600 ${path} 后重试。` +
        `(The database key file ${path} is readable by other users; refusing to start. Run chmod 600 on it.)`,
    );
  }
  const key = rawKeyFromText(readFileSync(path, 'utf8'));
  if (!key) throw new KeyCustodyError(`数据库密钥文件 ${path} 内容无效（应为 64 位十六进制数）。(The database key file ${path} is not a valid key.)`);
  return key;
}

function refuseNewKeyFor(dbFile: string, wanted: string): void {
  if (isEncryptedDatabaseFile(dbFile)) {
    throw new KeyCustodyError(
      `找不到数据库 ${dbFile} 的密钥（${wanted}），数据库已加密，只能用原密钥打开。请从备份恢复密钥文件，或设置 ${PASSPHRASE_ENV}。` +
        `(The key of the encrypted database ${dbFile} is missing: restore ${wanted} from a backup, or set ${PASSPHRASE_ENV}.)`,
    );
  }
}

/** The database key as this host keeps it, made on first start if there is none yet. */
export function loadDatabaseKey(opts: KeyCustodyOptions): LoadedKey {
  const env = opts.env ?? process.env;
  const pending = join(opts.dataDir, PENDING_KEY_FILE_NAME);
  if (!opts.pendingRotationAllowed && existsSync(pending)) {
    throw new KeyCustodyError(
      `上次更换数据库密钥未完成（存在 ${pending}）。请再次运行 npm run station -- --rotate-key 完成后再启动。` +
        `(A key rotation was interrupted: run the station with --rotate-key again to finish it.)`,
    );
  }
  const passphrase = env[PASSPHRASE_ENV];
  if (passphrase) return { key: { passphrase }, source: 'passphrase', path: null, created: false };

  const keyFile = join(opts.dataDir, KEY_FILE_NAME);
  if (existsSync(keyFile)) return { key: readKeyFile(keyFile, opts.platform), source: 'key-file', path: keyFile, created: false };

  const sealedFile = join(opts.dataDir, SEALED_KEY_FILE_NAME);
  if (existsSync(sealedFile)) {
    if (!opts.sealer) {
      throw new KeyCustodyError(
        `数据库密钥由桌面程序保存在系统密钥库中（${sealedFile}），站点服务无法读取。请在本机用桌面程序打开。` +
          `(The database key is sealed by the desktop app's OS key store; the station cannot read it.)`,
      );
    }
    const key = rawKeyFromText(opts.sealer.unseal(readFileSync(sealedFile)));
    if (!key) throw new KeyCustodyError(`系统密钥库中的数据库密钥无效：${sealedFile}。(The sealed database key is not valid.)`);
    return { key, source: 'os-store', path: sealedFile, created: false };
  }

  const key = newRawKey() as { raw: Uint8Array };
  mkdirSync(opts.dataDir, { recursive: true });
  if (opts.sealer) {
    refuseNewKeyFor(opts.dbFile, sealedFile);
    writePrivateFile(sealedFile, opts.sealer.seal(rawKeyToText(key)));
    return { key, source: 'os-store', path: sealedFile, created: true };
  }
  refuseNewKeyFor(opts.dbFile, keyFile);
  writePrivateFile(keyFile, `${rawKeyToText(key)}\n`);
  return { key, source: 'key-file', path: keyFile, created: true };
}
