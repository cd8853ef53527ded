// This installation's identity: a device id (ULID) and a short human prefix used in
// case numbers so two PCs never mint the same number offline. Created on first start.
import { randomInt } from 'node:crypto';
import { ulid } from 'ulid';
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
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes a local meta key; others reach it only inside a change-writer transaction (`tx.setMeta`). */
export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function ensureDeviceIdentity(db: Db): DeviceIdentity {
  const reads = readOnlyDb(db);
  return db.transaction(() => {
    let deviceId = getMeta(reads, 'device_id');
    let prefix = getMeta(reads, 'device_prefix');
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
