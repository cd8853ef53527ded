// The visit plan's figures per worker, grid and village over a period, and each household's
// standing today — the one place the 走访 screen, the record pages and the assessment read
// visits due, done and overdue by class from. The rule itself is visit-rules.ts; the classes
// shared/routine/visit-classes.ts.
//
// Which households: those of the grids (not archived); a worker's are those of the grids it
// serves (shared with its A/B partner: a visit by either counts for the household). The class
// is the household's today (or on the period's last day, for a past period).
import { CLASS_OF_KIND, DEFAULT_VISIT_PLAN, householdClassKind, VISIT_CLASS_KINDS, type ClassMember, type HouseholdClass, type VisitClassKind, type VisitPlanSettings } from '../../../shared/routine/visit-classes';
import type { PlanHousehold, VisitStatsRow, VisitTotals } from '../../../shared/routine/visit-types';
import { addDays } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { readSetting, SETTING_KEYS } from '../settings/settings-repo';
import { checkPeriod, type Period } from './routine-queries';
import { allWorkers } from './routine-scope';
import { figuresOf, periodOf, standingOf } from './visit-rules';

/** The town's visit frequencies: the administrator's setting, defaults for what it lacks. */
export function visitPlanSettings(db: ReadDb): VisitPlanSettings {
  const stored = readSetting<Partial<VisitPlanSettings>>(db, SETTING_KEYS.visitPlan, {});
  return {
    rules: Object.fromEntries(VISIT_CLASS_KINDS.map((k) => [k, stored.rules?.[k] ?? DEFAULT_VISIT_PLAN.rules[k]])) as VisitPlanSettings['rules'],
    yearly: stored.yearly ?? DEFAULT_VISIT_PLAN.yearly,
  };
}

export interface HouseholdFact {
  id: string;
  householdNo: string;
  headName: string | null;
  address: string | null;
  gridId: string;
  kind: VisitClassKind;
}

const inGrids = (grids: readonly string[] | null, column: string) => (grids ? `AND ${column} IN (SELECT value FROM json_each(@grids))` : '');

/** The households of the grids (null: the town), each with its class kind on `date`. */
export function loadHouseholds(db: ReadDb, grids: readonly string[] | null, date: string): HouseholdFact[] {
  const params = grids ? { grids: JSON.stringify(grids) } : {};
  const rows = db
    .prepare(
      `SELECT hh.id, hh.household_no, hh.address, hh.grid_id, head.name AS head_name FROM household hh
       LEFT JOIN person head ON head.id = hh.head_person_id
       WHERE hh.archived = 0 ${inGrids(grids, 'hh.grid_id')} ORDER BY hh.household_no, hh.id`,
    )
    .all(params) as { id: string; household_no: string; address: string | null; grid_id: string; head_name: string | null }[];
  const members = new Map<string, ClassMember[]>();
  const people = db
    .prepare(
      `SELECT p.household_id, p.care_tags, p.birth_date FROM person p JOIN household hh ON hh.id = p.household_id
       WHERE p.archived = 0 AND hh.archived = 0 ${inGrids(grids, 'hh.grid_id')}`,
    )
    .all(params) as { household_id: string; care_tags: string | null; birth_date: string | null }[];
  for (const p of people) {
    const m: ClassMember = { careTags: parseTags(p.care_tags), birthDate: p.birth_date };
    const list = members.get(p.household_id);
    if (list) list.push(m);
    else members.set(p.household_id, [m]);
  }
  return rows.map((r) => ({
    id: r.id,
    householdNo: r.household_no,
    headName: r.head_name,
    address: r.address,
    gridId: r.grid_id,
    kind: householdClassKind(members.get(r.id) ?? [], date),
  }));
}

