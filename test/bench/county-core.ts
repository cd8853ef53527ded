// A core on a private copy of the county database (county-fixture.ts), with a signed-in
// session per role, for benches that call the core's own handlers as the screens do.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../shared/auth/roles';
import { createCore, type Core } from '../../electron/core/app';
import type { CallContext } from '../../electron/core/rpc/handler-types';
import { shanghaiInstant } from '../../electron/core/calendar';
import { medianMs, row, type BenchRow } from './bench-report';
import { COUNTY, COUNTY_USERS, countyDatabase } from './county-fixture';
import { TEST_DB_KEY } from '../support/test-db-key';

export interface CountyCore {
  core: Core;
  /** The private copy's file (for a second, raw connection: openDatabase(file, { key: TEST_DB_KEY })). */
  file: string;
  /** The call context of the signed-in account of a role. */
  ctx(role: Role): CallContext;
  /** Calls a method as that role through the core (throws with the Chinese message on error). */
  call<T = unknown>(role: Role, method: string, params: unknown): T;
  /** Median ms of the plain indexed count every county bench divides by (see below). */
  baseline(): number;
  /** Median ms of a method as a role, as a bench row against the baseline. */
  timed(name: string, role: Role, method: string, params: unknown, runs?: number): BenchRow;
  close(): void;
}

/**
 * Opens the county database (building it first if needed) on a private copy. The core's clock
 * is fixed at COUNTY.today 09:30, the day the data were generated for.
 */
export function openCountyCore(): CountyCore {
  const built = countyDatabase();
  if (built.built) console.log(`county database ${built.how} in ${(built.ms / 1000).toFixed(1)} s: ${built.file}`);
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-county-'));
  const file = join(dir, 'county.db');
  copyFileSync(built.file, file);
  const now = shanghaiInstant(COUNTY.today, '09:30').getTime();
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile: file, now: () => now });
  const tokens = new Map<Role, string>();
  const tokenOf = (role: Role) => {
    let t = tokens.get(role);
    if (!t) tokens.set(role, (t = core.services.sessions.create(COUNTY_USERS[role].id)));
    return t;
  };
  const ctx = (role: Role): CallContext => {
    const session = core.services.sessions.resolve(tokenOf(role))!;
    return { core: core.services, session, actor: session.userId, client: 'local' };
  };
  const call = <T>(role: Role, method: string, params: unknown): T => {
    const r = core.invoke(tokenOf(role), method, params);
    if (!r.ok) throw new Error(`${method} as ${role}: ${r.error.message}`);
    return r.data as T;
  };
  // The baseline: the cases received in one month, counted through their received_at index.
  const from = shanghaiInstant('2026-09-01').getTime();
  const to = shanghaiInstant('2026-10-01').getTime();
  const count = core.services.db.prepare('SELECT count(*) AS n FROM case_record WHERE received_at >= ? AND received_at < ?');
  let base = 0;
  const baseline = () => (base ||= medianMs(() => count.get(from, to), 31, 5));
  return {
    core,
    file,
    ctx,
    call,
    baseline,
    timed: (name, role, method, params, runs = 9) => row(name, medianMs(() => call(role, method, params), runs, 2), baseline()),
    close: () => {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
