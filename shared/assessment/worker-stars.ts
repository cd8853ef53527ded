// 星级网格员 (docs/assessment.md "Results"): a grid worker earns one star for each period in a
// row, ending with the period assessed, in which the worker was graded 优秀 — a run's own grade
// and, before it, the same level's frozen runs of the periods of the same kind (quarter after
// quarter). A period without a frozen run, or graded below 优秀, ends the row. At most five
// stars (五星网格员: 优秀 five quarters running).
import type { Grade } from './scheme';

export const MAX_STARS = 5;

/** `grades`: the period assessed first, then the periods before it (null: no frozen run, or not assessed). */
export function starsOf(grades: readonly (Grade | null)[]): number {
  let stars = 0;
  for (const g of grades) {
    if (g !== 'excellent' || stars === MAX_STARS) break;
    stars += 1;
  }
  return stars;
}
