// The figures of 入户核实 (docs/routine.md) — the one place the verification view and the
// assessment read them from: per class in an area, the sampling rate achieved against the one
// configured; per worker, grid and village over any period up to a year, the outcomes of their
// drawn visits and the 入户核实属实率 (属实 / (属实 + 不属实)). A visit counts in the period of
// its visit date, whenever it was checked.
import type { ClassSampling, VerificationOutcome, VerificationRates, WorkerVerification } from '../../../shared/routine/verification-types';
import { HOUSEHOLD_CLASSES } from '../../../shared/routine/verification-types';
import type { ReadDb } from '../db/read-db';
import { checkPeriod, type Period } from './routine-queries';
import { requiredCount } from './verification-sample';
import { inArea } from './verifications';

export interface VerificationTotals {
  drawn: number;
  accurate: number;
  inaccurate: number;
  unverified: number;
  /** Drawn, outcome not yet recorded. */
  pending: number;
  /** 属实 / (属实 + 不属实); null when none was verified. */
  trueRate: number | null;
}

const emptyTotals = (): VerificationTotals => ({ drawn: 0, accurate: 0, inaccurate: 0, unverified: 0, pending: 0, trueRate: null });

/** The outcomes of a verified visit: the 属实率's denominator (未核实 and pending ones are not). */
export const VERIFIED_OUTCOMES: readonly VerificationOutcome[] = ['accurate', 'inaccurate'];

function addOutcome(t: VerificationTotals, outcome: VerificationOutcome | null, n: number): void {
  t.drawn += n;
  if (outcome === null) t.pending += n;
  else t[outcome] += n;
  const verified = VERIFIED_OUTCOMES.reduce((sum, o) => sum + t[o], 0);
  t.trueRate = verified === 0 ? null : t.accurate / verified;
}

interface CountRow {
  staff_id: string;
  grid_id: string;
  village_id: string | null;
  cls: number;
  outcome: VerificationOutcome | null;
  drawn: number;
  n: number;
}

/** Who a drawn visit counts for: its worker (the visit's staff member), its grid (the household's at the visit), its village. */
export type VerificationSubject = 'worker' | 'grid' | 'village';

interface SubjectKeys {
  staff_id: string;
  grid_id: string;
  village_id: string | null;
}

const SUBJECT_KEY: Record<VerificationSubject, (r: SubjectKeys) => string | null> = { worker: (r) => r.staff_id, grid: (r) => r.grid_id, village: (r) => r.village_id };

/**
 * Visits and drawn visits per worker, grid and class over the period, with the outcome, in the
 * area (null: the whole town). `drawn` is 0 on the row of the visits not drawn.
 */
function countRows(db: ReadDb, period: Period, gridIds: readonly string[] | null): CountRow[] {
  checkPeriod(period);
  const area = inArea(gridIds, period.from, period.to);
  return db
    .cached(
      `SELECT v.staff_id, v.grid_id, g.parent_id AS village_id, v.household_class AS cls, vv.outcome, vv.id IS NOT NULL AS drawn, count(*) AS n
       FROM household_visit v
       LEFT JOIN visit_verification vv ON vv.visit_id = v.id
       LEFT JOIN org_unit g ON g.id = v.grid_id
       WHERE ${area.sql}
       GROUP BY v.staff_id, v.grid_id, v.household_class, vv.outcome, vv.id IS NOT NULL`,
    )
    .all(area.params) as CountRow[];
}

/** Per class in the area over the period (a quarter): visits, the count the rate requires, the sample and its outcomes. */
export function classSampling(db: ReadDb, period: Period, gridIds: readonly string[] | null, rates: VerificationRates): ClassSampling[] {
  const rows = countRows(db, period, gridIds);
  return HOUSEHOLD_CLASSES.map((c): ClassSampling => {
    const t = emptyTotals();
    let visits = 0;
    for (const r of rows) {
      if (r.cls !== c) continue;
      visits += r.n;
      if (r.drawn) addOutcome(t, r.outcome, r.n);
    }
    const ratePct = rates[`class${c}`];
    const required = requiredCount(visits, ratePct);
    const checked = t.accurate + t.inaccurate;
    return {
      householdClass: c,
      visits,
      ratePct,
      required,
      drawn: t.drawn,
      accurate: t.accurate,
      inaccurate: t.inaccurate,
      unverified: t.unverified,
      pending: t.pending,
      achievedRate: visits === 0 ? 1 : checked / visits,
      met: checked >= required,
    };
  });
}

