// Each worker's status (在岗 / 请假 / 离岗), one rule built on what the org and routine domains
// already hold: 离岗 — the staff record is archived (已离岗, off the team); 请假 — a leave
// (staff_leave, not cancelled) covers the day, with its A/B cover, or the record is marked away
// in 组织架构 (staff.on_duty = 0) without one; 在岗 otherwise.
import type { StaffStatus, WorkerStatusRow } from '../../../shared/routine/duty-types';
import type { ReadDb } from '../db/read-db';
import { staffGridMap } from '../org/served-units';
import { WORKER_ROLES } from './routine-scope';

interface StaffDbRow {
  id: string;
  name: string;
  title: string;
  on_duty: number;
  archived: number;
}

interface LeaveToday {
  id: string;
  staff_id: string;
  from_date: string;
  to_date: string;
  cover_name: string | null;
}

/** The status of one staff record on `date` (pure). */
export function statusOf(staff: { on_duty: number; archived: number }, leave: unknown): StaffStatus {
  if (staff.archived) return 'left';
  if (leave || !staff.on_duty) return 'leave';
  return 'on_duty';
}

/** The leave covering `date` of each staff member (the earliest, should two overlap). */
export function leavesOn(db: ReadDb, date: string): Map<string, LeaveToday> {
  const rows = db
    .cached(
      `SELECT l.id, l.staff_id, l.from_date, l.to_date, c.name AS cover_name FROM staff_leave l LEFT JOIN staff c ON c.id = l.cover_staff_id
       WHERE l.cancelled = 0 AND l.from_date <= ? AND l.to_date >= ? ORDER BY l.from_date DESC, l.id DESC`,
    )
    .all(date, date) as LeaveToday[];
  return new Map(rows.map((r) => [r.staff_id, r]));
}

/**
 * The grid workers (专职/兼职网格员, archived ones included: they show as 离岗) of the given
 * grids (null: every grid) with their status on `date`; 在岗 first within a grid, by grid code.
 */
export function workerStatuses(db: ReadDb, date: string, grids: readonly string[] | null): WorkerStatusRow[] {
  const gridMap = staffGridMap(db, WORKER_ROLES);
  const gridNames = new Map((db.cached("SELECT id, name FROM org_unit WHERE kind = 'grid' ORDER BY code").all() as { id: string; name: string }[]).map((g) => [g.id, g.name]));
  const allowed = grids ? new Set(grids) : null;
  const leaves = leavesOn(db, date);
  const staff = db.cached('SELECT id, name, title, on_duty, archived FROM staff').all() as StaffDbRow[];
  const order = new Map([...gridNames.keys()].map((id, i) => [id, i]));
  const out: WorkerStatusRow[] = [];
  for (const s of staff) {
    const own = gridMap.get(s.id);
    if (!own || (allowed && !own.some((g) => allowed.has(g)))) continue;
    const leave = s.archived ? undefined : leaves.get(s.id);
    out.push({
      staffId: s.id,
      name: s.name,
      title: s.title,
      grids: own.map((id) => ({ id, name: gridNames.get(id) ?? id })),
      status: statusOf(s, leave),
      leave: leave ? { id: leave.id, fromDate: leave.from_date, toDate: leave.to_date, coverStaffName: leave.cover_name } : null,
    });
  }
  const rank: Record<StaffStatus, number> = { on_duty: 0, leave: 1, left: 2 };
  const first = (r: WorkerStatusRow) => order.get(r.grids[0]!.id) ?? 0;
  return out.sort((a, b) => rank[a.status] - rank[b.status] || first(a) - first(b) || a.name.localeCompare(b.name, 'zh-CN'));
}
