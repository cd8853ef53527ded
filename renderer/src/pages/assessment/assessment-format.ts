// How the 考核评价 page shows its figures: rates, points, grades, the counts behind a rate.
import type { CaseCountKey } from '../../../../shared/assessment/case-indicators';
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

/** What the cases behind each count are, for the drill-down's titles. */
export const CASE_COUNT_LABELS: Record<CaseCountKey, string> = {
  received: '期内受理的事件',
  closed: '期末已结案的事件',
  closedOnTime: '按期办结的事件',
  acceptedTimely: '1个工作日内受理的事件',
  handled: '已处置的事件',
  reworked: '被退回返工过的事件',
  extended: '批准过延期的事件',
  evaluated: '已评价的事件',
  satisfied: '评价为满意或基本满意的事件',
};

