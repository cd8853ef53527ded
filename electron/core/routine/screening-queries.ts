// The dispute screening's figures per grid, village and half month — the one place the
// screening table, the supervisor's missing list and the assessment (排查完成率) read them from.
// A half month of a grid is done with a screening recorded for it; missing once it is over
// with none; open while it runs (due only once done); future before it starts.
import { halfMonthLabel, halfMonthRange, halfMonthsBetween } from '../../../shared/routine/half-month';
import type { ScreeningCell, ScreeningRow, ScreeningTable, ScreeningTotals } from '../../../shared/routine/screening-types';
import { shanghaiDate } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { checkPeriod, type Period } from './routine-queries';
import { allWorkers } from './routine-scope';

interface GridRow {
  id: string;
  name: string;
  village_id: string;
  village_name: string;
}

/** Recorded after its half month ended (补录). */
function recordedLate(period: string, at: number): boolean {
  return shanghaiDate(at) > halfMonthRange(period).to;
}

/** One grid's half month: the rule of done / missing / open / future. */
export function screeningCell(period: string, today: string, found: { id: string; screen_date: string; created_at: number; disputes: number } | undefined): ScreeningCell {
  const { from, to } = halfMonthRange(period);
  if (found) return { period, mark: 'done', screeningId: found.id, screenDate: found.screen_date, disputes: found.disputes, late: recordedLate(period, found.created_at) };
  const mark = to < today ? 'missing' : from <= today ? 'open' : 'future';
  return { period, mark, screeningId: null, screenDate: null, disputes: 0, late: false };
}

/** The one place a half month counts: due once over (or once done), done with a screening. */
export const SCREENING_COUNTS = {
  due: (c: ScreeningCell) => c.mark === 'done' || c.mark === 'missing',
  done: (c: ScreeningCell) => c.mark === 'done',
} as const;

/** Totals over a grid's cells: due = finished half months, and the running one once done. */
export function screeningTotals(cells: readonly ScreeningCell[]): ScreeningTotals {
  let done = 0;
  let due = 0;
  let disputes = 0;
  for (const c of cells) {
    if (SCREENING_COUNTS.due(c)) due++;
    if (SCREENING_COUNTS.done(c)) {
      done++;
      disputes += c.disputes;
    }
  }
  return { due, done, missing: due - done, disputes, rate: due === 0 ? 1 : done / due };
}

/**
 * The screening table (grids × half months touching [from, to]) of the given grids (null: every
 * active grid), optionally narrowed to a village or a grid.
 */
export function screeningRows(db: ReadDb, period: Period, today: string, grids: readonly string[] | null, narrow: { villageId?: string; gridId?: string } = {}): ScreeningTable {
  checkPeriod(period);
  const periods = halfMonthsBetween(period.from, period.to);
  const allowed = grids ? new Set(grids) : null;
  const gridRows = (
    db
      .cached(
        `SELECT g.id, g.name, v.id AS village_id, v.name AS village_name FROM org_unit g JOIN org_unit v ON v.id = g.parent_id
         WHERE g.kind = 'grid' AND g.archived = 0 ORDER BY g.code`,
      )
      .all() as GridRow[]
  ).filter((g) => (!allowed || allowed.has(g.id)) && (!narrow.gridId || g.id === narrow.gridId) && (!narrow.villageId || g.village_id === narrow.villageId));
  const found = new Map<string, { id: string; screen_date: string; created_at: number; disputes: number }>();
  const rows = db
    .cached(
      `SELECT s.id, s.grid_id, s.period, s.screen_date, s.created_at,
         (SELECT count(*) FROM dispute d WHERE d.screening_id = s.id AND d.archived = 0) AS disputes
       FROM dispute_screening s WHERE s.period BETWEEN ? AND ? ORDER BY s.id`,
    )
    .all(periods[0], periods[periods.length - 1]) as { id: string; grid_id: string; period: string; screen_date: string; created_at: number; disputes: number }[];
  for (const r of rows) {
    const key = `${r.grid_id}|${r.period}`;
    if (!found.has(key)) found.set(key, r);
  }
  const out: ScreeningRow[] = gridRows.map((g) => {
    const cells = periods.map((p) => screeningCell(p, today, found.get(`${g.id}|${p}`)));
    return { gridId: g.id, gridName: g.name, villageId: g.village_id, villageName: g.village_name, cells, totals: screeningTotals(cells) };
  });
  return {
    from: period.from,
    to: period.to,
    today,
    periods: periods.map((p) => ({ period: p, label: halfMonthLabel(p), ...halfMonthRange(p) })),
    rows: out,
  };
}

/** Per grid: half months due, done, missing, disputes found and the rate (排查完成率), for the period. */
export function gridScreeningStats(db: ReadDb, period: Period, today: string): Map<string, ScreeningTotals> {
  return new Map(screeningRows(db, period, today, null).rows.map((r) => [r.gridId, r.totals]));
}

function sumTotals(into: ScreeningTotals, t: ScreeningTotals): void {
  into.due += t.due;
  into.done += t.done;
  into.missing += t.missing;
  into.disputes += t.disputes;
  into.rate = into.due === 0 ? 1 : into.done / into.due;
}

const emptyTotals = (): ScreeningTotals => ({ due: 0, done: 0, missing: 0, disputes: 0, rate: 1 });

/** Per worker: the screening figures of the grids it serves, summed (an A/B pair shares its grid's). */
export function workerScreeningStats(db: ReadDb, period: Period, today: string): Map<string, ScreeningTotals> {
  const grids = gridScreeningStats(db, period, today);
  const out = new Map<string, ScreeningTotals>();
  for (const w of allWorkers(db)) {
    const t = emptyTotals();
    for (const g of w.grids) {
      const gt = grids.get(g.id);
      if (gt) sumTotals(t, gt);
    }
    out.set(w.staffId, t);
  }
  return out;
}

/** Per village/community: its grids' screening figures summed. */
export function villageScreeningStats(db: ReadDb, period: Period, today: string): Map<string, ScreeningTotals> {
  const out = new Map<string, ScreeningTotals>();
  for (const r of screeningRows(db, period, today, null).rows) {
    const v = out.get(r.villageId) ?? emptyTotals();
    sumTotals(v, r.totals);
    out.set(r.villageId, v);
  }
  return out;
}
