// 今日会议 panel. Not composed on any page yet: its data method lands with issue 13's panels.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { PanelEmpty, PanelFrame } from './panel-frame';

export function MeetingsTodayPanel() {
  return (
    <PanelFrame title={BOARD_PANELS['meetings-today'].label} testId="board-panel-meetings-today">
      <PanelEmpty>暂无数据</PanelEmpty>
    </PanelFrame>
  );
}
