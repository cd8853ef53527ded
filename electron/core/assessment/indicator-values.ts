// The value of every indicator for every subject of a level over a period: a rate with the
// counts it comes from (so the review table can show 12/15 beside 80 %). Case indicators from
// case-indicators.ts; the routine's from the routine's queries as they are (routine-queries,
// visit-queries, verification-queries, screening-queries). Each source is read once for all
// the indicators of a scheme that use it, whatever the number of indicators and subjects.
import { CASE_INDICATORS, caseRate, type CaseCounts, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import { INDICATORS, type IndicatorKey, type RoutineIndicatorKey } from '../../../shared/assessment/indicators';
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import type { HouseholdClass } from '../../../shared/routine/visit-classes';
import type { ReadDb } from '../db/read-db';
import { gridStats, villageStats, workerStats } from '../routine/routine-queries';
import { gridScreeningStats, villageScreeningStats, workerScreeningStats } from '../routine/screening-queries';
import { verificationByGrid, verificationByVillage, verificationByWorker, VERIFIED_OUTCOMES } from '../routine/verification-queries';
import { gridVisitStats, villageVisitStats, workerVisitStats, type HouseholdFiguresMemo, type VisitFigures } from '../routine/visit-queries';
import { caseCountsBySubject, type CasePeriod } from './case-indicators';
import { surveyScores } from './survey-scores';

export interface IndicatorValue {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator; null when nothing was counted. */
  value: number | null;
}

const ratio = (numerator: number, denominator: number): IndicatorValue => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

/** The class a visit-rate indicator counts (null: every household). */
export const VISIT_RATE_CLASS: Record<'visitRate' | 'visitRateClass1' | 'visitRateClass2' | 'visitRateClass3', HouseholdClass | null> = {
  visitRate: null,
  visitRateClass1: 1,
  visitRateClass2: 2,
  visitRateClass3: 3,
};

/** Which routine source each routine indicator reads. */
type Source = 'days' | 'visits' | 'verification' | 'screening';
const SOURCE_OF: Record<RoutineIndicatorKey, Source> = {
  logRate: 'days',
  patrolRate: 'days',
  visitRate: 'visits',
  visitRateClass1: 'visits',
  visitRateClass2: 'visits',
  visitRateClass3: 'visits',
  verificationRate: 'verification',
  screeningRate: 'screening',
};

/** subject id → value, for one routine indicator, from its source's figures. */
type Figures = Map<string, (key: RoutineIndicatorKey) => IndicatorValue>;

/**
 * subject id → value, for each of the indicators: the cases of the period are counted once for
 * all the case indicators, and each routine source read once for the indicators it feeds.
 */
/** Indicator → subject id → its value. */
export type IndicatorValues = Map<IndicatorKey, Map<string, IndicatorValue>>;

export function indicatorValues(
  db: ReadDb,
  keys: readonly IndicatorKey[],
  level: SubjectLevel,
  period: CasePeriod,
  today: string,
  /** The households' visit figures already read in this action (see HouseholdFiguresMemo). */
  visitMemo?: HouseholdFiguresMemo,
): IndicatorValues {
  let caseCounts: Map<string, CaseCounts> | undefined;
  const sources = new Map<Source, Figures>();
  const out = new Map<IndicatorKey, Map<string, IndicatorValue>>();
  for (const key of keys) {
    const values = new Map<string, IndicatorValue>();
    out.set(key, values);
    if (!INDICATORS[key].levels.includes(level)) continue;
    if (Object.hasOwn(SOURCE_OF, key)) {
      const routineKey = key as RoutineIndicatorKey;
      const source = SOURCE_OF[routineKey];
      let figures = sources.get(source);
      if (!figures) sources.set(source, (figures = readSource(db, source, level, period, today, visitMemo)));
      for (const [id, valueOf] of figures) values.set(id, valueOf(routineKey));
      continue;
    }
    if (key === 'surveyScore') {
      for (const [id, v] of surveyScores(db, level, period)) values.set(id, v);
      continue;
    }
    const caseKey = key as CaseIndicatorKey;
    const def = CASE_INDICATORS[caseKey];
    if (level === 'worker') continue; // no case indicator applies to a worker
    caseCounts ??= caseCountsBySubject(db, level, period);
    for (const [id, counts] of caseCounts) values.set(id, { numerator: counts[def.numerator], denominator: counts[def.denominator], value: caseRate(counts, caseKey) });
  }
  return out;
}

function readSource(db: ReadDb, source: Source, level: SubjectLevel, period: CasePeriod, today: string, visitMemo?: HouseholdFiguresMemo): Figures {
  switch (source) {
    case 'days':
      return dayFigures(db, level, period, today);
    case 'visits': {
      const households = visitMemo?.of(db, period, today);
      return visitFigures(
        level === 'worker' ? workerVisitStats(db, period, today, undefined, households) : level === 'grid' ? gridVisitStats(db, period, today, households) : villageVisitStats(db, period, today, households),
      );
    }
    case 'verification': {
      const stats = level === 'worker' ? verificationByWorker(db, period) : level === 'grid' ? verificationByGrid(db, period) : verificationByVillage(db, period);
      return mapValues(stats, (t) => ratio(t.accurate, VERIFIED_OUTCOMES.reduce((n, o) => n + t[o], 0)));
    }
    case 'screening': {
      const stats = level === 'worker' ? workerScreeningStats(db, period, today) : level === 'grid' ? gridScreeningStats(db, period, today) : villageScreeningStats(db, period, today);
      return mapValues(stats, (t) => ratio(t.done, t.due));
    }
  }
}

function mapValues<T>(stats: Map<string, T>, valueOf: (t: T) => IndicatorValue): Figures {
  const out: Figures = new Map();
  for (const [id, t] of stats) {
    const v = valueOf(t);
    out.set(id, () => v);
  }
  return out;
}

/** Days logged (done, or on leave and covered), patrol days and due days per subject. */
function dayFigures(db: ReadDb, level: SubjectLevel, period: CasePeriod, today: string): Figures {
  const out: Figures = new Map();
  const put = (id: string, logged: number, patrolDays: number, due: number) => out.set(id, (key) => ratio(key === 'logRate' ? logged : patrolDays, due));
  if (level === 'worker') {
    for (const [id, t] of workerStats(db, period, today)) put(id, t.done + t.leave, t.patrolDays, t.due);
  } else {
    const stats = level === 'grid' ? gridStats(db, period, today) : villageStats(db, period, today);
    for (const [id, t] of stats) put(id, t.covered, t.patrolDays, t.due);
  }
  return out;
}

/** Visits done ÷ due, over every household or one class. */
function visitFigures(stats: Map<string, VisitFigures>): Figures {
  const out: Figures = new Map();
  for (const [id, f] of stats) {
    out.set(id, (key) => {
      const cls = VISIT_RATE_CLASS[key as keyof typeof VISIT_RATE_CLASS];
      const t = cls === null ? f.total : f.byClass[cls];
      return ratio(t.done, t.required);
    });
  }
  return out;
}
