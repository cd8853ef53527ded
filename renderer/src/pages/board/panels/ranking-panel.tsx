// 考核排名 panel. Not composed on any page yet: its data method lands with issue 13's panels.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { PanelEmpty, PanelFrame } from './panel-frame';

export function RankingPanel() {
  return (
    <PanelFrame title={BOARD_PANELS['ranking'].label} testId="board-panel-ranking">
      <PanelEmpty>暂无数据</PanelEmpty>
    </PanelFrame>
  );
}
