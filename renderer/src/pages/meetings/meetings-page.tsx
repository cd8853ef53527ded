// 例会 (docs/meetings.md): the meetings by day with the schedule's slots (会议), the problems
// raised again until solved (?tab=carries, 二次通报) and the decided tasks (?tab=tasks); one
// meeting at #/meetings/<id>.
import { Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { CarriesView } from './carries-view';
import { MeetingView } from './meeting-view';
import { MeetingsList } from './meetings-list';
import { TasksView } from './tasks-view';
import './meetings.css';

export function MeetingsPage() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  return (
    <div className="tg-page tgm-page" data-testid="meetings-page">
      {id ? (
        <MeetingView key={id} meetingId={id} />
      ) : (
        <Tabs
          activeKey={params.get('tab') ?? 'meetings'}
          onChange={(tab) => setParams(tab === 'meetings' ? {} : { tab })}
          destroyOnHidden
          data-testid="meetings-tabs"
          items={[
            { key: 'meetings', label: '会议', children: <MeetingsList /> },
            { key: 'carries', label: '二次通报', children: <CarriesView /> },
            { key: 'tasks', label: '任务', children: <TasksView /> },
          ]}
        />
      )}
    </div>
  );
}
