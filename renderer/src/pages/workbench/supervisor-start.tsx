// 督导员's start screen: the open problems of its area (the grids it is assigned to; the whole
// town without an assignment) — overdue, 督办, to verify, returned for rework — with the latest
// grid ranking and this week's meetings.
import { FocusCard } from './focus-card';
import { MeetingsCard } from './meetings-card';
import { RankingCard } from './ranking-card';
import { StartAreas } from './start-areas';

export function SupervisorStart() {
  return (
    <div className="tgw-role" data-testid="start-supervisor">
      <StartAreas
        main={<FocusCard title="片区待解决问题" groups={['overdue', 'supervised', 'to_verify', 'rework', 'due_soon']} testId="start-focus" />}
        side={<RankingCard />}
        more={<MeetingsCard range="week" />}
      />
    </div>
  );
}
