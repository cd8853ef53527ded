// 网格员's start screen: the cases of its grids (to handle, in progress, returned, overdue) and
// its day — its grids, today's work log and the last 14 days.
import { FocusCard } from './focus-card';
import { MyDayCard } from './my-day-card';

export function GridWorkerStart() {
  return (
    <div className="tgw-role" data-testid="start-grid-worker">
      <div className="tgw-grid tgw-grid-main">
        <FocusCard title="我的事件" groups={['to_handle', 'in_progress', 'rework', 'overdue', 'open']} testId="start-focus" />
        <div className="tgw-col">
          <MyDayCard />
        </div>
      </div>
    </div>
  );
}
