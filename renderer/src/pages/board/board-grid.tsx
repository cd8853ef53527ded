// A board page: its panels placed on the page's grid of cells (shared/board/board-panels.ts).
import { BOARD_GRID, type BoardPanelPlacement } from '../../../../shared/board/board-panels';
import { PANEL_COMPONENTS } from './panels/panel-registry';

export function BoardGrid({ panels }: { panels: readonly BoardPanelPlacement[] }) {
  return (
    <section className="tgb-grid" style={{ gridTemplateColumns: `repeat(${BOARD_GRID.columns}, 1fr)`, gridTemplateRows: `repeat(${BOARD_GRID.rows}, 1fr)` }}>
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
