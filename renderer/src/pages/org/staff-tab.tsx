// 网格力量: everyone who serves in the grids, with the units each one serves.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { AssignmentRow } from '../../../../shared/api';
import { TEAM_ROLE_LABELS, type Staff } from '../../../../shared/org/org-types';
import { maskPhone } from '../../../../shared/registry/citizen-id';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { StaffModal } from './staff-modal';

export function StaffTab() {
  const { message } = App.useApp();
  const { can } = useSession();
  const canWrite = can('org.write');
  const showPhone = can('sensitive.read');
  const staff = useRpcQuery('staff.list', { includeArchived: true });
  const assignments = useRpcQuery('staff.assignments', {});
  const update = useRpcMutation('staff.update');
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [query, setQuery] = useState('');

  const byStaff = useMemo(() => {
    const m = new Map<string, AssignmentRow[]>();
    for (const a of assignments.data ?? []) m.set(a.staffId, [...(m.get(a.staffId) ?? []), a]);
    return m;
  }, [assignments.data]);

  const rows = useMemo(() => {
    const q = query.trim();
    const all = staff.data ?? [];
    if (!q) return all;
    return all.filter((s) => s.name.includes(q) || s.phone.includes(q) || (byStaff.get(s.id) ?? []).some((a) => a.unitName.includes(q)));
  }, [staff.data, query, byStaff]);

  const setFlag = async (s: Staff, patch: { onDuty?: boolean; archived?: boolean }, done: string) => {
    await update.mutateAsync({ id: s.id, ...patch });
    void message.success(`${s.name}${done}`);
  };

  const columns: TableColumnsType<Staff> = [
    { title: '姓名', dataIndex: 'name', width: 100, render: (n: string, s) => (s.archived ? <span className="tg-muted">{n}</span> : n) },
    { title: '联系电话', dataIndex: 'phone', width: 140, render: (p: string) => <span className="tg-num">{showPhone ? p : maskPhone(p)}</span> },
    { title: '职务/身份', dataIndex: 'title', width: 140, render: (t: string) => t || <span className="tg-muted">—</span> },
    {
      title: '服务单元与职责',
      key: 'units',
      render: (_: unknown, s) => {
        const list = byStaff.get(s.id) ?? [];
        if (list.length === 0) return <span className="tg-muted">未分配</span>;
        return list.map((a) => (
          <Tag key={a.id}>
            {a.unitName} · {TEAM_ROLE_LABELS[a.teamRole]}
            {a.post ? `（${a.post}岗）` : ''}
          </Tag>
        ));
      },
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_: unknown, s) => (s.archived ? <Tag>已离岗</Tag> : s.onDuty ? <Tag color="green">在岗</Tag> : <Tag color="orange">请假</Tag>),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_: unknown, s: Staff) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => setEditing(s)}>
                  编辑
                </Button>
                {!s.archived ? (
                  <Button type="link" size="small" onClick={() => void setFlag(s, { onDuty: !s.onDuty }, s.onDuty ? '已登记请假' : '已恢复在岗').catch(() => undefined)}>
                    {s.onDuty ? '登记请假' : '恢复在岗'}
                  </Button>
                ) : null}
                <Popconfirm
                  title={s.archived ? '恢复该人员？' : '登记离岗？'}
                  description={s.archived ? undefined : '离岗后不能再分配到网格，原有任职保留可查。'}
                  okText="确定"
                  cancelText="取消"
                  onConfirm={() => setFlag(s, { archived: !s.archived }, s.archived ? '已恢复' : '已登记离岗').catch(() => undefined)}
                >
                  <Button type="link" size="small" danger={!s.archived}>
                    {s.archived ? '恢复' : '离岗'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="staff-tab">
      <div className="tg-toolbar">
        <Space>
          <Input.Search allowClear placeholder="搜索姓名、电话、网格" style={{ width: 280 }} onChange={(e) => setQuery(e.target.value)} />
          <span className="tg-muted">
            共 {(staff.data ?? []).filter((s) => !s.archived).length} 人，在岗 {(staff.data ?? []).filter((s) => !s.archived && s.onDuty).length} 人
          </span>
        </Space>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="staff-create">
            新增人员
          </Button>
        ) : null}
      </div>
      <Table<Staff>
        rowKey="id"
        size="small"
        loading={staff.isPending}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` }}
      />
      <StaffModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
