// 最新事件: the cases that moved last (registered, accepted, dispatched, closed …), newest first.
// A case new to the panel, or one whose status changed, slides in and glows for a few seconds.
// Wall-safe: number, time, category, building, grid and status; never a title or a reporter.
import { useState } from 'react';
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import type { BoardFeedItem } from '../../../../../shared/board/board-panel-types';
import { useBoardFeed } from './board-data';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';
import './live-panels.css';

const timeFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit' });

/** 「09:41」 today, 「11/19 09:41」 before. */
function movedTime(at: number, today: string): string {
  const d = new Date(at);
  const day = dayFmt.format(d);
  return day === today ? timeFmt.format(d) : `${day} ${timeFmt.format(d)}`;
}

const rowKey = (i: BoardFeedItem) => `${i.number}:${i.status}`;

function FeedRow({ item, today, fresh }: { item: BoardFeedItem; today: string; fresh: boolean }) {
  const cls = ['tgb-feed-row', item.emergency ? 'tgb-feed-emergency' : '', fresh ? 'tgb-feed-new' : ''].filter(Boolean).join(' ');
  return (
    <div className={cls} data-testid="board-feed-row" data-number={item.number}>
      <div className="tgb-feed-top">
        <span className="tgb-feed-time">{movedTime(item.movedAt, today)}</span>
        {item.emergency ? <span className="tgb-chip tgb-chip-red tgb-feed-mark">突发</span> : null}
        <span className="tgb-feed-subject">{item.subject}</span>
        <span className={`tgb-feed-status tgb-feed-status-${item.status}`}>{item.statusLabel}</span>
      </div>
      <div className="tgb-feed-sub">
        <span className="tgb-feed-number">{item.number}</span>
        <span className="tgb-feed-place">{[item.gridName ?? item.villageName, item.place].filter(Boolean).join(' · ')}</span>
      </div>
    </div>
  );
}

export function CaseFeedPanel() {
  const q = useBoardFeed();
  // The rows of the first answer are not news; any row (or status) after it is.
  const [firstKeys, setFirstKeys] = useState<ReadonlySet<string> | null>(null);
  if (q.data && !firstKeys) setFirstKeys(new Set(q.data.items.map(rowKey)));
  const today = dayFmt.format(q.data ? new Date(q.data.generatedAt) : new Date());
  return (
    <PanelFrame title={BOARD_PANELS['case-feed'].label} testId="board-panel-case-feed">
      {!q.data ? (
        <PanelWaiting error={q.error} />
      ) : q.data.items.length === 0 ? (
        <PanelEmpty>暂无事件</PanelEmpty>
      ) : (
        <div className="tgb-feed" data-testid="board-feed">
          {q.data.items.map((i) => (
            <FeedRow key={rowKey(i)} item={i} today={today} fresh={!!firstKeys && !firstKeys.has(rowKey(i))} />
          ))}
        </div>
      )}
    </PanelFrame>
  );
}
