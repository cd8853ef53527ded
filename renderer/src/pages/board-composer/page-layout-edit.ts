// Editing a page's placements in the composer: where a newly added panel goes (the first free
// spot its minimum size fits), and moving or resizing one placement.
import { BOARD_GRID, BOARD_PANELS, type BoardPanelId, type BoardPanelPlacement } from '../../../../shared/board/board-panels';
import { layoutProblems, type BoardCanvas, BOARD_CANVAS_INFO } from '../../../../shared/board/board-layout';

/** The panel at its minimum size in the first free spot (row by row), or at the top-left corner when the page is full (the composer then shows the overlap). */
export function placeNewPanel(canvas: BoardCanvas, panels: readonly BoardPanelPlacement[], panel: BoardPanelId): BoardPanelPlacement {
  const { minW: w, minH: h } = BOARD_PANELS[panel];
  const columns = BOARD_CANVAS_INFO[canvas].columns;
  for (let y = 0; y + h <= BOARD_GRID.rows; y++) {
    for (let x = 0; x + w <= columns; x++) {
      const candidate = { panel, x, y, w, h };
      if (layoutProblems(canvas, [...panels, candidate]).length === 0) return candidate;
    }
  }
  return { panel, x: 0, y: 0, w, h };
}

export function replaceAt(panels: readonly BoardPanelPlacement[], index: number, patch: Partial<BoardPanelPlacement>): BoardPanelPlacement[] {
  return panels.map((p, i) => (i === index ? { ...p, ...patch } : p));
}
