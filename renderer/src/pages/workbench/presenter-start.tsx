// 例会汇报人's start screen: the town's figures it reports, today's meetings with 放映, the latest
// grid ranking and this week's meetings.
import { MeetingsCard } from './meetings-card';
import { RankingCard } from './ranking-card';
import { TownFigures } from './town-figures';
import { StartAreas } from './start-areas';

export function PresenterStart() {
  return (
    <div className="tgw-role" data-testid="start-presenter">
      <TownFigures />
      <StartAreas
        main={<MeetingsCard range="today" present />}
        side={<RankingCard />}
        more={<MeetingsCard range="week" />}
      />
    </div>
  );
}
