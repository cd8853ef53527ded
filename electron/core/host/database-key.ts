// The key the database is encrypted with, as a host hands it to the core (docs/encryption.md):
// 32 random bytes — kept in a key file by the station host, protected by the OS key store
// (Electron safeStorage) on the desktop — or a passphrase an administrator gives the station.
// Plain data, so it crosses to the core's worker threads as it is. Never logged.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

export type DatabaseKey = { readonly raw: Uint8Array } | { readonly passphrase: string };

export const RAW_KEY_BYTES = 32;

/** A fresh random key (for a new database, or a rotation). */
export function newRawKey(): DatabaseKey {
  return { raw: randomBytes(RAW_KEY_BYTES) };
}

/** The key as text for a key file or a key store: 64 hex digits. */
export function rawKeyToText(key: { raw: Uint8Array }): string {
  return Buffer.from(key.raw).toString('hex');
}

/** Reads what rawKeyToText wrote (surrounding white space allowed); null if it is not such a key. */
export function rawKeyFromText(text: string): DatabaseKey | null {
  const hex = text.trim();
  if (!new RegExp(`^[0-9a-fA-F]{${RAW_KEY_BYTES * 2}}$`).test(hex)) return null;
  return { raw: Buffer.from(hex, 'hex') };
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True if the file is an unencrypted SQLite database (its header is readable). */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** True if the file holds an encrypted database: only its own key opens it. */
export function isEncryptedDatabaseFile(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0 && !isPlainDatabaseFile(file);
}
