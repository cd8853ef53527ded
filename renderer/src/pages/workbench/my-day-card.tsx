// 我的今天 on the grid worker's start screen: its grids (and those it covers for a colleague on
// leave), whether today's work log is written, and its last 14 days (routine.myDay, the same
// read and day strip as 网格员工作 › 我的今天, where the log is filled in).
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api-error';
import { useRpcQuery } from '../../app/rpc-hooks';
import { DayStrip } from '../routine/day-strip';
import '../routine/routine.css';

export function MyDayCard() {
  const navigate = useNavigate();
  const day = useRpcQuery('routine.myDay', {}, { silent: true });
  const d = day.data;
  const status = !d ? null : d.onLeave ? (
    <Tag color="blue">今天请假</Tag>
  ) : d.log?.status === 'submitted' ? (
    <Tag color="green">日志已提交</Tag>
  ) : d.log ? (
    <Tag color="orange">日志草稿</Tag>
  ) : (
    <Tag color="red">今日日志未填写</Tag>
  );
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={<span>我的今天 {status}</span>}
      loading={day.isPending}
      extra={
        <Button size="small" type={d?.log?.status === 'submitted' || d?.onLeave ? 'default' : 'primary'} icon={<EditOutlined />} onClick={() => void navigate('/routine')} data-testid="start-write-log">
          {d?.log ? '查看今日日志' : '填写今日日志'}
        </Button>
      }
      data-testid="start-my-day"
    >
      {day.error ? (
        <Alert type="warning" showIcon title={errorMessage(day.error)} />
      ) : d ? (
        <>
          <div className="tgw-my-grids" data-testid="start-my-grids">
            <span className="tg-muted">我的网格：</span>
            {d.grids.length ? d.grids.map((g) => <Tag key={g.id}>{g.covering ? `${g.name}（替${g.covering}）` : g.name}</Tag>) : <span className="tg-muted">未分配网格</span>}
          </div>
          <div className="tgr-recent-title">
            近14天 <span className="tg-muted">应填{d.recentTotals.due}天 · 已提交{d.recentTotals.done}天 · 请假{d.recentTotals.leave}天 · 缺{d.recentTotals.missing}天</span>
          </div>
          <DayStrip days={d.recent} />
        </>
      ) : null}
    </Card>
  );
}
