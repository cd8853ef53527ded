// Applies pending numbered migrations, each in its own transaction.
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';

/** One numbered migration (listed in migrations/index.ts). */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A data conversion run after `sql`, in the same transaction (for what SQL alone cannot do). */
  run?: (db: Db) => void;
  /**
   * Runs with foreign keys off (a table rebuild drops a table others refer to until its copy
   * is renamed): `PRAGMA foreign_keys` cannot change inside a transaction, so it is turned off
   * before BEGIN, every reference is checked before COMMIT, and it is turned back on after.
   */
  foreignKeysOff?: boolean;
}

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering gap at ${m.version} (${m.name})`);
  });
  const from = currentVersion(db);
  if (from > sorted.length) {
    throw new Error(`Database schema version ${from} is newer than this program (${sorted.length}); upgrade TownGrid.`);
  }
  for (const m of sorted) {
    if (m.version <= from) continue;
    const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
    if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        m.run?.(db);
        if (m.foreignKeysOff) {
          const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
          if (broken.length > 0) {
            const first = broken[0]!;
            throw new Error(`Migration ${m.version} (${m.name}) leaves ${broken.length} broken references (first: ${first.table} row ${first.rowid} → ${first.parent})`);
          }
        }
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.foreignKeysOff && keysWereOn) db.pragma('foreign_keys = ON');
    }
    applied.push(m.version);
  }
  return applied;
}
