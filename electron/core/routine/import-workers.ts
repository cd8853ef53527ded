// What the routine's paper-record imports (工作日志 log-import.ts, 走访记录 visit-import.ts) share:
// finding the worker a row names (by name, and by phone when two share a name) and refusing the
// rows of workers the importer may not write for — a grid worker imports only its own records,
// a supervisor those of its area's workers, the centre anyone's (routine-scope.ts).
import type { ImportRowProblem } from '../../../shared/registry/import-types';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import type { ReadDb } from '../db/read-db';
import type { CallContext } from '../rpc/handler-types';
import type { PlannedRow } from '../registry/import/import-adapter';
import { shanghaiDate } from '../calendar';
import { routineScopeOf, visibleWorkers } from './routine-scope';

export interface StaffEntry {
  id: string;
  name: string;
  phone: string;
}

/** Staff (not archived) by name without spaces: the town's staff are few, loaded once per import. */
export function staffByName(db: ReadDb): Map<string, StaffEntry[]> {
  const byName = new Map<string, StaffEntry[]>();
  for (const s of db.prepare('SELECT id, name, phone FROM staff WHERE archived = 0').all() as StaffEntry[]) {
    const key = s.name.replace(/\s+/g, '');
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  return byName;
}

/**
 * The worker a row names (`v.worker`, `v.phone`): by name, and by phone when the name is
 * shared; it must be a grid worker. `what` completes the refusal of other staff, e.g. 填写工作日志.
 */
export function resolveWorker(
  v: Record<string, unknown>,
  byName: ReadonlyMap<string, StaffEntry[]>,
  workers: readonly RoutineWorker[],
  what: string,
): { staff: StaffEntry } | { reason: string } {
  const name = String(v.worker ?? '').replace(/\s+/g, '');
  const phone = typeof v.phone === 'string' ? v.phone : null;
  let found = byName.get(name) ?? [];
  if (found.length === 0) return { reason: `网格员“${name}”不存在，请核对姓名` };
  if (phone) {
    found = found.filter((s) => s.phone === phone);
    if (found.length === 0) return { reason: `网格员“${name}”的联系电话不是${phone}` };
  }
  if (found.length > 1) return { reason: `有${found.length}名人员同名“${name}”，请填写联系电话以区分` };
  const staff = found[0]!;
  if (!workers.some((w) => w.staffId === staff.id)) return { reason: `“${name}”不是网格员（未分配负责的网格），不${what}` };
  return { staff };
}

/**
 * The planned rows (their `staff_id`) for workers the caller may not import for: a grid
 * worker's colleagues (refused with `refusals.own`), workers outside a supervisor's area (`refusals.area`).
 */
export function rowsOfOtherWorkers(ctx: CallContext, rows: readonly PlannedRow[], refusals: { own: string; area: string }): ImportRowProblem[] {
  const scope = routineScopeOf(ctx.core.db, ctx.session, shanghaiDate(ctx.core.now()));
  const isWorker = ctx.session?.role === 'grid_worker';
  const visible = isWorker ? null : new Set(visibleWorkers(ctx.core.db, scope).map((w) => w.staffId));
  const out: ImportRowProblem[] = [];
  for (const r of rows) {
    const staffId = r.columns.staff_id as string;
    if (isWorker ? staffId !== scope.ownStaff : !visible!.has(staffId)) {
      out.push({ row: r.row, reasons: [isWorker ? refusals.own : refusals.area] });
    }
  }
  return out;
}
