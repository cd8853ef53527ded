// A full refresh of the wall board (issue 13, must show): every read the board's panels make
// when everything is refetched (a reconnect, a wake-up, the quiet-hour reload), called through
// the core's dispatcher as the display account, on (a) the demo town and (b) the 2,000-grid
// county (county-fixture.ts: 100 villages, 60,000 cases). Each as a ratio to a plain indexed
// count in the same run: the last 30 days' cases counted on their received_at index.
//
// The board's reads are BOARD_REFRESH (board-refresh.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api';
import { createCore, handlers, type Core } from '../../electron/core/app';
import { shanghaiInstant } from '../../electron/core/calendar';
import { openDatabase } from '../../electron/core/db/connection';
import { readOnlyDb, type ReadDb } from '../../electron/core/db/read-db';
import type { CoreServices, Session } from '../../electron/core/rpc/handler-types';
import { createDispatcher } from '../../electron/core/rpc/dispatcher';
import { medianMs, report, row } from './bench-report';
import { BOARD_REFRESH } from './board-refresh';
import { COUNTY, countyDatabase } from './county-fixture';
import { TEST_DB_KEY } from '../support/test-db-key';


const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-board-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The last 30 days' cases, counted on the received_at index. */
function plainCount(db: ReadDb, now: number): number {
  return (db.prepare('SELECT count(*) AS n FROM case_record WHERE received_at >= ? AND received_at < ?').get(now - 30 * DAY, now) as { n: number }).n;
}

/** Calls the board's reads as the display account, through the dispatcher, on `db` at `now`. */
function boardCaller(services: CoreServices, db: ReadDb, now: number) {
  const session: Session = { token: 'bench', userId: 'BENCHDISPLAY', username: 'daping', displayName: '值班大屏', role: 'display', mustChangePassword: false, createdAt: now, expiresAt: now + DAY };
  const dispatch = createDispatcher({ ...services, db, now: () => now, sessions: { resolve: () => session } as unknown as CoreServices['sessions'] }, handlers);
  return (method: MethodName, input: unknown) => {
    const r = dispatch('bench', method, input);
    if (r instanceof Promise) throw new Error(`${method} is async; the bench times synchronous reads`);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data;
  };
}

function measure(name: string, services: CoreServices, db: ReadDb, now: number, runs: number) {
  const call = boardCaller(services, db, now);
  let counted = 0;
  const countMs = medianMs(() => (counted = plainCount(db, now)), runs * 3, 2);
  const perMethod = BOARD_REFRESH.map(([method, input]) => ({ method, ms: medianMs(() => call(method, input), runs, 1) }));
  const refreshMs = medianMs(() => BOARD_REFRESH.forEach(([method, input]) => call(method, input)), runs, 1);
  report([
    row(`board.${name}.plain_count`, countMs, countMs),
    ...perMethod.map((m) => row(`board.${name}.${m.method}`, m.ms, countMs)),
    row(`board.${name}.full_refresh`, refreshMs, countMs),
  ]);
  console.log(
    `${name}: ${counted.toLocaleString()} cases in 30 days counted in ${countMs.toFixed(2)} ms; ` +
      `${perMethod.map((m) => `${m.method} ${m.ms.toFixed(1)} ms`).join(', ')}; full refresh (${BOARD_REFRESH.map(([m]) => m).join(' + ')}) ${refreshMs.toFixed(1)} ms`,
  );
  return { call, refreshMs, countMs };
}

describe('board refresh bench', () => {
  let demo: Core;

  // Building the demo town takes minutes on a loaded machine.
  it('refreshes the whole board on the demo town', { timeout: 1_800_000 }, () => {
    demo = createCore({ dbKey: TEST_DB_KEY, dbFile: join(dir, 'demo.db') });
    const r = demo.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1', demo: true });
    if (!r.ok) throw new Error(r.error.message);
    const { call } = measure('demo', demo.services, demo.services.db, Date.now(), 15);
    expect((call('board.summary', {}) as { grids: number }).grids).toBe(120);
  });

  it('refreshes the whole board on a 2,000-grid county', () => {
    const built = countyDatabase();
    if (built.built) console.log(`county database built in ${(built.ms / 1000).toFixed(1)} s: ${built.file}`);
    const raw = openDatabase(built.file, { key: TEST_DB_KEY, readonly: true });
    const db = readOnlyDb(raw);
    const now = shanghaiInstant(COUNTY.today).getTime() + 10 * 3_600_000;
    const { call } = measure('county', demo.services, db, now, 5);
    expect((call('board.summary', {}) as { grids: number }).grids).toBe(COUNTY.villages * COUNTY.gridsPerVillage);
    expect((call('board.cases', {}) as { open: number }).open).toBeGreaterThan(0);
    raw.close();
    demo.close();
  });
});
