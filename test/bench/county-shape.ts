// The county database's shape (county-fixture.ts builds it): its sizes, the day the benches
// take as today, the ids the benches ask for, and the bulk-insert helper the generator uses.
import type { Role } from '../../shared/auth/roles';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../electron/core/db/connection';

export const COUNTY = {
  town: 'TOWN',
  villages: 100,
  /** The first villages are urban communities (bigger grids, blocks of flats). */
  communities: 30,
  gridsPerVillage: 20,
  /** People per grid: urban grids about 850, rural about 360 — 1,000,000 in all. */
  peoplePerGrid: { urban: 850, rural: 350 },
  cases: 500_000,
  /** Cases are received from casesFrom to today, about 770 a day. */
  casesFrom: '2025-01-01',
  /** The quarter the assessment bench computes, and the day the benches take as today. */
  quarter: { key: '2026Q3', from: '2026-07-01', to: '2026-09-30' },
  today: '2026-10-15',
  logsFrom: '2026-04-01',
} as const;

/** The grid the grid-worker account serves as A post (and G00019 as B post). */
export const WORKER_GRID = 'G00000';

/** One account per role; the grid worker is W0000, the department handler is in 城管 (D-CG). */
export const COUNTY_USERS: Record<Role, { id: string; name: string; staffId?: string; departmentId?: string }> = {
  admin: { id: 'U-admin', name: '管理员' },
  director: { id: 'U-director', name: '中心主任' },
  dispatcher: { id: 'U-dispatcher', name: '值班调度员' },
  department_handler: { id: 'U-dept', name: '城管办理员', departmentId: 'D-CG' },
  supervisor: { id: 'U-supervisor', name: '督导员1', staffId: 'S000' },
  grid_worker: { id: 'U-worker', name: '网格员1', staffId: 'W0000' },
  presenter: { id: 'U-presenter', name: '会议主持' },
  display: { id: 'U-display', name: '指挥大屏' },
};

export const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A prepared INSERT of the given columns (benchmark data: bypasses the change writer). */
export function insertInto(db: Db, table: string, cols: readonly string[]): Statement {
  return db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
}
