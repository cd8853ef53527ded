// 今日会议: today's meetings by start — time, kind, title, place and whether it has begun; the next
// day's from the core's midnight on, without a reload.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { useBoardMeetingsToday } from './board-data';
import { useRefetchAtNextDay } from './day-change';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';
import './live-panels.css';

export function MeetingsTodayPanel() {
  const q = useBoardMeetingsToday();
  useRefetchAtNextDay(q.data, q.refetch);
  const d = q.data;
  return (
    <PanelFrame title={BOARD_PANELS['meetings-today'].label} testId="board-panel-meetings-today">
      {!d ? (
        <PanelWaiting error={q.error} />
      ) : d.meetings.length === 0 ? (
        <PanelEmpty>今日无会议安排</PanelEmpty>
      ) : (
        <div className="tgb-meetings" data-date={d.date}>
          {d.meetings.map((m) => (
            <div key={m.id} className={`tgb-meeting tgb-meeting-${m.status}`} data-testid="board-meeting">
              <div className="tgb-meeting-time">
                {m.startTime}
                <span className="tgb-meeting-end">–{m.plannedEnd}</span>
              </div>
              <div className="tgb-meeting-main">
                <div className="tgb-meeting-title">
                  <span className="tgb-meeting-kind">{m.kindLabel}</span>
                  {m.title}
                </div>
                {m.place ? <div className="tgb-meeting-place">{m.place}</div> : null}
              </div>
              <span className="tgb-meeting-status">{m.statusLabel}</span>
            </div>
          ))}
        </div>
      )}
    </PanelFrame>
  );
}
