// Case figures for the wall board (指挥大屏). Counts, case numbers, categories and places down
// to the building — never a title or note as typed, never a name, ID or phone number.
import type { BoardCaseItem, BoardCases } from '../../../shared/board/board-cases-types';
import { wallPlace, wallSubject } from '../../../shared/board/wall-text';
import { ACTIVE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { calendarStatus } from '../calendar/calendar-handlers';
import { listAlerts } from '../cases/case-alerts';
import { dueWindow, overdueWorkingDays } from '../cases/sla-deadline';
import { dayOf, tallyByDay, tallyTotal } from '../cases/case-counts';

const ACTIVE = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const TREND_DAYS = 14;

/**
 * Open and overdue cases per category and village, in one walk of the covering index over the
 * open cases alone (its order is category, village: no sorting), as arrays.
 */
const OPEN_FIGURES = `SELECT c.category_id, c.village_id, count(*) AS open, sum(c.status IN ${ACTIVE} AND c.deadline_at < @now) AS overdue
  FROM case_record c INDEXED BY case_open_figures WHERE c.stage < 80 GROUP BY c.category_id, c.village_id`;
const TOP = 10;

interface ItemRow {
  number: string;
  subcategory_name: string | null;
  address: string;
  reporter_name: string | null;
  grid_name: string | null;
  village_name: string | null;
  category_name: string | null;
  status: CaseStatus;
  deadline_at: number;
  supervised: number;
}

const ITEM_SELECT = `SELECT c.number, sub.name AS subcategory_name, c.address, c.reporter_name, g.name AS grid_name, v.name AS village_name,
    cat.name AS category_name, c.status, c.deadline_at, c.supervised
  FROM case_record c LEFT JOIN org_unit g ON g.id = c.grid_id LEFT JOIN org_unit v ON v.id = c.village_id
    LEFT JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id`;

/** Subject and place of a case for the wall (the emergency banner too). */
function wallCase(db: ReadDb, caseId: string): { subject: string; place: string } {
  const r = db.cached(`SELECT cat.name AS category_name, sub.name AS subcategory_name, c.address, c.reporter_name
       FROM case_record c LEFT JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id
       WHERE c.id = ?`).get(caseId) as Pick<ItemRow, 'category_name' | 'subcategory_name' | 'address' | 'reporter_name'> | undefined;
  return r ? { subject: wallSubject(r.category_name, r.subcategory_name), place: wallPlace(r.address, [r.reporter_name]) } : { subject: '', place: '' };
}

export function boardCases(db: ReadDb, now: number): BoardCases {
  const w = dueWindow(db, now);
  const count = (where: string, params: Record<string, number> = {}) => (db.cached(`SELECT count(*) AS n FROM case_record c WHERE ${where}`).get(params) as { n: number }).n;
  const today = shanghaiDate(now);
  const dayEnd = shanghaiInstant(addDays(today, 1)).getTime();
  const year = Number(today.slice(0, 4));
  const yearStart = shanghaiInstant(`${year}-01-01`).getTime();

  // closed_at is set only while a case is closed (a reopen clears it): the tallies by day closed
  // (case_tally, migrations 0022-0023) hold the year's closed cases, and those closed on time.
  const yearDay = dayOf(yearStart);
  const endDay = dayOf(dayEnd);
  const closedYear = { closed: tallyTotal(db, 'closed_day', yearDay, endDay + 36_500), on_time: tallyTotal(db, 'closed_on_time_day', yearDay, endDay + 36_500) };

  // The open cases grouped once, from the covering index case_open_figures (migration 0026).
  const open = { category: new Map<string, { open: number; overdue: number }>(), village: new Map<string, { open: number; overdue: number }>() };
  const tally = (m: Map<string, { open: number; overdue: number }>, key: string | null, n: number, late: number) => {
    if (key === null) return;
    const t = m.get(key);
    if (t) {
      t.open += n;
      t.overdue += late;
    } else m.set(key, { open: n, overdue: late });
  };
  for (const [category, village, n, late] of db.cached(OPEN_FIGURES).raw().all({ now }) as [string | null, string | null, number, number][]) {
    tally(open.category, category, n, late);
    tally(open.village, village, n, late);
  }
  const withOpen = (m: Map<string, { open: number; overdue: number }>) => ([id, name]: [string, string]) => ({ id, name, open: m.get(id)?.open ?? 0, overdue: m.get(id)?.overdue ?? 0 });
  const byCategory = (db.cached('SELECT id, name FROM case_category WHERE parent_id IS NULL AND archived = 0 ORDER BY sort_order').raw().all() as [string, string][]).map(
    withOpen(open.category),
  );
  const byVillage = (db.cached("SELECT id, name FROM org_unit WHERE kind IN ('village', 'community') AND archived = 0 ORDER BY code").raw().all() as [string, string][]).map(
    withOpen(open.village),
  );

  const firstDay = addDays(today, -(TREND_DAYS - 1));
  const from = shanghaiInstant(firstDay).getTime();
  const created = tallyByDay(db, 'day', dayOf(from), endDay);
  const closed = tallyByDay(db, 'closed_day', dayOf(from), endDay);
  const trend = Array.from({ length: TREND_DAYS }, (_, i) => {
    const day = dayOf(from) + i;
    return { date: addDays(firstDay, i), created: created.get(day) ?? 0, closed: closed.get(day) ?? 0 };
  });

  const item = (r: ItemRow): BoardCaseItem => ({
    number: r.number,
    subject: wallSubject(r.category_name, r.subcategory_name),
    place: wallPlace(r.address, [r.reporter_name]),
    gridName: r.grid_name,
    villageName: r.village_name,
    categoryName: r.category_name ?? '',
    statusLabel: CASE_STATUS_LABELS[r.status],
    deadlineAt: r.deadline_at,
    overdueWorkingDays: overdueWorkingDays(db, r.deadline_at, now),
    supervised: r.supervised === 1,
  });
  // The ten chosen from the (status, deadline_at) index alone, then only they are joined (joining
  // every overdue case before sorting read a county's thousands of overdue cases row by row).
  const topOverdue = (db.cached(`${ITEM_SELECT} WHERE c.rowid IN (SELECT rowid FROM case_record WHERE status IN ${ACTIVE} AND deadline_at < ? ORDER BY deadline_at LIMIT ${TOP})
       ORDER BY c.deadline_at`).all(now) as ItemRow[]).map(item);
  const topSupervised = (db.cached(`${ITEM_SELECT} WHERE c.supervised = 1 AND c.done = 0 ORDER BY c.deadline_at LIMIT ${TOP}`).all() as ItemRow[]).map(item);

  return {
    generatedAt: new Date(now).toISOString(),
    today: { created: trend[TREND_DAYS - 1]!.created, closed: trend[TREND_DAYS - 1]!.closed },
    open: (db.cached("SELECT coalesce(sum(t.n), 0) AS n FROM case_tally t WHERE t.facet = 'all' AND t.key = '' AND t.done = 0").get() as { n: number }).n,
    overdue: count(`c.status IN ${ACTIVE} AND c.deadline_at < @now`, { now }),
    dueSoon: count(`c.status IN ${ACTIVE} AND c.deadline_at >= @now AND c.deadline_at < @soon`, { now, soon: w.soonUntil }),
    supervised: count('c.supervised = 1 AND c.done = 0'),
    closedOnTime: {
      year,
      closed: closedYear.closed,
      onTime: closedYear.on_time,
      rate: closedYear.closed ? Math.round((closedYear.on_time / closedYear.closed) * 1000) / 1000 : null,
    },
    byCategory,
    byVillage,
    trend,
    topOverdue,
    topSupervised,
    alerts: listAlerts(db, { limit: TOP }).map((a) => {
      const c = wallCase(db, a.caseId);
      return {
      caseNumber: a.caseNumber,
      caseSubject: c.subject,
      casePlace: c.place,
      unitName: a.unitName,
      sourceUnitName: a.sourceUnitName,
      createdAt: a.createdAt,
      };
    }),
    calendarWarning: calendarStatus(db, now).warning,
  };
}
