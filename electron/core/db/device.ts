// This installation's identity: a device id (ULID) and a short human prefix used in
// case numbers so two PCs never mint the same number offline. Created on first start.
import { randomInt } from 'node:crypto';
import { ulid } from 'ulid';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';
import { readOnlyDb, type ReadDb } from './read-db';

export interface DeviceIdentity {
  deviceId: string;
  prefix: string;
}

const PREFIX_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function randomPrefix(): string {
  return PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)]! + PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)]!;
}

export function getMeta(db: ReadDb, key: string): string | null {
  const row = db.cached('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes a local meta key; others reach it only inside a change-writer transaction (`tx.setMeta`). */
export function setMeta(db: Db, key: string, value: string): void {
  let put = metaWrites.get(db);
  if (!put) metaWrites.set(db, (put = db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')));
  put.run(key, value);
}

/** Each connection's meta write, prepared once (case numbers set a counter per case). */
const metaWrites = new WeakMap<Db, Statement<[string, string]>>();

/** The fingerprint of the sync certificate this database was last used with (meta key). */
export const DEVICE_CERT_KEY = 'device_cert';

/**
 * This database's device identity, made on first start. `certOnDisk` is the fingerprint of the
 * sync certificate in the data folder (null when there is none; undefined when unknown, e.g. in
 * memory). A database last used with another certificate, or with one that is no longer there,
 * was copied to another PC (a cloned disk, a copied data folder): it gets a new device id and a
 * new case-number prefix, so the two copies never stamp or number alike.
 */
export function ensureDeviceIdentity(db: Db, certOnDisk?: string | null): DeviceIdentity {
  const reads = readOnlyDb(db);
  return db.transaction(() => {
    let deviceId = getMeta(reads, 'device_id');
    let prefix = getMeta(reads, 'device_prefix');
    const lastCert = getMeta(reads, DEVICE_CERT_KEY);
    if (certOnDisk !== undefined && lastCert !== null && lastCert !== certOnDisk && deviceId) {
      deviceId = null;
      let next = randomPrefix();
      while (next === prefix) next = randomPrefix();
      prefix = next;
      setMeta(db, 'device_prefix', prefix);
      db.prepare('DELETE FROM meta WHERE key = ?').run(DEVICE_CERT_KEY);
    }
    if (!deviceId) {
      deviceId = ulid();
      setMeta(db, 'device_id', deviceId);
    }
    if (!prefix) {
      prefix = randomPrefix();
      setMeta(db, 'device_prefix', prefix);
    }
    return { deviceId, prefix };
  })();
}
