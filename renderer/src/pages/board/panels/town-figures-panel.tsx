// 辖区概况: villages, grids, households, population, grid workers on duty.
import { BoardCounters } from '../board-counters';
import { useBoardSummary } from './board-data';
import { PanelWaiting } from './panel-frame';

export function TownFiguresPanel() {
  const q = useBoardSummary();
  return q.data ? <BoardCounters summary={q.data} /> : <PanelWaiting error={q.error} />;
}
