// Whose routine an account may see and write. A grid worker writes only its own logs and reads
// those of the workers of the grids it serves; a supervisor reads its area (the grids it is
// assigned to; a supervisor with no assignment works for the whole town, like the centre);
// the centre's roles read the whole town. The wall display holds no routine permission.
// Applied to every routine method on the server, whatever the renderer asks.
import { AppError } from '../../../shared/rpc/errors';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import type { ReadDb } from '../db/read-db';
import { servedGrids, staffGridMap } from '../org/served-units';
import type { Session } from '../rpc/handler-types';

/** Team roles whose members keep a daily work log (专职/兼职网格员; 网格长 and 协管员 do not). */
export const WORKER_ROLES = ['worker_full', 'worker_part'] as const;

export interface RoutineScope {
  /** The caller's own staff record (its account's staff_id), if any. */
  ownStaff: string | null;
  /** Grids whose workers it may read; null: the whole town. */
  grids: string[] | null;
}

export function ownStaffId(db: ReadDb, userId: string): string | null {
  const row = db.cached('SELECT staff_id FROM user_account WHERE id = ?').get(userId) as { staff_id: string | null } | undefined;
  return row?.staff_id ?? null;
}

export function routineScopeOf(db: ReadDb, session: Session | null, today: string): RoutineScope {
  if (!session) throw new AppError('UNAUTHENTICATED');
  const ownStaff = ownStaffId(db, session.userId);
  if (session.role === 'grid_worker') return { ownStaff, grids: servedGrids(db, session.userId, today) };
  if (session.role === 'supervisor') {
    const grids = servedGrids(db, session.userId, today);
    return { ownStaff, grids: grids && grids.length > 0 ? grids : null };
  }
  return { ownStaff, grids: null };
}

interface WorkerRow {
  id: string;
  name: string;
}

/** Every active worker of the town with its grids and A/B partner, by grid code then name. */
export function allWorkers(db: ReadDb): RoutineWorker[] {
  const gridMap = staffGridMap(db, WORKER_ROLES);
  const grids = new Map(
    (db.cached("SELECT id, name, code FROM org_unit WHERE kind = 'grid'").all() as { id: string; name: string; code: string }[]).map((g) => [g.id, g]),
  );
  const staff = db.cached('SELECT id, name FROM staff WHERE archived = 0 ORDER BY name').all() as WorkerRow[];
  const partners = new Map<string, string>();
  const pairs = db
    .cached(
      `SELECT a.staff_id AS a, b.staff_id AS b FROM staff_assignment a
       JOIN staff_assignment b ON b.unit_id = a.unit_id AND b.post IS NOT NULL AND a.post IS NOT NULL AND b.post <> a.post
       ORDER BY a.unit_id`,
    )
    .all() as { a: string; b: string }[];
  for (const p of pairs) if (!partners.has(p.a)) partners.set(p.a, p.b);
  const out: RoutineWorker[] = [];
  for (const s of staff) {
    const own = gridMap.get(s.id);
    if (!own) continue;
    out.push({ staffId: s.id, name: s.name, grids: own.map((id) => ({ id, name: grids.get(id)?.name ?? id })), partnerId: partners.get(s.id) ?? null });
  }
  const firstGrid = (w: RoutineWorker) => grids.get(w.grids[0]!.id)?.code ?? '';
  return out.sort((a, b) => firstGrid(a).localeCompare(firstGrid(b)) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The workers the scope may read, optionally narrowed to a grid or a village's grids. */
export function visibleWorkers(db: ReadDb, scope: RoutineScope, narrow: { gridId?: string; villageId?: string } = {}): RoutineWorker[] {
  let grids: Set<string> | null = scope.grids ? new Set(scope.grids) : null;
  if (narrow.gridId || narrow.villageId) {
    const wanted = narrow.gridId
      ? [narrow.gridId]
      : (db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND parent_id = ?").all(narrow.villageId) as { id: string }[]).map((r) => r.id);
    grids = new Set(wanted.filter((g) => !grids || grids.has(g)));
  }
  return allWorkers(db).filter((w) => (w.staffId === scope.ownStaff && !narrow.gridId && !narrow.villageId) || !grids || w.grids.some((g) => grids.has(g.id)));
}

/** Throws NOT_FOUND unless the worker is in the caller's scope (as if it did not exist). */
export function requireWorkerInScope(db: ReadDb, scope: RoutineScope, staffId: string): RoutineWorker {
  const w = visibleWorkers(db, scope).find((x) => x.staffId === staffId);
  if (!w) throw new AppError('NOT_FOUND', '网格员不存在，或不在本账号的查看范围内');
  return w;
}
