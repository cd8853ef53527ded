// The board's three case charts: the 14-day trend, cases by village, cases by category.
import { useMemo } from 'react';
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { Chart } from '../../../ui/chart';
import { categoryOption, trendOption, villageCasesOption } from '../board-case-charts';
import { useBoardCases } from './board-data';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';

export function TrendPanel() {
  const q = useBoardCases();
  const option = useMemo(() => (q.data ? trendOption(q.data) : null), [q.data]);
  return (
    <PanelFrame title={BOARD_PANELS.trend.label}>
      {option ? <Chart option={option} testId="board-chart-trend" /> : <PanelWaiting error={q.error} />}
    </PanelFrame>
  );
}

export function VillagesPanel() {
  const q = useBoardCases();
  const option = useMemo(() => (q.data ? villageCasesOption(q.data) : null), [q.data]);
  return (
    <PanelFrame title={BOARD_PANELS.villages.label}>
      {q.data && !q.data.byVillage.length ? (
        <PanelEmpty>暂无村（社区）数据</PanelEmpty>
      ) : option ? (
        <Chart option={option} testId="board-chart-villages" />
      ) : (
        <PanelWaiting error={q.error} />
      )}
    </PanelFrame>
  );
}

export function CategoriesPanel() {
  const q = useBoardCases();
  const option = useMemo(() => (q.data ? categoryOption(q.data) : null), [q.data]);
  return (
    <PanelFrame title={BOARD_PANELS.categories.label}>
      {q.data && !q.data.byCategory.some((x) => x.open > 0) ? (
        <PanelEmpty>当前没有在办事件</PanelEmpty>
      ) : option ? (
        <Chart option={option} testId="board-chart-categories" />
      ) : (
        <PanelWaiting error={q.error} />
      )}
    </PanelFrame>
  );
}
