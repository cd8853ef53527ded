// 走访记录: visits as a table, newest first — on the 走访 screen (a worker's or an area's) and on
// a household's or a person's record page.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { MethodInput } from '../../../../shared/api';
import { VISIT_CLASS_KIND_LABELS } from '../../../../shared/routine/visit-classes';
import type { VisitRow } from '../../../../shared/routine/visit-types';
import { useRpcQuery } from '../../app/rpc-hooks';

const CLASS_COLORS = { 1: 'gold', 2: 'magenta', 3: 'blue' } as const;

export function VisitTable({ visits, showHousehold = true, testId }: { visits: VisitRow[]; showHousehold?: boolean; testId?: string }) {
  const columns: ColumnsType<VisitRow> = [
    { title: '日期', dataIndex: 'date', width: 104 },
    ...(showHousehold
      ? [
          { title: '户号', dataIndex: 'householdNo', width: 130, render: (v: string) => <span className="tg-num">{v}</span> },
          { title: '户主', dataIndex: 'headName', width: 80 },
        ]
      : []),
    { title: '类别', key: 'class', width: 150, render: (_, v) => <Tag color={CLASS_COLORS[v.householdClass]}>{VISIT_CLASS_KIND_LABELS[v.classKind]}</Tag> },
    { title: '走访人', dataIndex: 'staffName', width: 80 },
    { title: '接待人', dataIndex: 'metName', width: 90 },
    { title: '走访情况', dataIndex: 'situation', ellipsis: true },
    { title: '诉求需求', dataIndex: 'needs', ellipsis: true, width: 160 },
    { title: '跟进措施', dataIndex: 'followUp', ellipsis: true, width: 140 },
    {
      title: '事件',
      dataIndex: 'caseNumber',
      width: 150,
      render: (n: string | null, v) => (n && v.caseId ? <Link to={`/cases/${v.caseId}`}>{n}</Link> : null),
    },
  ];
  return (
    <Table<VisitRow>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={visits}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无走访记录' }}
      data-testid={testId}
    />
  );
}

/** The visits a `routine.visits` filter answers. */
export function VisitList({ filter, showHousehold, testId }: { filter: MethodInput<'routine.visits'>; showHousehold?: boolean; testId?: string }) {
  const q = useRpcQuery('routine.visits', filter);
  return <VisitTable visits={q.data ?? []} showHousehold={showHousehold} testId={testId} />;
}
