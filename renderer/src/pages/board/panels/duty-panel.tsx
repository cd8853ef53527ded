// 今日值班 panel. Not composed on any page yet: its data method lands with issue 13's panels.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { PanelEmpty, PanelFrame } from './panel-frame';

export function DutyPanel() {
  return (
    <PanelFrame title={BOARD_PANELS['duty'].label} testId="board-panel-duty">
      <PanelEmpty>暂无数据</PanelEmpty>
    </PanelFrame>
  );
}
