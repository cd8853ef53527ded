// From indicator values to points, totals, grades and ranks (docs/assessment.md). Pure: the
// quarterly run feeds it the values and stores what it returns.
import type { Grade, SchemeInput, ScoringRule } from '../../../shared/assessment/scheme';

/** Points are kept to two decimals, rounded half away from zero (as the report prints them). */
export function roundPoints(x: number): number {
  return (Math.sign(x) * Math.round((Math.abs(x) + Number.EPSILON) * 100)) / 100;
}

/**
 * An item's points: `value` is the indicator's rate (0–1) for linear and steps rules, the count of
 * events for perEvent. A rate with no value (nothing counted) earns the full weight: a grid with
 * no case is not marked down for its on-time rate.
 */
export function itemPoints(rule: ScoringRule, weight: number, value: number | null, lowerIsBetter = false): number {
  if (value === null) return weight;
  switch (rule.kind) {
    case 'linear': {
      const share = (value - rule.floor) / (rule.target - rule.floor);
      return roundPoints(weight * Math.min(1, Math.max(0, share)));
    }
    case 'steps': {
      const reached = rule.steps.filter((s) => (lowerIsBetter ? value <= s.min : value >= s.min));
      return roundPoints(weight * Math.max(0, ...reached.map((s) => s.share)));
    }
    case 'perEvent':
      return roundPoints(Math.max(0, weight - rule.deduct * value));
  }
}

/** The grade of a total; a veto (一票否决) fails the subject whatever its points. */
export function gradeOf(total: number, scheme: Pick<SchemeInput, 'total' | 'grades'>, vetoed: boolean): Grade {
  if (vetoed) return 'fail';
  const share = total / scheme.total;
  if (share >= scheme.grades.excellent - 1e-9) return 'excellent';
  if (share >= scheme.grades.pass - 1e-9) return 'pass';
  if (share >= scheme.grades.basic - 1e-9) return 'basic';
  return 'fail';
}

/**
 * Ranks by total, highest first; equal totals (to the printed two decimals) share a rank and the
 * next rank skips (1, 2, 2, 4). A vetoed subject ranks after every other, whatever its points.
 */
export function rankSubjects<T extends { total: number; vetoed: boolean }>(subjects: readonly T[]): (T & { rank: number })[] {
  const key = (s: T) => (s.vetoed ? 0 : 1) * 1e9 + roundPoints(s.total);
  const sorted = [...subjects].sort((a, b) => key(b) - key(a));
  let rank = 0;
  return sorted.map((s, i) => {
    if (i === 0 || key(sorted[i - 1]!) !== key(s)) rank = i + 1;
    return { ...s, rank };
  });
}
