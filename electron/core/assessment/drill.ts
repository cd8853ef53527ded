// The drill-down from a score (assessment.drill, docs/assessment.md): the records behind the
// numerator or the denominator of any indicator of one subject — the cases, the worker-days,
// the visits due and done, the verified visits, the half months screened or missed. Each list
// is filtered by the very predicate its count uses (case-indicators.ts, DAY_COUNTS, gridDays,
// countedPeriods, the verified outcomes, SCREENING_COUNTS), so a score and its list never
// disagree. Household heads' names only for accounts that may read the registry.
import { CASE_INDICATORS, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import type { DrillRow } from '../../../shared/assessment/assessment-api';
import type { IndicatorKey } from '../../../shared/assessment/indicators';
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import { AppError } from '../../../shared/rpc/errors';
import type { DayCell } from '../../../shared/routine/routine-types';
import { VERIFICATION_OUTCOME_LABELS } from '../../../shared/routine/verification-types';
import type { ReadDb } from '../db/read-db';
import { DAY_COUNTS } from '../routine/completeness';
import { completenessRows, gridDays } from '../routine/routine-queries';
import { allWorkers } from '../routine/routine-scope';
import { screeningRows, SCREENING_COUNTS } from '../routine/screening-queries';
import { drawnVisitsOf, VERIFIED_OUTCOMES } from '../routine/verification-queries';
import { householdFigures, visitPlanSettings } from '../routine/visit-queries';
import { countedPeriods } from '../routine/visit-rules';
import { casesBehind, type CasePeriod } from './case-indicators';
import { subjectGrids } from './run-writes';
import { VISIT_RATE_CLASS } from './indicator-values';

export type DrillPart = 'numerator' | 'denominator';

export interface DrillOptions {
  /** Show household heads' names (accounts that may read the registry); else the household number alone. */
  showNames: boolean;
}

/** The records behind one part of one indicator of one subject over the period. */
export function drillRows(db: ReadDb, level: SubjectLevel, subjectId: string, period: CasePeriod, today: string, indicator: IndicatorKey, part: DrillPart, opts: DrillOptions): DrillRow[] {
  const all = subjectGrids(db, level, subjectId);
  if (!all) throw new AppError('NOT_FOUND', '考核对象不存在');
  // The routine's figures count the active grids only.
  const active = new Set((db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as { id: string }[]).map((g) => g.id));
  const grids = all.filter((g) => active.has(g));
  if (Object.hasOwn(CASE_INDICATORS, indicator) && level !== 'worker') {
    const def = CASE_INDICATORS[indicator as CaseIndicatorKey];
    return casesBehind(db, level, subjectId, period, part === 'numerator' ? def.numerator : def.denominator).map((c) => ({
      id: c.id,
      kind: 'case',
      label: c.number,
      title: c.title,
      link: `/cases/${c.id}`,
    }));
  }
  if (level === 'department') throw new AppError('BAD_INPUT', '镇职能部门考核没有网格员工作类指标');
  switch (indicator) {
    case 'logRate':
    case 'patrolRate':
      return level === 'worker' ? workerDays(db, subjectId, period, today, indicator, part) : areaDays(db, grids, period, today, indicator, part);
    case 'visitRate':
    case 'visitRateClass1':
    case 'visitRateClass2':
    case 'visitRateClass3':
      return visitSlots(db, grids, period, today, VISIT_RATE_CLASS[indicator], part, opts);
    case 'verificationRate':
      return verifiedVisits(db, level, subjectId, period, part, opts);
    case 'screeningRate':
      return halfMonths(db, grids, period, today, part);
  }
  throw new AppError('BAD_INPUT', '该指标没有明细');
}

const CELL_TEXT: Partial<Record<DayCell['mark'], (c: DayCell) => string>> = {
  done: (c) => `已提交日志${c.patrolled ? '，记录了巡查' : '，未记录巡查'}${c.late ? '（补填）' : ''}`,
  leave: (c) => (c.cover ? `请假，由${c.cover.name}顶岗${c.cover.logged ? '（顶岗人已提交日志）' : '（顶岗人未提交日志）'}` : '请假，无人顶岗'),
  missing: () => '未填写日志',
  open: () => '当日尚未填写',
};

const cellText = (c: DayCell) => CELL_TEXT[c.mark]?.(c) ?? '';

/** A worker's own due days: logged (done or on leave) or patrolled, of the due ones. */
function workerDays(db: ReadDb, staffId: string, period: CasePeriod, today: string, indicator: 'logRate' | 'patrolRate', part: DrillPart): DrillRow[] {
  const worker = allWorkers(db).find((w) => w.staffId === staffId)!;
  const cells = completenessRows(db, period, today, [worker]).rows[0]!.days;
  const test = part === 'denominator' ? DAY_COUNTS.due : indicator === 'logRate' ? DAY_COUNTS.logged : DAY_COUNTS.patrolled;
  return cells.filter(test).map((c) => ({ id: `${staffId}|${c.date}`, kind: 'day', label: c.date, title: cellText(c), link: null }));
}

/** A grid's (or a village's grids') due days: covered or patrolled, of the due ones. */
function areaDays(db: ReadDb, grids: readonly string[], period: CasePeriod, today: string, indicator: 'logRate' | 'patrolRate', part: DrillPart): DrillRow[] {
  const days = gridDays(db, period, today);
  const names = gridNames(db);
  const prefix = grids.length > 1;
  const out: DrillRow[] = [];
  for (const g of grids) {
    for (const d of days.get(g) ?? []) {
      if (part === 'numerator' && !(indicator === 'logRate' ? d.covered : d.patrolled)) continue;
      const who = d.workers.map((w) => `${w.name}${cellText(w.cell)}`).join('；');
      out.push({ id: `${g}|${d.date}`, kind: 'day', label: prefix ? `${names.get(g) ?? ''} ${d.date}` : d.date, title: who || '网格无网格员', link: null });
    }
  }
  return out;
}

function gridNames(db: ReadDb): Map<string, string> {
  return new Map((db.cached("SELECT id, name FROM org_unit WHERE kind = 'grid'").all() as { id: string; name: string }[]).map((g) => [g.id, g.name]));
}

/** Each visit the plan asked of the subject's households (of a class) in the counted periods: one row per visit due; done ones in the numerator. */
function visitSlots(db: ReadDb, grids: readonly string[], period: CasePeriod, today: string, cls: 1 | 2 | 3 | null, part: DrillPart, opts: DrillOptions): DrillRow[] {
  const plan = visitPlanSettings(db);
  const wanted = new Set(grids);
  const out: DrillRow[] = [];
  for (const x of householdFigures(db, period, today, plan)) {
    if (!wanted.has(x.household.gridId) || (cls !== null && x.cls !== cls)) continue;
    const label = householdLabel(x.household.householdNo, x.household.headName, opts);
    for (const p of countedPeriods(plan, x.household.kind, x.dates, period.from, period.to, today)) {
      for (let k = 1; k <= p.times; k++) {
        const done = k <= p.done;
        if (part === 'numerator' && !done) continue;
        out.push({
          id: `${x.household.id}|${p.start}|${k}`,
          kind: 'visit',
          label,
          title: `${p.start}至${p.end}应访第${k}次：${done ? `${p.dates[k - 1]}已走访` : '未走访'}`,
          link: null,
        });
      }
    }
  }
  return out;
}

function householdLabel(householdNo: string, headName: string | null, opts: DrillOptions): string {
  return opts.showNames && headName ? `${householdNo} ${headName}户` : householdNo;
}

/** The drawn visits the subject's 属实率 counts: 属实 ones, of the verified ones. */
function verifiedVisits(db: ReadDb, level: Exclude<SubjectLevel, 'department'>, subjectId: string, period: CasePeriod, part: DrillPart, opts: DrillOptions): DrillRow[] {
  return drawnVisitsOf(db, period, level, subjectId)
    .filter((v) => v.outcome !== null && (part === 'numerator' ? v.outcome === 'accurate' : VERIFIED_OUTCOMES.includes(v.outcome)))
    .map((v) => ({
      id: v.visitId,
      kind: 'verification',
      label: householdLabel(v.householdNo, v.headName, opts),
      title: `${v.visitDate} ${v.staffName}走访，核实${VERIFICATION_OUTCOME_LABELS[v.outcome!]}`,
      link: null,
    }));
}

/** The subject's grids' half months: screened ones, of the due ones. */
function halfMonths(db: ReadDb, grids: readonly string[], period: CasePeriod, today: string, part: DrillPart): DrillRow[] {
  const table = screeningRows(db, period, today, grids);
  const labels = new Map(table.periods.map((p) => [p.period, p.label]));
  const test = part === 'numerator' ? SCREENING_COUNTS.done : SCREENING_COUNTS.due;
  return table.rows.flatMap((r) =>
    r.cells.filter(test).map((c) => ({
      id: `${r.gridId}|${c.period}`,
      kind: 'screening' as const,
      label: `${r.gridName} ${labels.get(c.period) ?? c.period}`,
      title: c.mark === 'done' ? `${c.screenDate}已排查${c.late ? '（补录）' : ''}，${c.disputes > 0 ? `发现矛盾纠纷${c.disputes}起` : '未发现矛盾纠纷'}` : '未排查',
      link: null,
    })),
  );
}
