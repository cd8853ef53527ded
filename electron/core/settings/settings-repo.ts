// Town-wide settings, stored as JSON values keyed by name in the synced `setting` table.
import type { ReadDb } from '../db/read-db';
import type { WriteTx } from '../db/change-writer';

export function readSetting<T>(db: ReadDb, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM setting WHERE id = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function writeSetting(tx: WriteTx, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  const exists = tx.db.prepare('SELECT 1 FROM setting WHERE id = ?').get(key);
  if (exists) tx.update('setting', key, { value: json });
  else tx.insert('setting', { id: key, value: json });
}

export const SETTING_KEYS = {
  town: 'town',
  gridSizeRanges: 'grid_size_ranges',
  verificationRates: 'verification_rates',
  visitPlan: 'visit_plan',
} as const;

export interface TownSetting {
  name: string;
  code: string;
  unitId: string;
}
