// The demo town (「导入演示数据」 on the first-run screen, `npm run demo`, the e2e template):
// how long `system.setup` with demo data takes — town, staff, ledgers and a year of cases,
// generated and written through the change writer in one transaction — against raw prepared
// INSERTs of exactly the rows it produced (change log included) into an empty database with
// the same schema and triggers, in the same run (the baseline). Both on files in WAL mode, as in use.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import { openDatabase } from '../../electron/core/db/connection';
import { report, row } from './bench-report';
import { TEST_DB_KEY } from '../support/test-db-key';

const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seedDemo(file: string): number {
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile: file });
  const t0 = performance.now();
  const r = core.invoke(null, 'system.setup', {
    townName: '青溪镇',
    townCode: '330782101',
    adminUsername: 'admin',
    adminDisplayName: '管理员',
    adminPassword: 'correct-horse-1',
    demo: true,
  });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(r.error.message);
  core.close();
  return ms;
}

/**
 * Inserts every row of `source`'s own tables into a fresh database with its schema (its indexes
 * and triggers too, so what the triggers derive — tallies, stored counts, search indexes — is
 * derived again as in use); returns the insert time. The full-text tables' internal tables are
 * made by their CREATE VIRTUAL TABLE, and the tables triggers write are filled by them.
 */
function rawCopy(source: string, target: string): { ms: number; rows: number } {
  const src = openDatabase(source, { key: TEST_DB_KEY, readonly: true });
  const dst = openDatabase(target, { key: TEST_DB_KEY });
  dst.pragma('foreign_keys = OFF'); // rows go in table by table; the source already satisfied them
  const schema = src
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, type = 'index' DESC")
    .all() as { type: string; name: string; sql: string }[];
  const virtual = schema.filter((s) => /^CREATE VIRTUAL TABLE/i.test(s.sql)).map((s) => s.name);
  const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const derived = new Set(
    schema.filter((s) => s.type === 'trigger').flatMap((s) => [...s.sql.matchAll(/\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)/gi)].map((m) => m[1]!)),
  );
  for (const s of schema) if (!shadow(s.name)) dst.exec(s.sql);
  const tables = schema.filter((s) => s.type === 'table' && !virtual.includes(s.name) && !shadow(s.name) && !derived.has(s.name)).map((s) => s.name);
  const data = tables.map((t) => {
    const cols = (src.prepare(`SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0`).all(t) as { name: string }[]).map((c) => c.name);
    return {
      insert: dst.prepare(`INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`),
      values: src.prepare(`SELECT ${cols.join(', ')} FROM ${t}`).raw().all() as unknown[][],
    };
  });
  src.close();
  const rows = data.reduce((n, d) => n + d.values.length, 0);
  const t0 = performance.now();
  dst.transaction(() => {
    for (const d of data) for (const v of d.values) d.insert.run(...v);
  })();
  const ms = performance.now() - t0;
  dst.close();
  return { ms, rows };
}

describe('demo town bench', () => {
  it('sets up the demo town and compares it with raw inserts of the same rows', () => {
    const demoFile = join(dir, 'demo.db');
    const seedMs = seedDemo(demoFile);
    const raw = rawCopy(demoFile, join(dir, 'raw.db'));
    expect(raw.rows).toBeGreaterThan(100_000);
    report([
      row('demo.setup.raw_insert_of_its_rows', raw.ms, raw.ms),
      row('demo.setup', seedMs, raw.ms),
    ]);
    console.log(
      `demo setup ${(seedMs / 1000).toFixed(1)} s; raw insert of its ${raw.rows.toLocaleString()} rows ${(raw.ms / 1000).toFixed(1)} s; database ${(statSync(demoFile).size / 1048576).toFixed(0)} MB`,
    );
  });
});
