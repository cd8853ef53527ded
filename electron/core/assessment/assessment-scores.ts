// A period's scores under a scheme: every subject of the scheme's level × every item — the
// indicator's value (with its counts), the points — then the total, the grade and the rank
// (docs/assessment.md). What the quarterly run shows for review and what freezing keeps.
import { INDICATORS, type IndicatorKey } from '../../../shared/assessment/indicators';
import type { Grade, SchemeInput } from '../../../shared/assessment/scheme';
import type { ReadDb } from '../db/read-db';
import { allWorkers } from '../routine/routine-scope';
import type { CasePeriod } from './case-indicators';
import { indicatorValues, type IndicatorValue, type IndicatorValues } from './indicator-values';
import { gradeOf, itemPoints, rankSubjects, roundPoints } from './scoring';

export interface ItemScore {
  indicator: IndicatorKey;
  /** null: nothing to count for this subject (the item earns its full weight). */
  value: IndicatorValue | null;
  points: number;
}

export interface SubjectScore {
  subjectId: string;
  name: string;
  items: ItemScore[];
  /** Manual deductions and bonuses, already summed (positive adds). */
  adjustment: number;
  total: number;
  vetoed: boolean;
  grade: Grade;
  rank: number;
}

export interface ScoreOptions {
  /** Subjects failed by a veto item (一票否决). */
  vetoed?: ReadonlySet<string>;
  /** Subject → the sum of its approved manual items. */
  adjustments?: ReadonlyMap<string, number>;
  /** The indicators' values when the caller already has them for this scheme, period and day. */
  values?: IndicatorValues;
}

function subjectsOf(db: ReadDb, level: SchemeInput['level']): { id: string; name: string }[] {
  if (level === 'worker') return allWorkers(db).map((w) => ({ id: w.staffId, name: w.name }));
  if (level === 'department') return db.cached('SELECT id, name FROM department WHERE archived = 0 ORDER BY code').all() as { id: string; name: string }[];
  const kinds = level === 'grid' ? ['grid'] : ['village', 'community'];
  return db
    .cached("SELECT id, name FROM org_unit WHERE kind IN (SELECT value FROM json_each(?)) AND archived = 0 ORDER BY code")
    .all(JSON.stringify(kinds)) as { id: string; name: string }[];
}

/** Scores every subject of the scheme's level for the period, ranked (best first). */
export function scoreSubjects(db: ReadDb, scheme: SchemeInput, period: CasePeriod, today: string, opts: ScoreOptions = {}): SubjectScore[] {
  const values = opts.values ?? indicatorValues(db, scheme.items.map((i) => i.indicator as IndicatorKey), scheme.level, period, today);
  const scored = subjectsOf(db, scheme.level).map((s) => {
    const items = scheme.items.map((item): ItemScore => {
      const key = item.indicator as IndicatorKey;
      const value = values.get(key)?.get(s.id) ?? null;
      // A per-event rule deducts per counted event (the indicator's numerator); the others score the rate.
      const input = value === null ? null : item.rule.kind === 'perEvent' ? value.numerator : value.value;
      return { indicator: key, value, points: itemPoints(item.rule, item.weight, input, INDICATORS[key].lowerIsBetter) };
    });
    const adjustment = opts.adjustments?.get(s.id) ?? 0;
    const total = roundPoints(Math.min(scheme.total, Math.max(0, items.reduce((n, i) => n + i.points, 0) + adjustment)));
    const vetoed = opts.vetoed?.has(s.id) ?? false;
    return { subjectId: s.id, name: s.name, items, adjustment, total, vetoed, grade: gradeOf(total, scheme, vetoed) };
  });
  return rankSubjects(scored);
}
