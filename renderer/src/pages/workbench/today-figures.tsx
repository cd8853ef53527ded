// 今日概况: today's new and closed cases, open cases and the year's on-time rate (board.cases).
import { Card, Statistic } from 'antd';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

export function TodayFigures() {
  const { can } = useSession();
  const board = useRpcQuery('board.cases', {}, { enabled: can('board.read'), refetchInterval: 60_000 });
  const b = board.data;
  if (!can('board.read')) return null;
  return (
    <Card size="small" className="tgw-panel" title="今日概况" data-testid="workbench-today" loading={board.isPending}>
      {b ? (
        <div className="tgw-today">
          <Statistic title="今日新登记" value={b.today.created} suffix="件" />
          <Statistic title="今日办结" value={b.today.closed} suffix="件" />
          <Statistic title="在办事件" value={b.open} suffix="件" />
          <Statistic
            title={`${b.closedOnTime.year}年按期办结率`}
            value={b.closedOnTime.rate === null ? '—' : (b.closedOnTime.rate * 100).toFixed(1)}
            suffix={b.closedOnTime.rate === null ? '' : '%'}
          />
        </div>
      ) : null}
    </Card>
  );
}
