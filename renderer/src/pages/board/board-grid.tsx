// A board page: its panels placed on the page's grid of cells (shared/board/board-panels.ts;
// wider canvases have more columns, shared/board/board-layout.ts). A panel keeps its key while
// it stays in the same place, so rotating between pages that share a panel does not remount it.
import { BOARD_GRID, type BoardPanelPlacement } from '../../../../shared/board/board-panels';
import { PANEL_COMPONENTS } from './panels/panel-registry';

export function BoardGrid({ panels, columns = BOARD_GRID.columns }: { panels: readonly BoardPanelPlacement[]; columns?: number }) {
  return (
    <section className="tgb-grid" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, gridTemplateRows: `repeat(${BOARD_GRID.rows}, 1fr)` }}>
      {panels.map((p) => {
        const Panel = PANEL_COMPONENTS[p.panel];
        return (
          <div
            key={`${p.panel}-${p.x}-${p.y}`}
            className={`tgb-cell tgb-cell-${p.panel}`}
            style={{ gridColumn: `${p.x + 1} / span ${p.w}`, gridRow: `${p.y + 1} / span ${p.h}` }}
            data-testid={`board-cell-${p.panel}`}
          >
            <Panel />
          </div>
        );
      })}
    </section>
  );
}
