// A county-scale database for the benches (issue 15): 2,000 grids, 1,000,000 people, about
// 300,000 houses and 330,000 households, 500,000 cases with their timelines (about 3.5 M rows),
// a worker per grid with work logs, visits and screenings, and an account per role — the shape
// is in county-shape.ts, the parts in county-org.ts, county-cases.ts and county-registry.ts.
// Bulk-inserted with prepared statements into a migrated database, bypassing the change writer
// (benchmark data only: the change log would multiply the build time without changing what the
// reads read); triggers of the schema (derived counts and the like) run as rows go in.
//
// Built once into $TOWNGRID_BENCH_CACHE (default test-results/bench-cache, ignored by git) and
// reused while FIXTURE_VERSION and the schema stay the same. When only newer migrations were
// added, a cached database of the older schema is copied and migrated forward — the way a real
// town's database meets a new release — instead of generated again. `npm test` never builds it.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { SeededRandom } from '../../electron/core/demo/seeded-random';
import { TEST_DB_KEY } from '../support/test-db-key';
import { buildCases } from './county-cases';
import { buildOrg } from './county-org';
import { buildRegistry } from './county-registry';

export { COUNTY, COUNTY_USERS, WORKER_GRID } from './county-shape';

/** Bump when the generator changes, so a cached database is rebuilt. */
const FIXTURE_VERSION = 2;

const CACHE_DIR = resolve(process.env.TOWNGRID_BENCH_CACHE ?? resolve(import.meta.dirname, '../../test-results/bench-cache'));

/** One hash per migration (its SQL and its code), so a schema is known by its list. */
function migrationHashes(): string[] {
  return MIGRATIONS.map((m) => createHash('sha256').update(`${m.version}\n${m.sql}\n${m.run?.toString() ?? ''}`).digest('hex').slice(0, 16));
}

const fileOf = (hashes: readonly string[]) => join(CACHE_DIR, `county-v${FIXTURE_VERSION}-${createHash('sha256').update(hashes.join(',')).digest('hex').slice(0, 12)}.db`);
const removeDb = (file: string) => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
};

/** The county database's file (built or migrated forward now if missing); open it with TEST_DB_KEY. */
export function countyDatabase(): { file: string; built: boolean; ms: number; how: 'cached' | 'migrated' | 'generated' } {
  const hashes = migrationHashes();
  const file = fileOf(hashes);
  if (existsSync(file)) return { file, built: false, ms: 0, how: 'cached' };
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.building-${process.pid}`;
  removeDb(tmp);
  const t0 = performance.now();
  const older = olderSchema(hashes);
  let how: 'migrated' | 'generated';
  if (older) {
    copyFileSync(older, tmp);
    how = 'migrated';
  } else how = 'generated';
  const db = openDatabase(tmp, { key: TEST_DB_KEY });
  try {
    if (how === 'generated') {
      migrate(db);
      db.pragma('foreign_keys = OFF');
      const rng = new SeededRandom(2026_15);
      const org = buildOrg(db, rng);
      buildCases(db, rng, org);
      buildRegistry(db, rng, org);
    } else migrate(db);
    db.exec('ANALYZE');
    finish(db);
  } catch (e) {
    db.close();
    removeDb(tmp);
    throw e;
  }
  db.close();
  renameSync(tmp, file);
  writeFileSync(`${file}.json`, JSON.stringify({ fixture: FIXTURE_VERSION, migrations: hashes }));
  return { file, built: true, ms: performance.now() - t0, how };
}

function finish(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
}

/** The cached database whose migrations are the longest prefix of the current ones, if any. */
function olderSchema(hashes: readonly string[]): string | null {
  if (!existsSync(CACHE_DIR)) return null;
  let best: { file: string; n: number } | null = null;
  for (const name of readdirSync(CACHE_DIR)) {
    if (!name.startsWith(`county-v${FIXTURE_VERSION}-`) || !name.endsWith('.db.json')) continue;
    try {
      const meta = JSON.parse(readFileSync(join(CACHE_DIR, name), 'utf8')) as { migrations: string[] };
      const db = join(CACHE_DIR, name.slice(0, -'.json'.length));
      const n = meta.migrations.length;
      if (!existsSync(db) || n >= hashes.length || !meta.migrations.every((h, i) => h === hashes[i])) continue;
      if (!best || n > best.n) best = { file: db, n };
    } catch {
      continue;
    }
  }
  return best?.file ?? null;
}
