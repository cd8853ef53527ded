// 例会汇报人's start screen: the town's figures it reports, today's meetings with 放映, the latest
// grid ranking and this week's meetings.
import { MeetingsCard } from './meetings-card';
import { RankingCard } from './ranking-card';
import { TownFigures } from './town-figures';

export function PresenterStart() {
  return (
    <div className="tgw-role" data-testid="start-presenter">
      <TownFigures />
      <div className="tgw-grid tgw-grid-areas">
        <div className="tgw-col tgw-area-main">
          <MeetingsCard range="today" present />
        </div>
        <div className="tgw-area-side">
          <RankingCard />
        </div>
        <div className="tgw-area-more">
          <MeetingsCard range="week" />
        </div>
      </div>
    </div>
  );
}
