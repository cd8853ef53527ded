// The team of a unit (staff.assignments): leader first, workers with their A/B post.
import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AssignmentRow } from '../../../../shared/api';
import { TEAM_ROLES, TEAM_ROLE_LABELS, type OrgUnit } from '../../../../shared/org/org-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { AssignStaffModal } from './assign-staff-modal';
import { useSession } from '../../app/session';
import { maskPhone } from '../../../../shared/registry/citizen-id';

const rank = (r: AssignmentRow) => TEAM_ROLES.indexOf(r.teamRole) * 10 + (r.post === 'A' ? 0 : r.post === 'B' ? 1 : 2);

export function UnitTeam({ unit }: { unit: OrgUnit }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const canWrite = can('org.write') && !unit.archived && unit.kind !== 'town';
  const assignments = useRpcQuery('staff.assignments', { unitId: unit.id });
  const unassign = useRpcMutation('staff.unassign');
  const [assigning, setAssigning] = useState(false);
  const showPhone = can('sensitive.read');
  const rows = [...(assignments.data ?? [])].sort((a, b) => rank(a) - rank(b));

  const columns: TableColumnsType<AssignmentRow> = [
    { title: '姓名', dataIndex: 'staffName', width: 120 },
    {
      title: '职责',
      dataIndex: 'teamRole',
      width: 130,
      render: (r: AssignmentRow['teamRole']) => <Tag color={r === 'leader' ? 'red' : r.startsWith('worker') ? 'blue' : 'default'}>{TEAM_ROLE_LABELS[r]}</Tag>,
    },
    { title: 'AB岗', dataIndex: 'post', width: 90, render: (p: AssignmentRow['post']) => (p ? `${p}岗` : '—') },
    {
      title: '联系电话',
      dataIndex: 'staffPhone',
      render: (p: string) => <span className="tg-num">{showPhone ? p : maskPhone(p)}</span>,
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_: unknown, a: AssignmentRow) => (
              <Popconfirm
                title={`解除${a.staffName}的“${TEAM_ROLE_LABELS[a.teamRole]}”职责？`}
                okText="解除"
                cancelText="取消"
                onConfirm={() =>
                  unassign
                    .mutateAsync({ id: a.id })
                    .then(() => message.success(`已解除${a.staffName}的职责`))
                    .catch(() => undefined)
                }
              >
                <Button type="link" size="small" danger>
                  解除
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {canWrite ? (
        <div className="tg-toolbar">
          <span className="tg-muted">网格力量 {new Set(rows.map((r) => r.staffId)).size} 人</span>
          <Button size="small" icon={<UserAddOutlined />} onClick={() => setAssigning(true)} data-testid="unit-assign">
            分配人员
          </Button>
        </div>
      ) : null}
      <Table<AssignmentRow>
      size="small"
      rowKey="id"
      loading={assignments.isPending}
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: '尚未配备网格力量' }}
      data-testid="unit-team"
    />
      <AssignStaffModal unit={assigning ? unit : null} onClose={() => setAssigning(false)} />
    </>
  );
}
