// The wall's grid map (网格地图 panel): the units' boundaries, read apart from the counts because
// they change rarely, and per-grid open and overdue case counts with the grids in emergency.
import type { BoardMapShapes, BoardMapState, MapUnit } from '../../../shared/board/board-alarm-types';
import { ACTIVE_STATUSES } from '../../../shared/cases/case-workflow';
import type { ReadDb } from '../db/read-db';
import { UNACKED_EMERGENCY, UNACKED_EMERGENCY_FROM } from '../cases/case-emergency';

const ACTIVE = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Villages, communities and grids with their boundary (archived ones left out). */
export function mapShapes(db: ReadDb): BoardMapShapes {
  // As arrays, made into objects here: better-sqlite3 builds row objects key by key (a county's 2,100 units).
  const rows = db
    .cached(`SELECT id, parent_id, kind, name, boundary FROM org_unit
       WHERE archived = 0 AND kind IN ('village', 'community', 'grid') ORDER BY code`)
    .raw()
    .all() as [string, string | null, MapUnit['kind'], string, string | null][];
  return { units: rows.map(([id, parentId, kind, name, boundary]) => ({ id, parentId, kind, name, boundary, archived: false })) };
}

/** Open cases per grid (from the covering index over the open cases, migration 0026), overdue among them, and the emergency and alerted grids. */
export const GRID_COUNTS_SQL = `SELECT c.grid_id AS gridId, count(*) AS open, coalesce(sum(c.status IN ${ACTIVE} AND c.deadline_at < @now), 0) AS overdue
  FROM case_record c INDEXED BY case_open_figures WHERE c.stage < 80 AND c.grid_id IS NOT NULL GROUP BY c.grid_id`;

export function mapState(db: ReadDb, now: number): BoardMapState {
  const grids = (db.cached(GRID_COUNTS_SQL).raw().all({ now }) as [string, number, number][]).map(([gridId, open, overdue]) => ({ gridId, open, overdue }));
  const emergencies = db.cached(`SELECT c.id, c.grid_id FROM ${UNACKED_EMERGENCY_FROM} WHERE ${UNACKED_EMERGENCY}`).all() as { id: string; grid_id: string | null }[];
  const emergencyGridIds = [...new Set(emergencies.map((e) => e.grid_id).filter((g): g is string => !!g))];
  const alerted = emergencies.length
    ? (db.cached('SELECT DISTINCT unit_id FROM case_alert WHERE case_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(emergencies.map((e) => e.id))) as string[])
    : [];
  return {
    generatedAt: new Date(now).toISOString(),
    grids,
    emergencyGridIds,
    alertedGridIds: alerted.filter((g) => !emergencyGridIds.includes(g)).sort(),
  };
}
