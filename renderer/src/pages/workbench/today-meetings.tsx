// 今日会议 on the workbench (roles with 查看例会): today's meetings and the schedule's meetings of
// today not yet created (「开会」 creates one with its generated agenda).
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, List } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { todayShanghai } from '../meetings/meeting-format';
import { calendarEntries, MeetingEntry } from '../meetings/meetings-list';
import '../meetings/meetings.css';

export function TodayMeetings() {
  const navigate = useNavigate();
  const { can } = useSession();
  const [today] = useState(todayShanghai);
  const allowed = can('meetings.read');
  const calendar = useRpcQuery('meetings.calendar', { from: today, to: today }, { enabled: allowed, refetchInterval: 5 * 60_000, silent: true });
  if (!allowed) return null;
  const entries = calendarEntries((calendar.data?.meetings ?? []).filter((m) => m.status !== 'cancelled'), calendar.data?.slots ?? []);
  return (
    <Card
      size="small"
      className="tgw-panel"
      title="今日会议"
      extra={
        <a onClick={() => void navigate('/meetings')}>
          全部会议 <RightOutlined />
        </a>
      }
      data-testid="workbench-meetings"
    >
      <List
        size="small"
        loading={calendar.isPending}
        dataSource={entries}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={calendar.error ? `会议日程暂不可用：${calendar.error.message}` : '今天没有会议'} /> }}
        renderItem={(e) => <MeetingEntry entry={e} today={today} />}
      />
    </Card>
  );
}
