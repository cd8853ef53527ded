// 任务: the tasks decided at meetings (meetings.tasks), overdue ones in red; 销号 with a note on
// what was done. Also the task list of one meeting (its 记录 tab).
import { Button, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MeetingTaskRow } from '../../../../shared/meetings/meeting-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../cases/case-format';
import { fmtMeetingDay, meetingPath } from './meeting-format';
import { NoteModal } from './note-modal';

export function TaskTable({ tasks, showMeeting, loading }: { tasks: MeetingTaskRow[]; showMeeting?: boolean; loading?: boolean }) {
  const { can } = useSession();
  const clear = useRpcMutation('meetings.clearTask', { silent: true });
  const [clearing, setClearing] = useState<MeetingTaskRow | null>(null);
  return (
    <>
      <Table<MeetingTaskRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={tasks}
        pagination={tasks.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: '没有任务' }}
        rowClassName={(t) => (t.overdue ? 'tgm-overdue' : '')}
        onRow={(t) => ({ 'data-testid': `task-row-${t.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '任务', dataIndex: 'title', render: (v: string, t) => (
            <span>
              {v}
              {t.caseId ? (
                <Link className="tgm-link-tag" to={`/cases/${t.caseId}`} onClick={(e) => e.stopPropagation()}>
                  {t.caseNumber}
                </Link>
              ) : null}
              {t.gridName ? <Tag className="tgm-link-tag">{t.gridName}</Tag> : null}
            </span>
          ) },
          { title: '责任人/单位', dataIndex: 'ownerName', width: 130 },
          {
            title: '完成期限',
            key: 'deadline',
            width: 150,
            render: (_, t) => (
              <span className={t.overdue ? 'tgm-red' : ''}>
                {fmtMeetingDay(t.deadline)}
                {t.overdue ? <Tag color="red" style={{ marginLeft: 4 }}>逾期</Tag> : null}
              </span>
            ),
          },
          ...(showMeeting
            ? [{ title: '来自会议', key: 'meeting', width: 200, render: (_: unknown, t: MeetingTaskRow) => <Link to={meetingPath(t.meetingId)}>{t.meetingTitle}</Link> }]
            : []),
          {
            title: '状态',
            key: 'status',
            width: 190,
            render: (_, t) =>
              t.status === 'done' ? (
                <span title={t.doneNote}>
                  <Tag color="green">已销号</Tag>
                  <span className="tg-muted">
                    {t.doneByName} {fmtDateTime(t.doneAt)}
                  </span>
                </span>
              ) : can('meetings.write') ? (
                <Button size="small" onClick={() => setClearing(t)} data-testid={`task-clear-${t.id}`}>
                  销号
                </Button>
              ) : (
                <Tag color="blue">办理中</Tag>
              ),
          },
        ]}
        expandable={{
          rowExpandable: (t) => t.status === 'done' && !!t.doneNote,
          expandedRowRender: (t) => <span>完成情况：{t.doneNote}</span>,
        }}
      />
      <NoteModal
        open={!!clearing}
        title="任务销号"
        intro={clearing ? `${clearing.title}（${clearing.ownerName}）` : undefined}
        label="完成情况"
        placeholder="写明办理结果，如：已清运完毕，现场已复查"
        okText="销号"
        onSubmit={(note) => clear.mutateAsync({ taskId: clearing!.id, note })}
        onClose={() => setClearing(null)}
        testId="task-clear"
      />
    </>
  );
}

export function TasksView() {
  const [status, setStatus] = useState<'open' | 'done' | 'all'>('open');
  const tasks = useRpcQuery('meetings.tasks', { status });
  const rows = tasks.data ?? [];
  const overdue = rows.filter((t) => t.overdue).length;
  return (
    <div data-testid="meetings-tasks">
      <div className="tgm-toolbar">
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'open', label: '未销号' },
            { value: 'done', label: '已销号' },
            { value: 'all', label: '全部' },
          ]}
        />
        <span className="tg-muted">
          会议议定的任务按期限办理，完成后销号；逾期未销号的任务列入下次会议议程。
          {overdue ? <b className="tgm-red"> 逾期 {overdue} 项</b> : null}
        </span>
      </div>
      <TaskTable tasks={rows} showMeeting loading={tasks.isPending} />
    </div>
  );
}
