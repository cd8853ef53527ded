// 事件指标: today's new cases, open, overdue, due soon, supervised, on-time rate.
import { BoardCaseCounters } from '../board-case-panels';
import { useBoardCases } from './board-data';
import { PanelWaiting } from './panel-frame';

export function CaseCountersPanel() {
  const q = useBoardCases();
  return q.data ? <BoardCaseCounters cases={q.data} /> : <PanelWaiting error={q.error} />;
}
