// 历史: what happened to the meeting and by whom — created, started, ended, minutes edited after
// the end (with what changed).
import { Empty, Timeline } from 'antd';
import type { MeetingEventRow } from '../../../../shared/meetings/meeting-types';
import { fmtDateTime } from '../cases/case-format';

const ACTION_LABELS: Record<MeetingEventRow['action'], string> = {
  created: '创建会议',
  started: '开始会议',
  finished: '结束会议',
  cancelled: '取消会议',
  minutes_edited: '会后修改记录',
  reopened_item: '重新议定议题',
};

export function HistoryPanel({ history }: { history: MeetingEventRow[] }) {
  if (!history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;
  const rows = [...history].sort((a, b) => b.at - a.at);
  return (
    <Timeline
      className="tgm-history"
      data-testid="meeting-history"
      items={rows.map((e) => ({
        color: e.action === 'minutes_edited' || e.action === 'reopened_item' ? 'orange' : e.action === 'cancelled' ? 'red' : 'blue',
        content: (
          <div data-testid={`history-${e.action}`}>
            <b>{ACTION_LABELS[e.action]}</b>
            <span className="tg-muted">
              {' '}
              {fmtDateTime(e.at)} · {e.actorName}
            </span>
            {e.note ? <div className="tgm-history-note">{e.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
