// How a data grid fits a narrow window (a 1366×768 office PC or projector): key columns always
// stay; the others give way — are hidden — when the grid is too narrow for all of them, the
// one with the highest rank first (equal ranks: the rightmost first), so the key columns are
// never scrolled out of view. The row's own page or drawer still shows everything.
// And at a low window the rows are more compact, so a page of them still shows.

/** What a column definition's `context` may say about fitting (AG Grid passes `context` through). */
export interface FitContext {
  /** 1, 2, …: the column gives way when space runs out, higher ranks first. None: a key column. */
  givesWay?: number;
}

/** Marks a column as one that gives way when the grid is narrow: spread it into the column definition. */
export function givesWay(rank: number): { context: FitContext } {
  return { context: { givesWay: rank } };
}

export interface FitColumn {
  id: string;
  /** The least width the column needs: its fixed width, or a flexible column's minimum. */
  minWidth: number;
  givesWay?: number;
}

/**
 * The columns to hide so that the rest fit in `available` pixels: the lowest-priority ones
 * first, and no more than needed. Key columns are never hidden, even if they alone overflow.
 */
export function columnsToHide(columns: readonly FitColumn[], available: number): Set<string> {
  const hidden = new Set<string>();
  let needed = columns.reduce((sum, c) => sum + c.minWidth, 0);
  const candidates = columns
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.givesWay !== undefined && c.givesWay > 0)
    .sort((a, b) => b.c.givesWay! - a.c.givesWay! || b.index - a.index);
  for (const { c } of candidates) {
    if (needed <= available) break;
    hidden.add(c.id);
    needed -= c.minWidth;
  }
  return hidden;
}

/** Rows and header at a low window (768 px high): a little tighter, so that a page of rows still shows. */
export const COMPACT_BELOW_HEIGHT = 900;

export function gridHeights(sizes: { rowHeight: number; headerHeight: number }, windowHeight: number): { rowHeight: number; headerHeight: number } {
  if (windowHeight >= COMPACT_BELOW_HEIGHT) return sizes;
  return { rowHeight: Math.max(30, sizes.rowHeight - 6), headerHeight: Math.max(32, sizes.headerHeight - 4) };
}
