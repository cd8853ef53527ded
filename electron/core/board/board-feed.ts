// The wall board's live feed (最新事件): the cases that moved last, newest first. Read through the
// (done, updated_at) index, once for open cases and once for finished ones, each stopping at the
// limit — never a scan of the whole case table (a county holds hundreds of thousands of cases).
import { BOARD_FEED_LIMIT } from '../../../shared/board/board-panel-api';
import type { BoardFeed } from '../../../shared/board/board-panel-types';
import { wallPlace, wallSubject } from '../../../shared/board/wall-text';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/cases/case-workflow';
import type { ReadDb } from '../db/read-db';

interface FeedRow {
  number: string;
  updated_at: number;
  received_at: number;
  category_name: string | null;
  subcategory_name: string | null;
  address: string;
  reporter_name: string | null;
  grid_name: string | null;
  village_name: string | null;
  status: CaseStatus;
  handling_type: string;
}

const latestOf = (done: 0 | 1) => `SELECT * FROM (SELECT rowid AS rid, updated_at FROM case_record WHERE done = ${done} ORDER BY updated_at DESC, rowid DESC LIMIT @limit)`;

export const FEED_SQL = `SELECT c.number, c.updated_at, c.received_at, cat.name AS category_name, sub.name AS subcategory_name, c.address, c.reporter_name,
    g.name AS grid_name, v.name AS village_name, c.status, c.handling_type
  FROM (${latestOf(0)} UNION ALL ${latestOf(1)}) l
    JOIN case_record c ON c.rowid = l.rid
    LEFT JOIN org_unit g ON g.id = c.grid_id LEFT JOIN org_unit v ON v.id = c.village_id
    LEFT JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id
  ORDER BY l.updated_at DESC, l.rid DESC LIMIT @limit`;

export function boardFeed(db: ReadDb, now: number, limit = BOARD_FEED_LIMIT): BoardFeed {
  const rows = db.cached(FEED_SQL).all({ limit }) as FeedRow[];
  return {
    generatedAt: new Date(now).toISOString(),
    items: rows.map((r) => ({
      number: r.number,
      movedAt: r.updated_at,
      receivedAt: r.received_at,
      subject: wallSubject(r.category_name, r.subcategory_name),
      place: wallPlace(r.address, [r.reporter_name]),
      gridName: r.grid_name,
      villageName: r.village_name,
      status: r.status,
      statusLabel: CASE_STATUS_LABELS[r.status],
      emergency: r.handling_type === 'emergency',
    })),
  };
}
