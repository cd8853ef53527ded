// What sync leaves for a person: records held because their time was too far ahead of this
// PC's clock (an alarm: they are not applied), and cases flagged 冲突待核 (two PCs moved the
// case apart: a person reviews what was done and decides).
import { App, Alert, Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import { CASE_ACTION_LABELS } from '../../../../shared/cases/case-workflow';
import type { SyncQuarantineItem } from '../../../../shared/sync/sync-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { formatDateTime } from '../registry/format';
import { spanText } from '../../ui/sync-format';

export function SyncQuarantine({ items }: { items: SyncQuarantineItem[] }) {
  const { message } = App.useApp();
  const discard = useRpcMutation('sync.discardQuarantined');
  const drop = (ids: number[]) =>
    void discard.mutateAsync({ ids }).then(
      (r) => void message.success(`已丢弃 ${r.discarded} 条隔离记录`),
      () => undefined,
    );
  const columns: TableColumnsType<SyncQuarantineItem> = [
    { title: '来自', dataIndex: 'from', width: 180, ellipsis: true },
    { title: '数据', dataIndex: 'table', width: 140 },
    { title: '隔离时间', dataIndex: 'heldAt', width: 150, render: (ms: number) => formatDateTime(new Date(ms).toISOString()) },
    { title: '比本机时钟超前', dataIndex: 'aheadMs', width: 140, render: (ms: number) => <b className="tgs-alarm-text">约 {spanText(ms)}</b> },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, q) => (
        <Popconfirm title="丢弃这条记录？" description="丢弃后它不会写入本机。" okText="丢弃" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => drop([q.id])}>
          <Button type="link" size="small" danger data-testid="sync-discard">
            丢弃
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card
      size="small"
      className="tgs-quarantine"
      data-testid="sync-quarantine"
      title={<span className="tgs-alarm-text">时间异常的记录（已隔离，{items.length} 条）</span>}
      extra={
        <Popconfirm title={`丢弃全部 ${items.length} 条隔离记录？`} okText="全部丢弃" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => drop(items.map((q) => q.id))}>
          <Button size="small" danger>
            全部丢弃
          </Button>
        </Popconfirm>
      }
    >
      <Alert
        type="error"
        showIcon
        className="tgs-quarantine-alert"
        title="有记录的时间比本机时钟超前 5 分钟以上，已隔离，没有写入本机数据"
        description="通常是发送方电脑的系统时间不准。请先核对并校准那台电脑的时间，再丢弃这些记录；校准后对方重新录入或修改即可正常同步。"
      />
      <Table<SyncQuarantineItem> rowKey="id" size="small" columns={columns} dataSource={items} pagination={items.length > 10 ? { pageSize: 10, size: 'small' } : false} />
    </Card>
  );
}

/** 冲突待核: cases two PCs moved apart, waiting for a person. */
export function SyncConflicts({ conflictCases }: { conflictCases: number }) {
  const navigate = useNavigate();
  return (
    <Card size="small" title="待人工处理" className="tgs-sync-card" data-testid="sync-attention">
      <div className="tgs-attention-row">
        <span>冲突待核的事件：</span>
        <b className={conflictCases ? 'tgs-alarm-text' : undefined} data-testid="sync-conflict-cases">
          {conflictCases} 件
        </b>
        {conflictCases ? (
          <Button type="link" size="small" onClick={() => void navigate('/cases?queue=all&conflict=1')} data-testid="sync-conflict-open">
            查看这些事件
          </Button>
        ) : null}
        <span className="tg-muted">
          {conflictCases
            ? `两台电脑在断开期间对同一事件做了不一致的处理（如一台办结、一台退回返工），系统已保留双方记录。请逐件打开，核对办理过程后点击「${CASE_ACTION_LABELS.resolve_conflict}」处理。`
            : '没有需要核对的事件。两台电脑断开期间对同一事件做了不一致的处理时，会列在这里。'}
        </span>
      </div>
    </Card>
  );
}
