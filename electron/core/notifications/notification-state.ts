// Each account's own notification state, synced (migration 0019): the items it marked read,
// and its settings with the `read_before` mark of 全部已读. Records have ids made from the
// account (and the item), so the same mark made on two PCs is one record after sync.
import { DEFAULT_NOTIFICATION_SETTINGS, NOTIFICATION_KINDS, type NotificationKind, type NotificationSettings } from '../../../shared/notifications/notification-types';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

export interface NotificationPrefs extends NotificationSettings {
  /** Items dated at or before this instant count as read. */
  readBefore: number;
}

interface SettingDbRow {
  id: string;
  muted_kinds: string;
  sound: number;
  desktop: number;
  read_before: number;
}

function settingRow(db: ReadDb, userId: string): SettingDbRow | undefined {
  return db.cached('SELECT id, muted_kinds, sound, desktop, read_before FROM notification_setting WHERE user_id = ? ORDER BY id LIMIT 1').get(userId) as
    | SettingDbRow
    | undefined;
}

function mutedKinds(json: string): NotificationKind[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? NOTIFICATION_KINDS.filter((k) => v.includes(k)) : [];
  } catch {
    return [];
  }
}

export function readPrefs(db: ReadDb, userId: string): NotificationPrefs {
  const r = settingRow(db, userId);
  if (!r) return { ...DEFAULT_NOTIFICATION_SETTINGS, readBefore: 0 };
  return { mutedKinds: mutedKinds(r.muted_kinds), sound: r.sound === 1, desktop: r.desktop === 1, readBefore: r.read_before };
}

/** Which of `keys` the account marked read. */
export function readMarks(db: ReadDb, userId: string, keys: readonly string[]): Set<string> {
  if (!keys.length) return new Set();
  const rows = db
    .cached('SELECT item_key FROM notification_read WHERE user_id = ? AND item_key IN (SELECT value FROM json_each(?))')
    .all(userId, JSON.stringify(keys)) as { item_key: string }[];
  return new Set(rows.map((r) => r.item_key));
}

export function writePrefs(tx: WriteTx, userId: string, patch: Partial<NotificationPrefs>, now: number): void {
  const cells = {
    ...(patch.mutedKinds ? { muted_kinds: JSON.stringify(patch.mutedKinds) } : {}),
    ...(patch.sound !== undefined ? { sound: patch.sound ? 1 : 0 } : {}),
    ...(patch.desktop !== undefined ? { desktop: patch.desktop ? 1 : 0 } : {}),
    ...(patch.readBefore !== undefined ? { read_before: patch.readBefore } : {}),
    updated_at: now,
  };
  const row = settingRow(tx.db, userId);
  if (row) tx.update('notification_setting', row.id, cells);
  else tx.insert('notification_setting', { id: userId, user_id: userId, ...cells });
}

/** Marks items read (those already marked are left as they are). */
export function writeMarks(tx: WriteTx, userId: string, keys: readonly string[], now: number): void {
  const already = readMarks(tx.db, userId, keys);
  for (const key of new Set(keys)) {
    if (already.has(key)) continue;
    const id = `${userId}|${key}`;
    // A record of that id left by an account merged into this one is taken over, not doubled.
    if (tx.db.cached('SELECT 1 FROM notification_read WHERE id = ?').get(id)) tx.update('notification_read', id, { user_id: userId, read_at: now });
    else tx.insert('notification_read', { id, user_id: userId, item_key: key, read_at: now });
  }
}
