// The meetings on a start screen (roles with 查看例会): today's, or this week's (Monday to Sunday)
// by day, with the schedule's meetings not yet created (「开会」 creates one with its generated
// agenda); `present` adds 放映 to today's meetings.
import { RightOutlined } from '@ant-design/icons';
import { Card, List } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { addDaysTo } from '../cases/case-format';
import { todayShanghai } from '../meetings/meeting-format';
import { calendarEntries, DayGroups } from '../meetings/meetings-list';
import '../meetings/meetings.css';

/** Monday and Sunday of the week of a 'YYYY-MM-DD'. */
function weekOf(date: string): { from: string; to: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const from = addDaysTo(date, weekday === 0 ? -6 : 1 - weekday);
  return { from, to: addDaysTo(from, 6) };
}

export function MeetingsCard({ range, present = false }: { range: 'today' | 'week'; present?: boolean }) {
  const navigate = useNavigate();
  const { can } = useSession();
  const [today] = useState(todayShanghai);
  const allowed = can('meetings.read');
  const span = range === 'today' ? { from: today, to: today } : weekOf(today);
  const calendar = useRpcQuery('meetings.calendar', span, { enabled: allowed, refetchInterval: 5 * 60_000, silent: true });
  if (!allowed) return null;
  const entries = calendarEntries((calendar.data?.meetings ?? []).filter((m) => m.status !== 'cancelled'), calendar.data?.slots ?? []);
  const title = range === 'today' ? '今日会议' : '本周会议';
  const empty = calendar.error ? `会议日程暂不可用：${calendar.error.message}` : range === 'today' ? '今天没有会议' : '本周没有会议';
  return (
    <Card
      size="small"
      className="tgw-panel tgw-meetings"
      title={title}
      extra={
        <a onClick={() => void navigate('/meetings')}>
          全部会议 <RightOutlined />
        </a>
      }
      data-testid={range === 'today' ? 'workbench-meetings' : 'start-week-meetings'}
    >
      {calendar.isPending ? <List loading /> : <DayGroups entries={entries} today={today} empty={empty} testId={`start-meetings-${range}`} present={present} />}
    </Card>
  );
}
