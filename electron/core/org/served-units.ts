// The units an account serves, through its staff member's assignments (staff_assignment): the
// units themselves, and the grids they stand for — a grid itself, every grid of a
// village/community, the grid a micro-grid or building lies in, a town's grids (every grid while
// it is the only town: unit-grids.ts).
// Case scope and registry scope both ask here, so "a grid worker's grids" is one rule.
import type { Role } from '../../../shared/auth/roles';
import type { ReadDb } from '../db/read-db';
import { holdsEveryGrid, townGrids } from './unit-grids';

/** The units the account's staff member is assigned to (any kind). */
export function staffUnits(db: ReadDb, userId: string | null): string[] {
  if (!userId) return [];
  const rows = db.cached('SELECT DISTINCT a.unit_id FROM user_account u JOIN staff_assignment a ON a.staff_id = u.staff_id WHERE u.id = ?')
    .all(userId) as { unit_id: string }[];
  return rows.map((r) => r.unit_id);
}

/** The grids a unit of any kind stands for (join condition on `g`, the grid, and `u`, the unit). */
const GRIDS_OF_UNIT = `g.kind = 'grid' AND (
         g.id = u.id OR g.parent_id = u.id OR g.id = u.parent_id
         OR g.id = (SELECT p.parent_id FROM org_unit p WHERE p.id = u.parent_id))`;

/**
 * The grids the account serves; null when an assignment is to the only town (every grid). An
 * account with no assignment serves no grid ([]). `today` (YYYY-MM-DD) adds the grids it covers
 * that day for a colleague on leave; null leaves cover out.
 */
export function servedGrids(db: ReadDb, userId: string | null, today: string | null): string[] | null {
  if (!userId) return [];
  const rows = db
    .cached(
      `SELECT DISTINCT u.id AS unit, u.kind AS kind, g.id AS grid
       FROM user_account acc
       JOIN staff_assignment a ON a.staff_id = acc.staff_id
       JOIN org_unit u ON u.id = a.unit_id
       LEFT JOIN org_unit g ON ${GRIDS_OF_UNIT}
       WHERE acc.id = ?`,
    )
    .all(userId) as { unit: string; kind: string; grid: string | null }[];
  const towns = [...new Set(rows.filter((r) => r.kind === 'town').map((r) => r.unit))];
  if (towns.some((t) => holdsEveryGrid(db, t))) return null;
  return [
    ...new Set([...rows.map((r) => r.grid).filter((g): g is string => !!g), ...towns.flatMap((t) => townGrids(db, t)), ...(today ? coveredGrids(db, userId, today) : [])]),
  ];
}

/**
 * Every staff member's grids through its assignments with the given team roles (the same
 * reading of a unit as servedGrids: a village means its grids), archived grids left out.
 */
export function staffGridMap(db: ReadDb, teamRoles: readonly string[]): Map<string, string[]> {
  // GRIDS_OF_UNIT's four readings as a union of index lookups: the OR in one join made SQLite
  // test every grid against every assignment (5 s for 2,000 grids and 6,000 assignments).
  const rows = db
    .cached(
      `WITH a AS (
         SELECT a.staff_id, u.id AS unit, u.parent_id AS parent FROM staff_assignment a JOIN org_unit u ON u.id = a.unit_id
         WHERE a.team_role IN (SELECT value FROM json_each(?))),
       candidate AS (
         SELECT staff_id, unit AS grid FROM a
         UNION ALL SELECT a.staff_id, c.id FROM a JOIN org_unit c ON c.parent_id = a.unit
         UNION ALL SELECT staff_id, parent FROM a WHERE parent IS NOT NULL
         UNION ALL SELECT a.staff_id, p.parent_id FROM a JOIN org_unit p ON p.id = a.parent WHERE p.parent_id IS NOT NULL)
       SELECT DISTINCT c.staff_id AS staff, g.id AS grid
       FROM candidate c JOIN org_unit g ON g.id = c.grid
       WHERE g.kind = 'grid' AND g.archived = 0
       ORDER BY g.code`,
    )
    .all(JSON.stringify(teamRoles)) as { staff: string; grid: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.staff);
    if (list) list.push(r.grid);
    else out.set(r.staff, [r.grid]);
  }
  return out;
}

/**
 * A/B cover (AB岗): while a worker covers for its partner (a leave in `staff_leave` naming it as
 * cover, routine/leaves.ts), the partner's grids are served too, from the leave's first day to
 * its last, on the day the caller asks (the core's clock, Shanghai date). This is the one place
 * they are added: every scope (cases, registry, routine, the session's grid list) asks
 * servedGrids, and the routine's own day-by-day rule (routine/work-logs.ts gridsOnDay) reads the
 * same leave rows.
 */
function coveredGrids(db: ReadDb, userId: string, today: string): string[] {
  const rows = db
    .cached(
      `SELECT DISTINCT g.id AS grid
       FROM user_account acc
       JOIN staff_leave l ON l.cover_staff_id = acc.staff_id AND l.cancelled = 0 AND l.from_date <= @today AND l.to_date >= @today
       JOIN staff_assignment a ON a.staff_id = l.staff_id
       JOIN org_unit u ON u.id = a.unit_id
       JOIN org_unit g ON ${GRIDS_OF_UNIT}
       WHERE acc.id = @userId AND g.archived = 0`,
    )
    .all({ userId, today }) as { grid: string }[];
  return rows.map((r) => r.grid);
}

/**
 * The grids an account's ledgers are limited to: a grid worker's served grids; null for every
 * other role (not limited by grid). The registry's scope and the signed-in user's grid list.
 */
export function accountGrids(db: ReadDb, userId: string, role: Role, today: string | null): string[] | null {
  return role === 'grid_worker' ? servedGrids(db, userId, today) : null;
}

/** Units and grids together: what a case's grid or assigned unit must be among to be served. */
export function servedUnitsAndGrids(db: ReadDb, userId: string | null, today: string | null): string[] | null {
  const grids = servedGrids(db, userId, today);
  if (grids === null) return null;
  return [...new Set([...staffUnits(db, userId), ...grids])];
}
