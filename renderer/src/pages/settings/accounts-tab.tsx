// 账号管理: list, create, edit role, disable/enable, reset password.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { UserRow } from '../../../../shared/api';
import { ROLE_LABELS } from '../../../../shared/auth/roles';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { AccountModal, type AccountDialog } from './account-modal';

export function AccountsTab() {
  const { message } = App.useApp();
  const { user: me } = useSession();
  const users = useRpcQuery('users.list', {});
  const update = useRpcMutation('users.update');
  const [dialog, setDialog] = useState<AccountDialog>(null);

  const setDisabled = async (u: UserRow, disabled: boolean) => {
    await update.mutateAsync({ id: u.id, disabled });
    void message.success(disabled ? `已停用“${u.username}”` : `已启用“${u.username}”`);
  };

  const columns: TableColumnsType<UserRow> = [
    { title: '用户名', dataIndex: 'username', width: 180 },
    { title: '姓名', dataIndex: 'displayName', width: 160 },
    { title: '角色', dataIndex: 'role', width: 160, render: (r: UserRow['role']) => <Tag color={r === 'admin' ? 'red' : 'blue'}>{ROLE_LABELS[r]}</Tag> },
    { title: '所属部门', dataIndex: 'departmentName', width: 140, render: (d: string | null) => d ?? <span className="tg-muted">—</span> },
    {
      title: '状态',
      dataIndex: 'disabled',
      width: 220,
      render: (d: boolean, u) => (
        <Space size={4} wrap data-testid={`account-status-${u.username}`}>
          {d ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>}
          {!u.hasLocalPassword ? <Tag color="orange" title="该账号由其他电脑同步而来，需在本机为其设置密码后才能在本机登录">本机未设置密码</Tag> : null}
          {u.hasLocalPassword && u.mustChangePassword ? <Tag color="gold">首次登录须改密码</Tag> : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, u) => {
        const self = u.id === me?.id;
        return (
          <Space size="small">
            <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', user: u })}>
              编辑
            </Button>
            <Button type="link" size="small" onClick={() => setDialog({ mode: 'password', user: u })}>
              重置密码
            </Button>
            <Popconfirm
              title={u.disabled ? '启用该账号？' : '停用该账号？'}
              description={u.disabled ? undefined : '停用后该账号立即退出且不能再登录。'}
              okText="确定"
              cancelText="取消"
              disabled={self}
              onConfirm={() => setDisabled(u, !u.disabled).catch(() => undefined)}
            >
              <Button type="link" size="small" danger={!u.disabled} disabled={self} title={self ? '不能停用当前登录的账号' : undefined}>
                {u.disabled ? '启用' : '停用'}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  return (
    <div data-testid="accounts-tab">
      <div className="tg-toolbar">
        <span className="tg-muted">共 {users.data?.length ?? 0} 个账号</span>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })} data-testid="account-create">
          新建账号
        </Button>
      </div>
      <Table<UserRow> rowKey="id" size="middle" loading={users.isPending} columns={columns} dataSource={users.data ?? []} pagination={false} />
      <AccountModal dialog={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}
