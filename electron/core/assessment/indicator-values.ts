// The value of every indicator for every subject of a level over a period: a rate with the
// counts it comes from (so the review table can show 12/15 beside 80 %). Case indicators from
// case-indicators.ts, the routine's from routine/routine-queries.ts as they are.
import { CASE_INDICATORS, caseRate, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import { INDICATORS, type IndicatorKey } from '../../../shared/assessment/indicators';
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import type { ReadDb } from '../db/read-db';
import { gridStats, villageStats, workerStats } from '../routine/routine-queries';
import { caseCountsBySubject, type CasePeriod } from './case-indicators';

export interface IndicatorValue {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator; null when nothing was counted. */
  value: number | null;
}

const ratio = (numerator: number, denominator: number): IndicatorValue => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

/** subject id → value, for one indicator; subjects with nothing to count are absent. */
export function indicatorValues(db: ReadDb, key: IndicatorKey, level: SubjectLevel, period: CasePeriod, today: string): Map<string, IndicatorValue> {
  if (!INDICATORS[key].levels.includes(level)) return new Map();
  const out = new Map<string, IndicatorValue>();
  if (key === 'logRate' || key === 'patrolRate') {
    if (level === 'worker') {
      for (const [id, t] of workerStats(db, period, today)) out.set(id, ratio(key === 'logRate' ? t.done + t.leave : t.patrolDays, t.due));
    } else {
      const stats = level === 'grid' ? gridStats(db, period, today) : villageStats(db, period, today);
      for (const [id, t] of stats) out.set(id, ratio(key === 'logRate' ? t.covered : t.patrolDays, t.due));
    }
    return out;
  }
  const caseKey = key as CaseIndicatorKey;
  const def = CASE_INDICATORS[caseKey];
  for (const [id, counts] of caseCountsBySubject(db, level === 'grid' ? 'grid' : 'village', period)) {
    out.set(id, { numerator: counts[def.numerator], denominator: counts[def.denominator], value: caseRate(counts, caseKey) });
  }
  return out;
}
