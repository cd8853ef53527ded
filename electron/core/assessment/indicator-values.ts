// The value of every indicator for every subject of a level over a period: a rate with the
// counts it comes from (so the review table can show 12/15 beside 80 %). Case indicators from
// case-indicators.ts, the routine's from routine/routine-queries.ts as they are.
import { CASE_INDICATORS, caseRate, type CaseCounts, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import { INDICATORS, type IndicatorKey } from '../../../shared/assessment/indicators';
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import type { ReadDb } from '../db/read-db';
import { gridStats, villageStats, workerStats } from '../routine/routine-queries';
import { caseCountsBySubject, type CasePeriod } from './case-indicators';
import { surveyScores } from './survey-scores';

export interface IndicatorValue {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator; null when nothing was counted. */
  value: number | null;
}

const ratio = (numerator: number, denominator: number): IndicatorValue => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

/**
 * subject id → value, for each of the indicators: the cases of the period are counted once for
 * all the case indicators, and the routine's figures read once for its two.
 */
export function indicatorValues(db: ReadDb, keys: readonly IndicatorKey[], level: SubjectLevel, period: CasePeriod, today: string): Map<IndicatorKey, Map<string, IndicatorValue>> {
  let caseCounts: Map<string, CaseCounts> | undefined;
  let routine: Map<string, { logged: number; patrolDays: number; due: number }> | undefined;
  const out = new Map<IndicatorKey, Map<string, IndicatorValue>>();
  for (const key of keys) {
    const values = new Map<string, IndicatorValue>();
    out.set(key, values);
    if (!INDICATORS[key].levels.includes(level)) continue;
    if (key === 'logRate' || key === 'patrolRate') {
      routine ??= routineFigures(db, level, period, today);
      for (const [id, t] of routine) values.set(id, ratio(key === 'logRate' ? t.logged : t.patrolDays, t.due));
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

/** Days logged (done, or on leave and covered), patrol days and due days per subject. */
function routineFigures(db: ReadDb, level: SubjectLevel, period: CasePeriod, today: string): Map<string, { logged: number; patrolDays: number; due: number }> {
  const out = new Map<string, { logged: number; patrolDays: number; due: number }>();
  if (level === 'worker') {
    for (const [id, t] of workerStats(db, period, today)) out.set(id, { logged: t.done + t.leave, patrolDays: t.patrolDays, due: t.due });
  } else {
    const stats = level === 'grid' ? gridStats(db, period, today) : villageStats(db, period, today);
    for (const [id, t] of stats) out.set(id, { logged: t.covered, patrolDays: t.patrolDays, due: t.due });
  }
  return out;
}
