// 网格地图 panel. Not composed on any page yet: its data method lands with issue 13's panels.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { PanelEmpty, PanelFrame } from './panel-frame';

export function GridMapPanel() {
  return (
    <PanelFrame title={BOARD_PANELS['grid-map'].label} testId="board-panel-grid-map">
      <PanelEmpty>暂无数据</PanelEmpty>
    </PanelFrame>
  );
}
