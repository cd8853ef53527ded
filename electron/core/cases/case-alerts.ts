// Emergency linkage (联动): a 突发性 case alerts the teams of the grids next to its grid
// (table grid_neighbor). Alerts are acknowledged by the neighbouring team.
import { ulid } from 'ulid';
import type { CaseAlertRow } from '../../../shared/cases/case-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

/** The grids sharing a border with `gridId` (neighbour rows may be stored in either direction). */
export function neighbourGrids(db: ReadDb, gridId: string): { id: string; name: string }[] {
  return db.cached(`SELECT u.id, u.name FROM org_unit u
       WHERE u.archived = 0 AND u.id <> @grid AND u.id IN (
         SELECT neighbor_id FROM grid_neighbor WHERE unit_id = @grid
         UNION SELECT unit_id FROM grid_neighbor WHERE neighbor_id = @grid)
       ORDER BY u.code`,
    )
    .all({ grid: gridId }) as { id: string; name: string }[];
}

/** Writes one alert per neighbouring grid; returns their names (empty when the case has no grid or no neighbours). */
export function writeAlerts(tx: WriteTx, caseId: string, gridId: string | null, at: number): string[] {
  if (!gridId) return [];
  const already = tx.db.cached('SELECT 1 FROM case_alert WHERE case_id = ? LIMIT 1').get(caseId);
  if (already) return [];
  const units = neighbourGrids(tx.db, gridId);
  for (const u of units) tx.insert('case_alert', { id: ulid(), case_id: caseId, unit_id: u.id, source_unit_id: gridId, created_at: at });
  return units.map((u) => u.name);
}

interface AlertDbRow {
  id: string;
  case_id: string;
  case_number: string;
  case_title: string;
  unit_id: string;
  unit_name: string;
  source_unit_id: string | null;
  source_unit_name: string | null;
  created_at: number;
  acknowledged_at: number | null;
  acknowledged_by_name: string | null;
}

const ALERT_SELECT = `SELECT a.id, a.case_id, c.number AS case_number, c.title AS case_title, a.unit_id, u.name AS unit_name,
  a.source_unit_id, s.name AS source_unit_name, a.created_at, a.acknowledged_at, a.acknowledged_by_name
  FROM case_alert a JOIN case_record c ON c.id = a.case_id JOIN org_unit u ON u.id = a.unit_id LEFT JOIN org_unit s ON s.id = a.source_unit_id`;

function toAlert(r: AlertDbRow): CaseAlertRow {
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    caseTitle: r.case_title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    sourceUnitId: r.source_unit_id,
    sourceUnitName: r.source_unit_name,
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedByName: r.acknowledged_by_name,
  };
}

export interface AlertQuery {
  caseId?: string;
  unitId?: string;
  /** Only alerts to these units (a grid worker's own); undefined for all. */
  units?: readonly string[];
  includeAcknowledged?: boolean;
  limit?: number;
}

export function listAlerts(db: ReadDb, opts: AlertQuery): CaseAlertRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: opts.limit ?? 500 };
  if (opts.caseId) {
    where.push('a.case_id = @caseId');
    params.caseId = opts.caseId;
  }
  if (opts.unitId) {
    where.push('a.unit_id = @unitId');
    params.unitId = opts.unitId;
  }
  if (opts.units) {
    where.push('a.unit_id IN (SELECT value FROM json_each(@units))');
    params.units = JSON.stringify(opts.units);
  }
  if (!opts.includeAcknowledged) where.push('a.acknowledged_at IS NULL');
  const rows = db.cached(`${ALERT_SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.created_at DESC, a.id LIMIT @limit`).all(params) as AlertDbRow[];
  return rows.map(toAlert);
}

/** `units`: the units the acting grid worker serves (they may acknowledge only those); undefined for other roles. */
export function acknowledgeAlert(tx: WriteTx, id: string, actor: { id: string | null; name: string }, at: number, units?: readonly string[]): CaseAlertRow {
  const row = tx.db.cached('SELECT acknowledged_at, unit_id FROM case_alert WHERE id = ?').get(id) as { acknowledged_at: number | null; unit_id: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '联动通报不存在');
  if (units && !units.includes(row.unit_id)) throw new AppError('FORBIDDEN', '只能确认本人所在网格收到的联动通报');
  if (row.acknowledged_at !== null) throw new AppError('INVALID_STATE', '该联动通报已签收');
  tx.update('case_alert', id, { acknowledged_at: at, acknowledged_by: actor.id, acknowledged_by_name: actor.name });
  return toAlert(tx.db.cached(`${ALERT_SELECT} WHERE a.id = ?`).get(id) as AlertDbRow);
}
