// The board's connection state: live, connecting, or cut off, with the time of the last data.
// When the event stream stays down for a few seconds a large 「连接中断」 notice says so across
// the hall, with the time of the last data; the figures stay on screen beneath it, and it
// goes away by itself when the stream comes back (which refetches everything).
import { useEffect, useState } from 'react';
import { getOfflineSince, useLiveStatus } from '../../app/live-status';
import { formatShanghaiDay, formatShanghaiTime } from './board-clock';
import './board-live-badge.css';

/** A reconnect shorter than this (a wake-up, a station restart) shows no notice. */
export const OFFLINE_NOTICE_DELAY_MS = 4_000;

/** The last data's time: the time of day, with the date when it is not today's (Beijing time). */
export function lastDataLabel(updatedAt: Date, now: Date): string {
  const time = formatShanghaiTime(updatedAt);
  return formatShanghaiDay(updatedAt) === formatShanghaiDay(now) ? time : `${formatShanghaiDay(updatedAt)} ${time}`;
}

/** Whether the stream has been down for the notice's delay (keyed by when it went down). */
function useOfflineNotice(live: boolean): boolean {
  const since = live ? null : getOfflineSince();
  const [shownFor, setShownFor] = useState<number | null>(null);
  useEffect(() => {
    if (since === null) return;
    const timer = setTimeout(() => setShownFor(since), Math.max(0, since + OFFLINE_NOTICE_DELAY_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [since]);
  return since !== null && shownFor === since;
}

export function LiveBadge({ updatedAt }: { updatedAt: string | null }) {
  const status = useLiveStatus();
  const live = status === 'live';
  const notice = useOfflineNotice(live);
  const last = updatedAt ? new Date(updatedAt) : null;
  return (
    <>
      <div className={`tgb-live ${live ? 'tgb-live-on' : 'tgb-live-off'}`} data-testid="board-live">
        <span className="tgb-live-dot" />
        {live ? '实时联动' : status === 'connecting' ? '正在连接…' : '连接中断，正在重连…'}
        {last ? <span className="tgb-live-time">数据更新于 {formatShanghaiTime(last)}</span> : null}
      </div>
      {notice ? (
        <div className="tgb-offline" role="alert" data-testid="board-offline">
          <div className="tgb-offline-title">连接中断</div>
          <div className="tgb-offline-detail">
            <div>{last ? `最后数据时间 ${lastDataLabel(last, new Date())}` : '尚未收到数据'}</div>
            <div>正在自动重连，恢复后自动刷新</div>
          </div>
        </div>
      ) : null}
    </>
  );
}
