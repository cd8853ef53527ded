// How the 考核评价 page shows its figures: rates, points, grades, the counts behind a rate.
import type { IndicatorValueView } from '../../../../shared/assessment/assessment-types';
import type { Grade } from '../../../../shared/assessment/scheme';

export const GRADE_COLORS: Record<Grade, string> = { excellent: 'green', pass: 'blue', basic: 'gold', fail: 'red' };

/** 0.8 → "80.0%"; no value (nothing counted) → "—". */
export function rateText(v: IndicatorValueView | null): string {
  return v?.value == null ? '—' : `${(v.value * 100).toFixed(1)}%`;
}

/** Points with at most two decimals, as the core keeps them: 22.86, 40. */
export function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A manual items' sum with its sign: +2, −3.5, 0. */
export function signedPoints(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${pointsText(n)}` : `−${pointsText(-n)}`;
}

