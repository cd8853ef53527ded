// A card of cases on a start screen: one line each (urgency, title; number, grid, who handles
// it; the deadline and status on the right), the most urgent first, click to open the case.
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, List } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CaseQueue } from '../../../../shared/cases/case-inputs';
import type { CaseRow } from '../../../../shared/cases/case-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { deadlineState } from '../cases/case-format';
import { DeadlineText, StatusTag, SupervisedFlag, UrgencyTag } from '../cases/case-tags';
import { useRemainingWorkingDays } from '../cases/use-working-days';

export function CaseItems({ rows, loading, empty }: { rows: CaseRow[]; loading: boolean; empty: string }) {
  const navigate = useNavigate();
  const remaining = useRemainingWorkingDays();
  return (
    <List<CaseRow>
      size="small"
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      renderItem={(r) => (
        <List.Item className="tgw-case" onClick={() => void navigate(`/cases/${r.id}`)} data-testid="start-case">
          <div className="tgw-case-main">
            <div className="tgw-case-title" title={r.title}>
              <UrgencyTag urgency={r.urgency} />
              {r.title}
            </div>
            <div className="tgw-case-sub">
              <span className="tg-num tgw-case-number">{r.number}</span>
              <span className="tgw-case-where">{r.gridName ?? r.villageName ?? ''}</span>
              {r.assigneeLabel !== r.gridName ? <span className="tgw-case-where">{r.assigneeLabel ?? '未派遣'}</span> : null}
            </div>
          </div>
          <div className="tgw-case-side">
            <DeadlineText state={deadlineState(r, r.dueState && r.dueState !== 'overdue' ? remaining(r.deadlineAt) : null)} />
            <span className="tgw-case-tags">
              <StatusTag status={r.status} />
              <SupervisedFlag supervised={r.supervised} urgeCount={r.urgeCount} />
            </span>
          </div>
        </List.Item>
      )}
    />
  );
}

/** A queue's first cases by deadline (cases.queue, in the caller's case scope) with a link to the whole queue. */
export function QueueListCard({ queue, title, empty }: { queue: CaseQueue; title: ReactNode; empty: string }) {
  const navigate = useNavigate();
  const page = useRpcQuery('cases.queue', { queue, filter: {}, sort: { field: 'deadlineAt', dir: 'asc' }, limit: 8 }, { refetchInterval: 60_000 });
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={title}
      extra={
        <a onClick={() => void navigate(`/cases?queue=${queue}`)}>
          全部 {page.data?.total ?? 0} 件 <RightOutlined />
        </a>
      }
      data-testid={`workbench-list-${queue}`}
    >
      <CaseItems rows={page.data?.rows ?? []} loading={page.isPending} empty={empty} />
    </Card>
  );
}
