// The open cases of the account's own part of the town (start.focus: a department's, a grid
// worker's grids', a supervisor's area, the whole town), switched by what needs doing — each
// tab with its count — and the chosen group's most urgent cases.
import { RightOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseQueue } from '../../../../shared/cases/case-inputs';
import { FOCUS_GROUP_LABELS, type CaseFocus, type FocusGroup } from '../../../../shared/start/start-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { CaseItems } from './case-list-card';

/** The queue of 事件办理 that holds a group's cases (within the account's case scope). */
const QUEUE_OF: Record<FocusGroup, CaseQueue> = {
  open: 'mine',
  to_handle: 'mine',
  in_progress: 'in_progress',
  rework: 'mine',
  due_soon: 'due_soon',
  overdue: 'overdue',
  supervised: 'supervised',
  to_verify: 'to_verify',
};

export function FocusCard({ title, groups, testId }: { title: string; groups: readonly FocusGroup[]; testId: string }) {
  const navigate = useNavigate();
  // Until the user picks a group, the card opens on the first one that has cases (known once
  // the first answer's counts are in; the list then follows with that group). Only the first
  // answer decides: following later counts would move the card under the user's eyes, and two
  // cached answers that disagree (a case dispatched meanwhile) would switch it back and forth
  // for ever (React's "too many re-renders").
  const [picked, setPicked] = useState<FocusGroup | null>(null);
  const [counts, setCounts] = useState<CaseFocus['counts'] | null>(null);
  const group = picked ?? groups.find((g) => (counts?.[g] ?? 0) > 0) ?? groups[0]!;
  const focus = useRpcQuery('start.focus', { group, limit: 8 }, { refetchInterval: 60_000, placeholderData: (prev) => prev });
  const data = focus.data;
  if (data && counts === null && !picked) setCounts(data.counts);
  const pick = (g: FocusGroup) => setPicked(g);
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={
        <span>
          {title}
          {data ? <span className="tg-muted tgw-scope">{data.scope.label}</span> : null}
        </span>
      }
      extra={
        <a onClick={() => void navigate(`/cases?queue=${QUEUE_OF[group]}`)}>
          事件办理 <RightOutlined />
        </a>
      }
      data-testid={testId}
    >
      <div className="tgw-tiles" role="tablist">
        {groups.map((g) => {
          const n = data?.counts[g];
          const alarm = !!n && (g === 'overdue' || g === 'rework');
          return (
            <button
              key={g}
              type="button"
              role="tab"
              aria-selected={g === group}
              className={`tgw-tile${g === group ? ' tgw-tile-on' : ''}${alarm ? ' tgw-tile-alarm' : ''}${n === 0 ? ' tgw-tile-quiet' : ''}`}
              onClick={() => pick(g)}
              data-testid={`${testId}-tab-${g}`}
            >
              <span className="tgw-tile-label">{FOCUS_GROUP_LABELS[g]}</span>
              <span className="tgw-tile-value" data-testid={`${testId}-count-${g}`}>
                {n === undefined ? '…' : n.toLocaleString('zh-CN')}
              </span>
            </button>
          );
        })}
      </div>
      <CaseItems rows={data?.rows ?? []} loading={focus.isPending || focus.isPlaceholderData} empty={`没有${FOCUS_GROUP_LABELS[group]}的事件`} />
    </Card>
  );
}
