// 超期与督办事件: the emergency alerts to neighbouring grids above the scrolling list.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { BoardCaseAlerts, BoardCaseTicker } from '../board-case-panels';
import { useBoardCases } from './board-data';
import { PanelFrame, PanelWaiting } from './panel-frame';

export function OverdueListPanel() {
  const q = useBoardCases();
  return (
    <div className="tgb-col-list">
      {q.data ? <BoardCaseAlerts cases={q.data} /> : null}
      <div className="tgb-panel-fill">
        <PanelFrame title={BOARD_PANELS['overdue-list'].label}>{q.data ? <BoardCaseTicker cases={q.data} /> : <PanelWaiting error={q.error} />}</PanelFrame>
      </div>
    </div>
  );
}