function parseTags(text: string | null): string[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/** The class kind of one household on `date` (what a visit records). */
export function classKindOf(db: ReadDb, householdId: string, date: string): VisitClassKind {
  const members = (
    db.cached('SELECT care_tags, birth_date FROM person WHERE household_id = ? AND archived = 0').all(householdId) as { care_tags: string | null; birth_date: string | null }[]
  ).map((p) => ({ careTags: parseTags(p.care_tags), birthDate: p.birth_date }));
  return householdClassKind(members, date);
}

interface VisitFact {
  date: string;
  staffId: string;
}

/** Each household's visits within [from, to], by date, for the households of the grids. */
function loadVisits(db: ReadDb, grids: readonly string[] | null, from: string, to: string): Map<string, VisitFact[]> {
  const rows = db
    .prepare(
      `SELECT v.household_id, v.visit_date, v.staff_id FROM household_visit v JOIN household hh ON hh.id = v.household_id
       WHERE v.visit_date BETWEEN @from AND @to AND hh.archived = 0 ${inGrids(grids, 'hh.grid_id')} ORDER BY v.visit_date, v.id`,
    )
    .all({ from, to, ...(grids ? { grids: JSON.stringify(grids) } : {}) }) as { household_id: string; visit_date: string; staff_id: string }[];
  const out = new Map<string, VisitFact[]>();
  for (const r of rows) {
    const v = { date: r.visit_date, staffId: r.staff_id };
    const list = out.get(r.household_id);
    if (list) list.push(v);
    else out.set(r.household_id, [v]);
  }
  return out;
}

/** The households of the grids with their standing on `today`: overdue first, then by the planned date. */
export function visitPlan(db: ReadDb, grids: readonly string[] | null, today: string, plan = visitPlanSettings(db)): PlanHousehold[] {
  const households = loadHouseholds(db, grids, today);
  // The rules look back at most to the previous calendar year (the yearly floor).
  const visits = loadVisits(db, grids, periodOf('year', addDays(periodOf('year', today).start, -1)).start, today);
  const gridNames = new Map((db.cached("SELECT id, name FROM org_unit WHERE kind = 'grid'").all() as { id: string; name: string }[]).map((g) => [g.id, g.name]));
  const staffNames = new Map((db.cached('SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]));
  const rank = { overdue: 0, due: 1, done: 2 } as const;
  return households
    .map((h): PlanHousehold => {
      const list = visits.get(h.id) ?? [];
      const s = standingOf(
        plan,
        h.kind,
        list.map((v) => v.date),
        today,
      );
      const last = list[list.length - 1];
      return {
        householdId: h.id,
        householdNo: h.householdNo,
        headName: h.headName,
        address: h.address,
        gridId: h.gridId,
        gridName: gridNames.get(h.gridId) ?? '',
        classKind: h.kind,
        householdClass: CLASS_OF_KIND[h.kind],
        status: s.status,
        rule: plan.rules[h.kind],
        periodStart: s.period.start,
        periodEnd: s.period.end,
        done: s.done,
        required: s.required,
        nextBy: s.nextBy,
        missed: s.missed,
        lastVisit: last?.date ?? null,
        lastVisitBy: last ? (staffNames.get(last.staffId) ?? null) : null,
      };
    })
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.nextBy ?? '9').localeCompare(b.nextBy ?? '9') || a.householdNo.localeCompare(b.householdNo));
}

const emptyTotals = (): VisitTotals => ({ households: 0, required: 0, done: 0, missed: 0, short: 0, yearlyShort: 0, open: 0, visits: 0, rate: 1 });

export interface VisitFigures {
  total: VisitTotals;
  byClass: Record<HouseholdClass, VisitTotals>;
}

const emptyFigures = (): VisitFigures => ({ total: emptyTotals(), byClass: { 1: emptyTotals(), 2: emptyTotals(), 3: emptyTotals() } });

function finish(f: VisitFigures): VisitFigures {
  for (const t of [f.total, f.byClass[1], f.byClass[2], f.byClass[3]]) {
    t.missed = t.required - t.done;
    t.rate = t.required === 0 ? 1 : t.done / t.required;
  }
  return f;
}

/**
 * Each household's figures over the period, with its grid, class and visit dates (what the
 * assessment's drill-down lists the counted periods from, with the same plan).
 */
export function householdFigures(db: ReadDb, period: Period, today: string, plan = visitPlanSettings(db)) {
  checkPeriod(period);
  const asOf = period.to < today ? period.to : today;
  const households = loadHouseholds(db, null, asOf);
  const visits = loadVisits(db, null, period.from, period.to);
  return households.map((h) => {
    const dates = (visits.get(h.id) ?? []).map((v) => v.date);
    return { household: h, cls: CLASS_OF_KIND[h.kind], dates, figures: figuresOf(plan, h.kind, dates, period.from, period.to, today) };
  });
}

export type HouseholdFigure = ReturnType<typeof householdFigures>[number];

/**
 * The households' figures of each period read so far, for one action that reads them again and
 * again with nothing written to households, people or visits in between (the demo build scores
 * three levels of each quarter from the same figures). Not for anything that outlives the action.
 */
export class HouseholdFiguresMemo {
  private readonly kept = new Map<string, HouseholdFigure[]>();

  of(db: ReadDb, period: Period, today: string): HouseholdFigure[] {
    const key = `${period.from}|${period.to}|${today}`;
    let figures = this.kept.get(key);
    if (!figures) this.kept.set(key, (figures = householdFigures(db, period, today)));
    return figures;
  }
}

function add(f: VisitFigures, x: HouseholdFigure, countVisits: boolean): void {
  for (const t of [f.total, f.byClass[x.cls]]) {
    t.households++;
    t.required += x.figures.required;
    t.done += x.figures.done;
    if (x.figures.short) t.short++;
    if (x.figures.yearlyShort) t.yearlyShort++;
    t.open += x.figures.open;
    if (countVisits) t.visits += x.figures.visits;
  }
}

/** Per grid: its households' visits due, done, missed and open by class over the period. */
export function gridVisitStats(db: ReadDb, period: Period, today: string, figures = householdFigures(db, period, today)): Map<string, VisitFigures> {
  const out = new Map<string, VisitFigures>(
    (db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as { id: string }[]).map((g) => [g.id, emptyFigures()]),
  );
  for (const x of figures) {
    const f = out.get(x.household.gridId);
    if (f) add(f, x, true);
  }
  for (const f of out.values()) finish(f);
  return out;
}

/** Per village/community: its grids' figures summed. */
export function villageVisitStats(db: ReadDb, period: Period, today: string, figures = householdFigures(db, period, today)): Map<string, VisitFigures> {
  const parents = new Map((db.cached("SELECT id, parent_id FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as { id: string; parent_id: string }[]).map((g) => [g.id, g.parent_id]));
  const out = new Map<string, VisitFigures>();
  for (const x of figures) {
    const village = parents.get(x.household.gridId);
    if (!village) continue;
    const f = out.get(village) ?? emptyFigures();
    add(f, x, true);
    out.set(village, f);
  }
  for (const f of out.values()) finish(f);
  return out;
}

/**
 * Per worker: the households of the grids it serves (shared with its A/B partner) — due, done,
 * missed and open by class — and, as `visits`, the visits it recorded itself in the period (by
 * the class recorded on each visit).
 */
export function workerVisitStats(
  db: ReadDb,
  period: Period,
  today: string,
  staffIds?: readonly string[],
  figures = householdFigures(db, period, today),
): Map<string, VisitFigures> {
  const wanted = staffIds ? new Set(staffIds) : null;
  const workers = allWorkers(db).filter((w) => !wanted || wanted.has(w.staffId));
  const byGrid = new Map<string, HouseholdFigure[]>();
  for (const x of figures) {
    const list = byGrid.get(x.household.gridId);
    if (list) list.push(x);
    else byGrid.set(x.household.gridId, [x]);
  }
  const own = db
    .prepare('SELECT staff_id, household_class, count(*) AS n FROM household_visit WHERE visit_date BETWEEN ? AND ? GROUP BY staff_id, household_class')
    .all(period.from, period.to) as { staff_id: string; household_class: HouseholdClass; n: number }[];
  const out = new Map<string, VisitFigures>();
  for (const w of workers) {
    const f = emptyFigures();
    for (const g of w.grids) for (const x of byGrid.get(g.id) ?? []) add(f, x, false);
    for (const r of own) {
      if (r.staff_id !== w.staffId) continue;
      f.total.visits += r.n;
      f.byClass[r.household_class].visits += r.n;
    }
    out.set(w.staffId, finish(f));
  }
  return out;
}

/** The figures as rows with names, for the screen. */
export function visitStatsRows(db: ReadDb, period: Period, today: string, by: 'worker' | 'grid' | 'village', ids: readonly string[] | null): VisitStatsRow[] {
  const figures = by === 'worker' ? workerVisitStats(db, period, today, ids ?? undefined) : by === 'grid' ? gridVisitStats(db, period, today) : villageVisitStats(db, period, today);
  const names =
    by === 'worker'
      ? new Map((db.cached('SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]))
      : new Map((db.cached('SELECT id, name FROM org_unit').all() as { id: string; name: string }[]).map((u) => [u.id, u.name]));
  const wanted = ids ? new Set(ids) : null;
  return [...figures]
    .filter(([id]) => !wanted || wanted.has(id))
    .map(([id, f]) => ({ id, name: names.get(id) ?? id, total: f.total, byClass: f.byClass }));
}
