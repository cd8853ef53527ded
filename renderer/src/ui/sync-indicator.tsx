// The small 数据同步 indicator on the desk header and the wall board: 同步正常 / 正在同步 /
// 离线 N 分钟, hidden while this PC has no paired device. Only counts and states, nothing personal.
import { useRpcQuery } from '../app/rpc-hooks';
import { indicatorView } from './sync-format';
import './sync-indicator.css';

const POLL_MS = 15_000;

export function SyncIndicator({ variant, onOpen }: { variant: 'header' | 'board'; /** Opens 数据同步 (administrators on the desk). */ onOpen?: () => void }) {
  const q = useRpcQuery('sync.indicator', {}, { refetchInterval: POLL_MS, refetchIntervalInBackground: variant === 'board', silent: true });
  // dataUpdatedAt moves with every poll, so 「离线 N 分钟」 counts on even when the answer is unchanged.
  const view = q.data ? indicatorView(q.data, q.dataUpdatedAt) : null;
  if (!q.data || !view) return null;
  const held = variant === 'header' && q.data.quarantined > 0 ? q.data.quarantined : 0;
  const className = `tg-sync tg-sync-${variant} tg-sync-${held ? 'alarm' : view.tone}${onOpen ? ' tg-sync-link' : ''}`;
  const content = (
    <>
      <span className="tg-sync-dot" aria-hidden />
      {view.text}
      {held ? <span className="tg-sync-held">（{held} 条记录时间异常待处理）</span> : null}
    </>
  );
  const common = { className, title: `数据同步：已配对 ${q.data.paired} 台，在线 ${q.data.connected} 台`, 'data-testid': `sync-indicator-${variant}`, 'data-state': q.data.state };
  return onOpen ? (
    <button type="button" {...common} onClick={onOpen}>
      {content}
    </button>
  ) : (
    <span {...common}>{content}</span>
  );
}
