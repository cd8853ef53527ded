// 最新事件 panel. Not composed on any page yet: its data method lands with issue 13's panels.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { PanelEmpty, PanelFrame } from './panel-frame';

export function CaseFeedPanel() {
  return (
    <PanelFrame title={BOARD_PANELS['case-feed'].label} testId="board-panel-case-feed">
      <PanelEmpty>暂无数据</PanelEmpty>
    </PanelFrame>
  );
}
