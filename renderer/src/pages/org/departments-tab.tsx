// 职能部门: the town departments that receive dispatched cases.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Department } from '../../../../shared/org/org-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { DepartmentModal } from './department-modal';

export function DepartmentsTab() {
  const { message } = App.useApp();
  const { can } = useSession();
  const canWrite = can('org.write');
  const departments = useRpcQuery('departments.list', { includeArchived: true });
  const update = useRpcMutation('departments.update');
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  const setArchived = async (d: Department, archived: boolean) => {
    await update.mutateAsync({ id: d.id, archived });
    void message.success(archived ? `“${d.name}”已停用` : `“${d.name}”已启用`);
  };

  const columns: TableColumnsType<Department> = [
    { title: '编码', dataIndex: 'code', width: 110 },
    { title: '部门名称', dataIndex: 'name', width: 180, render: (n: string, d) => (d.archived ? <span className="tg-muted">{n}</span> : n) },
    { title: '联系电话', dataIndex: 'phone', width: 150, render: (p: string) => p || <span className="tg-muted">未填写</span> },
    {
      title: '受理事件类别',
      dataIndex: 'categories',
      render: (cs: string[]) => (cs.length ? cs.map((c) => <Tag key={c}>{c}</Tag>) : <span className="tg-muted">未设置</span>),
    },
    { title: '状态', dataIndex: 'archived', width: 90, render: (a: boolean) => (a ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>) },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_: unknown, d: Department) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => setEditing(d)}>
                  编辑
                </Button>
                <Popconfirm
                  title={d.archived ? '启用该部门？' : '停用该部门？'}
                  description={d.archived ? undefined : '停用后不再接收新派遣的事件。'}
                  okText="确定"
                  cancelText="取消"
                  onConfirm={() => setArchived(d, !d.archived).catch(() => undefined)}
                >
                  <Button type="link" size="small" danger={!d.archived}>
                    {d.archived ? '启用' : '停用'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="departments-tab">
      <div className="tg-toolbar">
        <span className="tg-muted">共 {(departments.data ?? []).filter((d) => !d.archived).length} 个职能部门在用</span>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="department-create">
            新建部门
          </Button>
        ) : null}
      </div>
      <Table<Department>
        rowKey="id"
        size="middle"
        loading={departments.isPending}
        columns={columns}
        dataSource={departments.data ?? []}
        pagination={false}
      />
      <DepartmentModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
