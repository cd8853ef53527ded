// 议程: the meeting's items in order with their planned start and end; planned minutes edited
// in place (the end time follows), moved up or down, removed, a custom item added (optionally on
// a case); each item expands to its content — figures, table and chart (meetings.content).
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, Popconfirm, Skeleton, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { SECTION_LABELS } from '../../../../shared/meetings/agenda-types';
import type { AgendaItemRow, MeetingContent, MeetingDetail } from '../../../../shared/meetings/meeting-types';
import type { ApiError } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../cases/case-format';
import { ItemModal } from './item-modal';
import { fmtMeetingDay } from './meeting-format';
import { SectionView } from './section-view';

export function ItemTitle({ item }: { item: AgendaItemRow }) {
  return (
    <span className="tgm-item-title">
      <span data-testid={`item-title-${item.id}`}>{item.title}</span>
      {item.section !== 'custom' && item.title !== SECTION_LABELS[item.section] ? <Tag className="tgm-link-tag">{SECTION_LABELS[item.section]}</Tag> : null}
      {item.carryId && item.timesRaised ? (
        <Tag color={item.timesRaised >= 3 ? 'red' : 'orange'} className="tgm-link-tag">
          第{item.timesRaised}次通报{item.firstRaisedDate ? ` · 首次 ${fmtMeetingDay(item.firstRaisedDate)}` : ''}
        </Tag>
      ) : null}
      {item.caseId ? (
        <Link className="tgm-link-tag" to={`/cases/${item.caseId}`}>
          {item.caseNumber}
        </Link>
      ) : null}
    </span>
  );
}

function ItemContent({ item, content, error }: { item: AgendaItemRow; content: MeetingContent | undefined; error: ApiError | null }) {
  if (error) return <Alert type="warning" showIcon title={`议题内容暂不可用：${error.message}`} />;
  if (!content) return <Skeleton active paragraph={{ rows: 3 }} />;
  const c = content.items[item.id];
  return (
    <div data-testid={`item-content-${item.id}`}>
      {item.notes ? <div className="tgm-notes">汇报要点：{item.notes}</div> : null}
      {c ? <SectionView content={c} /> : <span className="tg-muted">本议题无统计内容</span>}
    </div>
  );
}

function MinutesCell({ item, editable }: { item: AgendaItemRow; editable: boolean }) {
  const save = useRpcMutation('meetings.saveItem');
  if (!editable) return <span className="tg-num">{item.plannedMinutes} 分钟</span>;
  const commit = (v: number | null) => {
    if (v && v !== item.plannedMinutes) save.mutate({ meetingId: item.meetingId, itemId: item.id, plannedMinutes: v });
  };
  return (
    <InputNumber
      key={`${item.id}-${item.plannedMinutes}`}
      size="small"
      min={1}
      max={240}
      precision={0}
      defaultValue={item.plannedMinutes}
      suffix="分钟"
      style={{ width: 96 }}
      disabled={save.isPending}
      onBlur={(e) => commit(Number(e.target.value) || null)}
      onPressEnter={(e) => commit(Number((e.target as HTMLInputElement).value) || null)}
      data-testid={`item-minutes-${item.id}`}
    />
  );
}

export function AgendaPanel({ detail, content, contentError }: { detail: MeetingDetail; content: MeetingContent | undefined; contentError: ApiError | null }) {
  const { can } = useSession();
  const m = detail.meeting;
  const editable = can('meetings.write') && (m.status === 'planned' || m.status === 'running');
  const reorder = useRpcMutation('meetings.reorder');
  const remove = useRpcMutation('meetings.removeItem');
  const [editing, setEditing] = useState<AgendaItemRow | 'new' | null>(null);
  const [expanded, setExpanded] = useState<string[]>(() => (detail.items[0] ? [detail.items[0].id] : []));
  const items = detail.items;
  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate({ meetingId: m.id, itemIds: ids });
  };
  return (
    <div data-testid="meeting-agenda">
      <div className="tgm-toolbar">
        <span className="tg-muted">
          共 {items.length} 项议题，计划 {m.plannedMinutes} 分钟，{m.startTime} 开始，预计 <b data-testid="agenda-end">{m.plannedEnd}</b> 结束
          {content ? `；数据${content.frozen ? '定格于' : '截至'} ${fmtDateTime(content.asOf)}` : ''}
        </span>
        {editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="agenda-add">
            添加议题
          </Button>
        ) : null}
      </div>
      <Table<AgendaItemRow>
        rowKey="id"
        size="middle"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '议程为空，请添加议题' }}
        onRow={(i) => ({ 'data-testid': `agenda-item-${i.position}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
          expandedRowRender: (i) => <ItemContent item={i} content={content} error={contentError} />,
        }}
        columns={[
          { title: '序号', key: 'n', width: 56, render: (_, i) => i.position + 1 },
          { title: '时间', key: 'time', width: 110, render: (_, i) => <span className="tg-num" data-testid={`item-time-${i.id}`}>{`${i.plannedStart}–${i.plannedEndTime}`}</span> },
          { title: '议题', key: 'title', render: (_, i) => <ItemTitle item={i} /> },
          { title: '计划时长', key: 'minutes', width: 120, render: (_, i) => <MinutesCell item={i} editable={editable} /> },
          ...(editable
            ? [
                {
                  title: '调整',
                  key: 'ops',
                  width: 150,
                  render: (_: unknown, i: AgendaItemRow, index: number) => (
                    <Space size={2}>
                      <Tooltip title="上移">
                        <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)} data-testid={`item-up-${i.id}`} />
                      </Tooltip>
                      <Tooltip title="下移">
                        <Button
                          size="small"
                          type="text"
                          icon={<ArrowDownOutlined />}
                          aria-label="下移"
                          disabled={index === items.length - 1 || reorder.isPending}
                          onClick={() => move(index, 1)}
                          data-testid={`item-down-${i.id}`}
                        />
                      </Tooltip>
                      <Tooltip title="修改议题">
                        <Button size="small" type="text" icon={<EditOutlined />} aria-label="修改议题" onClick={() => setEditing(i)} data-testid={`item-edit-${i.id}`} />
                      </Tooltip>
                      <Popconfirm title={`从议程中移除「${i.title}」？`} okText="移除" cancelText="保留" onConfirm={() => remove.mutateAsync({ itemId: i.id })}>
                        <Tooltip title="移除">
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="移除" data-testid={`item-remove-${i.id}`} />
                        </Tooltip>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ItemModal meetingId={m.id} item={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
    </div>
  );
}
