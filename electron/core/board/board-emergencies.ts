// The wall's alarm queue (emergency mode): every open 突发 case no desk has acknowledged, oldest
// first, with its grid, the neighbouring grids alerted, their teams by name and whether each
// team has acknowledged its alert. Wall-safe: category and building, never the caller's words.
import type { BoardEmergencies, BoardEmergency } from '../../../shared/board/board-alarm-types';
import { wallPlace, wallSubject } from '../../../shared/board/wall-text';
import { TEAM_ROLES } from '../../../shared/org/org-types';
import type { ReadDb } from '../db/read-db';
import { listAlerts } from '../cases/case-alerts';
import { unackedEmergencies } from '../cases/case-emergency';

/** At most this many emergencies in detail; `total` still counts them all. */
const SHOWN = 10;

const ROLE_ORDER = `CASE a.team_role ${TEAM_ROLES.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} ELSE ${TEAM_ROLES.length} END`;

/** The team of a grid by name, leader first. */
function teamOf(db: ReadDb, unitId: string): string[] {
  return db.cached(`SELECT s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id
       WHERE a.unit_id = ? AND s.archived = 0 ORDER BY ${ROLE_ORDER}, a.post, s.name`).pluck().all(unitId) as string[];
}

interface CaseRow {
  id: string;
  number: string;
  address: string;
  reporter_name: string | null;
  category_name: string | null;
  subcategory_name: string | null;
  grid_id: string | null;
  grid_name: string | null;
  village_name: string | null;
  received_at: number;
}

export function boardEmergencies(db: ReadDb, now: number): BoardEmergencies {
  const { total, rows } = unackedEmergencies(db, SHOWN);
  const items = rows.map((e): BoardEmergency => {
    const c = db.cached(`SELECT c.id, c.number, c.address, c.reporter_name, cat.name AS category_name, sub.name AS subcategory_name,
         c.grid_id, g.name AS grid_name, v.name AS village_name, c.received_at
       FROM case_record c LEFT JOIN org_unit g ON g.id = c.grid_id LEFT JOIN org_unit v ON v.id = c.village_id
         LEFT JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id
       WHERE c.id = ?`).get(e.id) as CaseRow;
    return {
      caseId: c.id,
      number: c.number,
      subject: wallSubject(c.category_name, c.subcategory_name),
      place: wallPlace(c.address, [c.reporter_name]),
      gridId: c.grid_id,
      gridName: c.grid_name,
      villageName: c.village_name,
      receivedAt: c.received_at,
      neighbours: listAlerts(db, { caseId: c.id, includeAcknowledged: true })
        .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
        .map((a) => ({
          gridId: a.unitId,
          gridName: a.unitName,
          responders: teamOf(db, a.unitId),
          acknowledgedAt: a.acknowledgedAt,
          acknowledgedByName: a.acknowledgedByName,
        })),
    };
  });
  return { generatedAt: new Date(now).toISOString(), total, items };
}
