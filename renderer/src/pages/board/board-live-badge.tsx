// The board's connection state: live, connecting, or cut off, with the time of the last data.
import { useLiveStatus } from '../../app/live-status';
import { formatShanghaiTime } from './board-clock';

export function LiveBadge({ updatedAt }: { updatedAt: string | null }) {
  const status = useLiveStatus();
  const live = status === 'live';
  return (
    <div className={`tgb-live ${live ? 'tgb-live-on' : 'tgb-live-off'}`} data-testid="board-live">
      <span className="tgb-live-dot" />
      {live ? '实时联动' : status === 'connecting' ? '正在连接…' : '连接中断，正在重连…'}
      {updatedAt ? <span className="tgb-live-time">数据更新于 {formatShanghaiTime(new Date(updatedAt))}</span> : null}
    </div>
  );
}
