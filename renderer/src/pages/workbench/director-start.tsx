// 中心主任's start screen: the town's figures, the overdue and 督办 cases, the latest grid ranking
// and this week's meetings. The administrator's screen is the same with the system's state
// (`side` comes first beside the cases).
import type { ReactNode } from 'react';
import { FocusCard } from './focus-card';
import { MeetingsCard } from './meetings-card';
import { RankingCard } from './ranking-card';
import { TownFigures } from './town-figures';
import { StartAreas } from './start-areas';

export function DirectorStart({ side, testId = 'start-director' }: { side?: ReactNode; testId?: string }) {
  return (
    <div className="tgw-role" data-testid={testId}>
      <TownFigures />
      <StartAreas
        main={<FocusCard title="超期与督办" groups={['overdue', 'supervised', 'due_soon']} testId="start-focus" />}
        side={
          <>
            {side}
            <RankingCard />
          </>
        }
        more={<MeetingsCard range="week" />}
      />
    </div>
  );
}
