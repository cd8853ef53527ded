// In-process replicas for sync tests: an empty town database migrated once, copied in memory
// for each replica (cheap enough for a thousand property runs), each with its own device id
// and clock.
import Database from 'better-sqlite3-multiple-ciphers';
import { ChangeWriter } from '../../../../electron/core/db/change-writer';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { describeSyncedTables } from '../../../../electron/core/db/synced-tables';

const TEMPLATE = (() => {
  const db = openDatabase(':memory:', { key: null });
  migrate(db);
  const out = { image: db.serialize(), schema: describeSyncedTables(readOnlyDb(db)) };
  db.close();
  return out;
})();

/** A fixed instant the test clocks count from. */
export const CLOCK_BASE = 1_790_000_000_000;

export function openReplica(device: string, now: () => number): { db: Db; writer: ChangeWriter } {
  const db = new Database(TEMPLATE.image) as unknown as Db;
  db.pragma('foreign_keys = ON');
  return { db, writer: new ChangeWriter(db, device, () => {}, now, TEMPLATE.schema) };
}
