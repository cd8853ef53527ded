// 待合并的重复记录: records two PCs created apart under the same natural key (citizen ID,
// username, code …) with different details, so sync kept both. The administrator picks the
// record to keep and merges the others into it (references follow; one transaction).
import { App, Alert, Button, Card, Empty, Popconfirm, Radio, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { DuplicateGroup, DuplicateRecord } from '../../../../shared/sync/duplicates-api';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { formatDateTime } from '../registry/format';

function groupKey(g: DuplicateGroup): string {
  return `${g.table}:${g.records.map((r) => r.id).join(',')}`;
}

/** The record most others point at is the natural one to keep; ties go to the oldest. */
function defaultKeep(g: DuplicateGroup): string {
  return [...g.records].sort((a, b) => b.references - a.references || (a.createdAt ?? Infinity) - (b.createdAt ?? Infinity))[0]!.id;
}

function DuplicateGroupCard({ group }: { group: DuplicateGroup }) {
  const { message } = App.useApp();
  const merge = useRpcMutation('sync.mergeDuplicates');
  const [keepId, setKeepId] = useState(() => defaultKeep(group));
  const others = group.records.filter((r) => r.id !== keepId);
  const columns: TableColumnsType<DuplicateRecord> = [
    {
      title: '保留',
      key: 'keep',
      width: 64,
      render: (_: unknown, r) => <Radio checked={r.id === keepId} disabled={group.notMergeable !== null} onChange={() => setKeepId(r.id)} aria-label={`保留 ${r.summary}`} />,
    },
    { title: '记录', dataIndex: 'summary', ellipsis: true },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (ms: number | null) => (ms === null ? '—' : formatDateTime(new Date(ms).toISOString())) },
    { title: '被引用', dataIndex: 'references', width: 90, render: (n: number) => `${n.toLocaleString('zh-CN')} 处` },
  ];
  return (
    <div className="tgs-dup-group" data-testid="sync-duplicate-group">
      <Space className="tgs-dup-head" wrap>
        <Tag color="orange">{group.tableLabel}</Tag>
        <span>
          {group.keyLabel}：<b className="tgs-mono">{group.value}</b>
        </span>
        <span className="tg-muted">共 {group.records.length} 条</span>
      </Space>
      {group.notMergeable ? <Alert type="warning" showIcon title={group.notMergeable} className="tgs-dup-note" /> : null}
      <Table<DuplicateRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={group.records}
        pagination={false}
        onRow={(r) => ({ onClick: () => group.notMergeable === null && setKeepId(r.id) })}
      />
      {group.notMergeable === null ? (
        <div className="tgs-dup-actions">
          <Popconfirm
            title="合并重复记录？"
            description={`其余 ${others.length} 条将并入所选记录：引用它们的数据改为指向保留的记录，其余记录删除。此操作会同步到各台电脑。`}
            okText="合并"
            cancelText="取消"
            onConfirm={() =>
              merge.mutateAsync({ table: group.table, keepId, mergeIds: others.map((r) => r.id) }).then(
                (r) => void message.success(`已合并 ${r.merged} 条重复记录`),
                () => undefined, // the failure is shown by the mutation
              )
            }
          >
            <Button type="primary" size="small" loading={merge.isPending} data-testid="sync-duplicate-merge">
              合并到所选记录
            </Button>
          </Popconfirm>
        </div>
      ) : null}
    </div>
  );
}

export function SyncDuplicates() {
  const groups = useRpcQuery('sync.duplicates', {}, { silent: true });
  const list = groups.data ?? [];
  return (
    <Card size="small" title={`待合并的重复记录（${list.length} 组）`} className="tgs-sync-card" loading={groups.isPending} data-testid="sync-duplicates">
      {groups.isError ? <Alert type="error" showIcon title="读取重复记录失败，请稍后重试" /> : null}
      {list.length ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div className="tg-muted">
            两台电脑断开期间分别登记了同一人员、单位或账号（身份证号、编码、用户名相同而内容不同），同步时两条都已保留。请选择要保留的一条，将其余并入。
          </div>
          {list.map((g) => (
            <DuplicateGroupCard key={groupKey(g)} group={g} />
          ))}
        </Space>
      ) : groups.isError ? null : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待合并的重复记录" />
      )}
    </Card>
  );
}
