// How a work report's figures read, the same on the screen and in the .docx:
// a rate 「83.3%」 (「—」 when nothing was counted), a change on the period before (环比) as a
// sentence 「环比增加3件（增长50%）」 or a cell 「+3（+50%）」, a rate's change in percentage points.
import type { ReportRow } from './report-types';

/** 83.3 → 「83.3%」; nothing counted → 「—」. */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${rate}%`;
}

/** 环比 of a count: 「环比增加3件（增长50%）」, 「环比减少2件（下降20%）」, 「与上期持平」, 「上期无」. */
export function changeText(change: number, rate: number | null, previous: number): string {
  if (previous === 0) return change === 0 ? '与上期持平' : '上期无此类事件';
  if (change === 0) return '与上期持平';
  return change > 0 ? `环比增加${change}件（增长${rate}%）` : `环比减少${-change}件（下降${Math.abs(rate ?? 0)}%）`;
}

/** The change of a count in a table cell: 「+3（+50%）」, 「−2（−20%）」, 「0」, 「+3（上期无）」. */
export function changeCell(row: Pick<ReportRow, 'change' | 'changeRate'>): string {
  const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '';
  const n = `${sign}${Math.abs(row.change)}`;
  if (row.change === 0) return '0';
  return row.changeRate === null ? `${n}（上期无）` : `${n}（${sign}${Math.abs(row.changeRate)}%）`;
}

/** The change of a rate: 「提高2.5个百分点」, 「下降1个百分点」, 「持平」; null when either is not counted. */
export function pointsChange(current: number | null, previous: number | null): string | null {
  if (current === null || previous === null) return null;
  const d = Math.round((current - previous) * 10) / 10;
  return d === 0 ? '持平' : d > 0 ? `提高${d}个百分点` : `下降${-d}个百分点`;
}
