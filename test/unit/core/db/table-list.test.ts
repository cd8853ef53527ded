// The typed table list in shared/db/tables.ts is what the compiler checks table and column
// names against; this keeps it equal to the schema the migrations really build.
import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_NAMES } from '../../../../shared/db/tables';
import { migrate } from '../../../../electron/core/db/migrate';
import { openDatabase } from '../../../../electron/core/db/connection';
import { SYNCED_TABLES } from '../../../../electron/core/db/synced-tables';

function migratedSchema(): Map<string, string[]> {
  const db = openDatabase(':memory:', { key: null });
  migrate(db);
  const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (t) => t.name,
  );
  const schema = new Map(names.map((t) => [t, (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name)]));
  db.close();
  return schema;
}

describe('the typed table list', () => {
  const schema = migratedSchema();

  it('names every table of the migrated database, and no other', () => {
    expect([...TABLE_NAMES].sort()).toEqual([...schema.keys()].sort());
  });

  it.each(TABLE_NAMES)('lists the columns of %s as the migrations leave them', (table) => {
    expect([...TABLES[table].columns]).toEqual(schema.get(table));
  });

  it('marks exactly the change writer’s synced tables as synced', () => {
    const synced = TABLE_NAMES.filter((t) => TABLES[t].synced);
    expect([...SYNCED_TABLES].sort()).toEqual(synced.sort());
  });
});
