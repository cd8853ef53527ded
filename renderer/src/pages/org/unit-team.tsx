// The team of a unit (staff.assignments): leader first, workers with their A/B post.
import { Table, Tag, type TableColumnsType } from 'antd';
import type { AssignmentRow } from '../../../../shared/api';
import { TEAM_ROLES, TEAM_ROLE_LABELS } from '../../../../shared/org/org-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { maskPhone } from '../../../../shared/registry/citizen-id';

const rank = (r: AssignmentRow) => TEAM_ROLES.indexOf(r.teamRole) * 10 + (r.post === 'A' ? 0 : r.post === 'B' ? 1 : 2);

export function UnitTeam({ unitId }: { unitId: string }) {
  const { can } = useSession();
  const assignments = useRpcQuery('staff.assignments', { unitId });
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
  ];

  return (
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
  );
}
