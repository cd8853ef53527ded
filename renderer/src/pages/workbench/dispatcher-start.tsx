// 受理调度员's start screen: its queues as big cards (click to open the queue), the overdue and
// soon-due lists, today's meetings, today's figures and the emergency alerts to acknowledge.
import { AlertsPanel } from './alerts-panel';
import { QueueListCard } from './case-list-card';
import { MeetingsCard } from './meetings-card';
import { QueueCards } from './queue-cards';
import { TodayFigures } from './today-figures';

export function DispatcherStart() {
  return (
    <div className="tgw-role" data-testid="start-dispatcher">
      <QueueCards />
      <div className="tgw-grid tgw-grid-dispatch">
        <div className="tgw-lists">
          <QueueListCard queue="overdue" title="超期事件（最久在前）" empty="没有超期事件" />
          <QueueListCard queue="due_soon" title="即将到期" empty="没有即将到期的事件" />
        </div>
        <div className="tgw-col">
          <MeetingsCard range="today" />
          <TodayFigures />
          <AlertsPanel />
        </div>
      </div>
    </div>
  );
}
