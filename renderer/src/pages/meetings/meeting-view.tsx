// One meeting (#/meetings/<id>): its header, then 议程 (with each item's content), 签到, 记录
// (minutes, outcomes, tasks) and 历史.
import { Result, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { PageLoading } from '../../ui/page-loading';
import { AgendaPanel } from './agenda-panel';
import { AttendancePanel } from './attendance-panel';
import { HistoryPanel } from './history-panel';
import { MeetingHeader } from './meeting-header';
import { RecordPanel } from './record-panel';

export function MeetingView({ meetingId }: { meetingId: string }) {
  const [params, setParams] = useSearchParams();
  const detail = useRpcQuery('meetings.get', { meetingId });
  const content = useRpcQuery('meetings.content', { meetingId }, { silent: true, enabled: detail.isSuccess });
  if (detail.isPending) return <PageLoading />;
  if (!detail.data) return <Result status="warning" title="无法打开会议" subTitle={detail.error?.message} />;
  const d = detail.data;
  const tab = params.get('tab') ?? (d.meeting.status === 'running' ? 'record' : 'agenda');
  const signed = d.attendance.filter((a) => a.status === 'present' || a.status === 'late').length;
  return (
    <div data-testid="meeting-view">
      <MeetingHeader detail={d} />
      <Tabs
        activeKey={tab}
        onChange={(t) => setParams({ tab: t }, { replace: true })}
        data-testid="meeting-tabs"
        items={[
          { key: 'agenda', label: `议程（${d.items.length}）`, children: <AgendaPanel detail={d} content={content.data} contentError={content.error} /> },
          { key: 'attendance', label: `签到（${signed}/${d.attendance.length}）`, children: <AttendancePanel detail={d} /> },
          { key: 'record', label: `记录${d.tasks.length ? `（任务 ${d.tasks.length}）` : ''}`, children: <RecordPanel detail={d} /> },
          { key: 'history', label: '历史', children: <HistoryPanel history={d.history} /> },
        ]}
      />
    </div>
  );
}
