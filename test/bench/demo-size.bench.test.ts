// Demo database size before/after compaction (issue "LAN sync", must show): the demo town
// (40,000 residents, a year of cases) written with the old change log (one row per written
// cell, text HLC, JSON value) at schema version 3, the same database after migration 4
// converted it, and the same town, registry and cases written fresh by the core's change writer
// with the compact log. Sizes are measured with dbstat after a WAL checkpoint (file + WAL).
// Goals for that content: ≤ 100 MB in total; change log ≤ the data tables. The whole demo as
// first-run set-up now writes it — with a year of the grid workers' routine (logs, visits,
// verifications, screenings) that the old format never held — is reported beside it, with its
// change log against its data. Also the set-up time of the fresh content as a ratio to the
// old-format one in the same run.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { SYNCED_TABLES } from '../../electron/core/db/synced-tables';
import { seedDemoCases } from '../../electron/core/demo/demo-cases';
import { seedDemoRegistry } from '../../electron/core/demo/demo-registry';
import { seedDemoTown } from '../../electron/core/demo/demo-town';
import { migrateToLegacy, seedLegacyDemo } from '../support/legacy-change-log';
import { report, row } from './bench-report';
import { TEST_DB_KEY } from '../support/test-db-key';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-demo-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Sizes {
  /** File + WAL after a checkpoint. */
  total: number;
  log: number;
  history: number;
  data: number;
}

const LOG_TABLES = new Set(['change_log', 'sync_row', 'sync_cell', 'sync_table', 'sync_column', 'sync_device']);
const HISTORY_TABLES = new Set(['row_history', 'row_history_cell']);

function sizes(db: Db, file: string): Sizes {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const owner = new Map(db.prepare('SELECT name, tbl_name FROM sqlite_master').raw().all() as [string, string][]);
  const s: Sizes = { total: statSync(file).size + statSync(`${file}-wal`).size, log: 0, history: 0, data: 0 };
  for (const [name, bytes] of db.prepare('SELECT name, sum(pgsize) FROM dbstat GROUP BY name').raw().all() as [string, number][]) {
    const table = owner.get(name) ?? name;
    if (LOG_TABLES.has(table)) s.log += bytes;
    else if (HISTORY_TABLES.has(table)) s.history += bytes;
    else if ((SYNCED_TABLES as readonly string[]).includes(table)) s.data += bytes;
  }
  return s;
}

const mb = (b: number) => Math.round((b / MB) * 10) / 10;

function setUp(core: ReturnType<typeof createCore>, demo: boolean): void {
  const r = core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1', demo });
  if (!r.ok) throw new Error(r.error.message);
}

describe('demo database size', () => {
  it('before and after compaction of the change log', () => {
    const now = Date.now();
    const oldFile = join(dir, 'old.db');
    const oldDb = openDatabase(oldFile, { key: TEST_DB_KEY });
    migrateToLegacy(oldDb);
    let t = performance.now();
    seedLegacyDemo(oldDb, { deviceId: '01KJBENCHDEVICE00000000000', now });
    const oldMs = performance.now() - t;
    const before = sizes(oldDb, oldFile);

    t = performance.now();
    migrate(oldDb);
    const migrateMs = performance.now() - t;
    oldDb.exec('VACUUM');
    const migrated = sizes(oldDb, oldFile);
    oldDb.close();

    // The same content as the old-format demo (town, registry, cases), through the compact writer.
    const newFile = join(dir, 'new.db');
    let core = createCore({ dbKey: TEST_DB_KEY, dbFile: newFile, now: () => now });
    t = performance.now();
    setUp(core, false);
    const town = core.services.db.prepare("SELECT id FROM org_unit WHERE kind = 'town'").get() as { id: string };
    core.services.writer.transaction(null, (tx) => {
      seedDemoTown(tx, { id: town.id, code: '330782101', name: '青溪镇' }, { seed: 20261121, now, accounts: { secrets: core.services.secrets, usable: false } });
      seedDemoRegistry(tx, { seed: 20261121, now });
      seedDemoCases(tx, { now, devicePrefix: 'QX' }, { seed: 20261121 });
    });
    const newMs = performance.now() - t;
    core.close();
    const freshDb = openDatabase(newFile, { key: TEST_DB_KEY });
    const fresh = sizes(freshDb, newFile);
    freshDb.close();

    // The whole demo as first-run set-up writes it today.
    const fullFile = join(dir, 'full.db');
    core = createCore({ dbKey: TEST_DB_KEY, dbFile: fullFile });
    setUp(core, true);
    core.close();
    const fullDb = openDatabase(fullFile, { key: TEST_DB_KEY });
    const full = sizes(fullDb, fullFile);
    fullDb.close();

    console.log(
      `old format: ${mb(before.total)} MB (log ${mb(before.log)} MB, data ${mb(before.data)} MB), set-up ${Math.round(oldMs)} ms; ` +
        `migrated in ${Math.round(migrateMs)} ms: ${mb(migrated.total)} MB (log ${mb(migrated.log)}, history ${mb(migrated.history)}); ` +
        `fresh: ${mb(fresh.total)} MB (log ${mb(fresh.log)}, history ${mb(fresh.history)}, data ${mb(fresh.data)}), set-up ${Math.round(newMs)} ms; ` +
        `whole demo with a year of routine: ${mb(full.total)} MB (log ${mb(full.log)}, history ${mb(full.history)}, data ${mb(full.data)})`,
    );
    report([
      row('demo db total, compact log (MB; baseline: old log)', mb(fresh.total), mb(before.total), 'MB'),
      row('demo db change log (MB; baseline: old log)', mb(fresh.log), mb(before.log), 'MB'),
      row('demo db change log (MB; baseline: data tables)', mb(fresh.log), mb(fresh.data), 'MB'),
      row('demo db history (MB; baseline: data tables)', mb(fresh.history), mb(fresh.data), 'MB'),
      row('demo db migrated from old log, vacuumed (MB; baseline: old log)', mb(migrated.total), mb(before.total), 'MB'),
      row('demo town set-up time, compact log (ms; baseline: old log)', newMs, oldMs),
      row('whole demo with a year of routine, total (MB; baseline: town, registry, cases)', mb(full.total), mb(fresh.total), 'MB'),
      row('whole demo with a year of routine, change log (MB; baseline: its data tables)', mb(full.log), mb(full.data), 'MB'),
    ]);
    expect(fresh.total).toBeLessThanOrEqual(100 * MB);
    expect(fresh.log).toBeLessThanOrEqual(fresh.data);
    expect(full.log).toBeLessThanOrEqual(full.data);
    expect(migrated.total).toBeLessThanOrEqual(100 * MB);
    // The same data, whichever way it was written.
    expect(Math.abs(migrated.data - fresh.data) / fresh.data).toBeLessThan(0.1);
  });
});
