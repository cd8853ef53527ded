// 二次通报: problems left unresolved at a meeting that come back at each meeting of the kind
// until solved (meetings.carries); 标记已解决 with a note (a linked case closing resolves it too).
import { Button, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { MEETING_KIND_LABELS } from '../../../../shared/meetings/meeting-kinds';
import type { CarryRow } from '../../../../shared/meetings/meeting-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../cases/case-format';
import { fmtMeetingDay } from './meeting-format';
import { NoteModal } from './note-modal';

export function CarriesView() {
  const { can } = useSession();
  const [status, setStatus] = useState<'open' | 'resolved' | 'all'>('open');
  const carries = useRpcQuery('meetings.carries', { status });
  const resolve = useRpcMutation('meetings.resolveCarry', { silent: true });
  const [resolving, setResolving] = useState<CarryRow | null>(null);
  return (
    <div data-testid="meetings-carries">
      <div className="tgm-toolbar">
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'open', label: '未解决' },
            { value: 'resolved', label: '已解决' },
            { value: 'all', label: '全部' },
          ]}
        />
        <span className="tg-muted">会上未解决的问题在下次同类会议上再次通报，直至关联事件办结或标记已解决。</span>
      </div>
      <Table<CarryRow>
        rowKey="id"
        size="small"
        loading={carries.isPending}
        dataSource={carries.data ?? []}
        pagination={false}
        locale={{ emptyText: status === 'open' ? '没有待二次通报的问题' : '没有记录' }}
        onRow={(c) => ({ 'data-testid': `carry-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '问题',
            dataIndex: 'title',
            render: (v: string, c) => (
              <span>
                {v}
                {c.caseId ? (
                  <Link className="tgm-link-tag" to={`/cases/${c.caseId}`}>
                    {c.caseNumber}
                  </Link>
                ) : null}
              </span>
            ),
          },
          { title: '会议类型', key: 'kind', width: 120, render: (_, c) => MEETING_KIND_LABELS[c.kind] },
          { title: '通报次数', key: 'times', width: 100, render: (_, c) => <Tag color={c.timesRaised >= 3 ? 'red' : 'orange'}>第{c.timesRaised}次</Tag> },
          { title: '首次通报', key: 'first', width: 150, render: (_, c) => fmtMeetingDay(c.firstRaisedDate) },
          {
            title: '状态',
            key: 'status',
            width: 220,
            render: (_, c) =>
              c.status === 'resolved' ? (
                <span title={c.resolvedNote}>
                  <Tag color="green">已解决</Tag>
                  <span className="tg-muted">
                    {c.resolvedByName ?? ''} {fmtDateTime(c.resolvedAt)}
                  </span>
                </span>
              ) : can('meetings.write') ? (
                <Button size="small" onClick={() => setResolving(c)} data-testid={`carry-resolve-${c.id}`}>
                  标记已解决
                </Button>
              ) : (
                <Tag color="orange">未解决</Tag>
              ),
          },
        ]}
        expandable={{ rowExpandable: (c) => !!c.resolvedNote, expandedRowRender: (c) => <span>解决情况：{c.resolvedNote}</span> }}
      />
      <NoteModal
        open={!!resolving}
        title="标记已解决"
        intro={resolving?.title}
        label="解决情况"
        okText="标记已解决"
        onSubmit={(note) => resolve.mutateAsync({ carryId: resolving!.id, note })}
        onClose={() => setResolving(null)}
        testId="carry-resolve"
      />
    </div>
  );
}
