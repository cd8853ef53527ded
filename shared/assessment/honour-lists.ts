// 红榜 and 黑榜 of a run (docs/assessment.md "Results"). The seeds name the practice
// (表彰先进、通报后进) but not its lines, so the town's rule is written here once:
// - 红榜: graded 优秀, not vetoed, and ranked within the top tenth of the subjects (at least the
//   first): 30 grids → ranks 1–3; ties at the line all enter.
// - 黑榜: graded 不合格, or failed by a veto item (一票否决) whatever the points.
import type { HonourList } from './results-types';
import type { Grade } from './scheme';

/** The share of the subjects, from the top, that may enter the 红榜. */
export const RED_LIST_SHARE = 0.1;

/** How many ranks from the top enter the 红榜 among `count` subjects (at least 1). */
export function redListRanks(count: number): number {
  return Math.max(1, Math.ceil(count * RED_LIST_SHARE - 1e-9));
}

export function honourListOf(subject: { rank: number; grade: Grade; vetoed: boolean }, count: number): HonourList | null {
  if (subject.vetoed || subject.grade === 'fail') return 'black';
  if (subject.grade === 'excellent' && subject.rank <= redListRanks(count)) return 'red';
  return null;
}
