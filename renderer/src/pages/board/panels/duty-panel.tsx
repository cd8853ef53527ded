// 今日值班: the day's 带班领导 and 值班员 from the duty roster, by name and post (no phone on the
// wall); tomorrow's from the core's midnight on, without a reload.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import type { BoardDutyPerson } from '../../../../../shared/board/board-panel-types';
import { useBoardDuty } from './board-data';
import { useRefetchAtNextDay } from './day-change';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';
import './live-panels.css';

function DutyRow({ role, person, testId }: { role: string; person: BoardDutyPerson | null; testId: string }) {
  return (
    <div className="tgb-duty-row" data-testid={testId}>
      <span className="tgb-duty-role">{role}</span>
      {person ? (
        <>
          <span className="tgb-duty-name">{person.name}</span>
          <span className="tgb-duty-title">{person.title}</span>
        </>
      ) : (
        <span className="tgb-duty-none">未安排</span>
      )}
    </div>
  );
}

export function DutyPanel() {
  const q = useBoardDuty();
  useRefetchAtNextDay(q.data, q.refetch);
  const d = q.data;
  return (
    <PanelFrame title={BOARD_PANELS.duty.label} testId="board-panel-duty">
      {!d ? (
        <PanelWaiting error={q.error} />
      ) : !d.leader && !d.officer ? (
        <PanelEmpty>今日值班尚未安排</PanelEmpty>
      ) : (
        <div className="tgb-duty" data-date={d.date}>
          <DutyRow role="带班领导" person={d.leader} testId="board-duty-leader" />
          <DutyRow role="值班员" person={d.officer} testId="board-duty-officer" />
        </div>
      )}
    </PanelFrame>
  );
}
