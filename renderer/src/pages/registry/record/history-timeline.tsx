// 修改记录: who changed what and when, newest first, each change as 字段：原值 → 新值.
import { Empty, Tag, Timeline } from 'antd';
import type { HistoryEntry } from '../../../../../shared/registry/registry-records';
import { formatDateTime } from '../format';

const ACTION_COLORS: Record<HistoryEntry['action'], string> = { create: 'green', update: 'blue', delete: 'red' };

function Value({ v }: { v: string | null }) {
  return v === null || v === '' ? <span className="tg-history-empty">（空）</span> : <span className="tg-history-value">{v}</span>;
}

export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无修改记录" />;
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      className="tg-history"
      data-testid="record-history"
      items={sorted.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: ACTION_COLORS[e.action],
        content: (
          <div className="tg-history-entry">
            <div className="tg-history-head">
              <span className="tg-history-time">{formatDateTime(e.at)}</span>
              <span className="tg-history-actor">{e.actorName || '系统'}</span>
              <Tag color={ACTION_COLORS[e.action]} variant="filled">
                {e.actionLabel}
              </Tag>
            </div>
            {e.changes.length > 0 ? (
              <table className="tg-history-changes">
                <tbody>
                  {e.changes.map((c, j) => (
                    <tr key={`${c.field}-${j}`}>
                      <th>{c.label}</th>
                      <td>
                        {e.action === 'create' ? (
                          <Value v={c.to} />
                        ) : (
                          <>
                            <Value v={c.from} /> <span className="tg-history-arrow">→</span> <Value v={c.to} />
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
