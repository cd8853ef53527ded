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
    db.transaction(() => {
      db.exec(m.sql);
      m.run?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