function groupBy(rows: readonly CountRow[], keyOf: (r: CountRow) => string | null): Map<string, VerificationTotals> {
  const out = new Map<string, VerificationTotals>();
  for (const r of rows) {
    const key = keyOf(r);
    if (!r.drawn || key === null) continue;
    let t = out.get(key);
    if (!t) out.set(key, (t = emptyTotals()));
    addOutcome(t, r.outcome, r.n);
  }
  return out;
}

/** Per worker (the visit's staff member): the outcomes of its drawn visits and its 属实率. */
export function verificationByWorker(db: ReadDb, period: Period, gridIds: readonly string[] | null = null): Map<string, VerificationTotals> {
  return groupBy(countRows(db, period, gridIds), SUBJECT_KEY.worker);
}

/** Per grid (the household's grid at the visit). */
export function verificationByGrid(db: ReadDb, period: Period): Map<string, VerificationTotals> {
  return groupBy(countRows(db, period, null), SUBJECT_KEY.grid);
}

/** Per village/community: its grids' figures summed. */
export function verificationByVillage(db: ReadDb, period: Period): Map<string, VerificationTotals> {
  return groupBy(countRows(db, period, null), SUBJECT_KEY.village);
}

export interface DrawnVisit {
  visitId: string;
  visitDate: string;
  staffName: string;
  householdId: string;
  householdNo: string;
  headName: string | null;
  outcome: VerificationOutcome | null;
}

/** The drawn visits of the period one subject's figures count (the same visits and keys as the per-subject figures), by date. */
export function drawnVisitsOf(db: ReadDb, period: Period, subject: VerificationSubject, subjectId: string): DrawnVisit[] {
  checkPeriod(period);
  const area = inArea(null, period.from, period.to);
  const rows = db
    .cached(
      `SELECT v.id AS visitId, v.visit_date AS visitDate, s.name AS staffName, v.household_id AS householdId, hh.household_no AS householdNo,
              head.name AS headName, vv.outcome, v.staff_id, v.grid_id, g.parent_id AS village_id
       FROM household_visit v
       JOIN visit_verification vv ON vv.visit_id = v.id
       LEFT JOIN org_unit g ON g.id = v.grid_id
       LEFT JOIN staff s ON s.id = v.staff_id
       LEFT JOIN household hh ON hh.id = v.household_id
       LEFT JOIN person head ON head.id = hh.head_person_id
       WHERE ${area.sql}
       ORDER BY v.visit_date, v.id`,
    )
    .all(area.params) as (DrawnVisit & SubjectKeys)[];
  return rows
    .filter((r) => SUBJECT_KEY[subject](r) === subjectId)
    .map((r) => ({ visitId: r.visitId, visitDate: r.visitDate, staffName: r.staffName ?? '', householdId: r.householdId, householdNo: r.householdNo ?? '', headName: r.headName, outcome: r.outcome }));
}

/** The area's workers with drawn visits in the period, by name. */
export function workerVerifications(db: ReadDb, period: Period, gridIds: readonly string[] | null): WorkerVerification[] {
  const byWorker = verificationByWorker(db, period, gridIds);
  const names = new Map(
    (db.cached('SELECT id, name FROM staff WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...byWorker.keys()])) as { id: string; name: string }[]).map(
      (s) => [s.id, s.name],
    ),
  );
  return [...byWorker]
    .map(([staffId, t]): WorkerVerification => ({ staffId, name: names.get(staffId) ?? '', ...t }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.staffId.localeCompare(b.staffId));
}
