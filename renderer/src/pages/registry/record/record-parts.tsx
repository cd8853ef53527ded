// Building blocks of the record pages: field lists, linked records and people, cases, archive button.
import { App, Button, Descriptions, Empty, Popconfirm, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CaseLink, PersonRow } from '../../../../../shared/registry/registry-records';
import { GENDER_LABELS, RESIDENCE_TYPE_LABELS, type LedgerKind } from '../../../../../shared/registry/registry-types';
import { useRpcMutation } from '../../../app/rpc-hooks';
import { formatDateTime } from '../format';
import type { RecordTarget } from '../ledger-kinds';

export interface FieldItem {
  label: string;
  value: ReactNode;
  span?: number;
}

export function Fields({ items, testId }: { items: FieldItem[]; testId?: string }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      className="tg-record-fields"
      data-testid={testId}
      items={items.map((it, i) => ({
        key: i,
        label: it.label,
        span: it.span,
        children: it.value === null || it.value === undefined || it.value === '' ? <span className="tg-muted">—</span> : it.value,
      }))}
    />
  );
}

/** A link to open the linked record, above that record's fields. */
export function LinkedFields({ link, onOpen, items }: { link: string; onOpen: () => void; items: FieldItem[] }) {
  return (
    <>
      <div className="tg-record-sub">
        <a onClick={onOpen}>{link}</a>
      </div>
      <Fields items={items} />
    </>
  );
}

export function PeopleTable({ people, onOpen, highlight }: { people: PersonRow[]; onOpen: (t: RecordTarget) => void; highlight?: string }) {
  if (people.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有登记的人员" />;
  return (
    <Table<PersonRow>
      size="small"
      rowKey="id"
      pagination={people.length > 20 ? { pageSize: 20 } : false}
      dataSource={people}
      rowClassName={(r) => (r.id === highlight ? 'tg-row-current' : '')}
      columns={[
        {
          title: '姓名',
          dataIndex: 'name',
          width: 90,
          render: (v: string, r) => <a onClick={() => onOpen({ kind: 'person', id: r.id })}>{v}</a>,
        },
        { title: '与户主关系', dataIndex: 'relationToHead', width: 96, render: (v: string | null) => v ?? '—' },
        { title: '性别', dataIndex: 'gender', width: 56, render: (v: keyof typeof GENDER_LABELS | null) => (v ? GENDER_LABELS[v] : '—') },
        { title: '年龄', dataIndex: 'age', width: 56, render: (v: number | null) => v ?? '—' },
        { title: '公民身份号码', dataIndex: 'citizenId', width: 180, className: 'tg-num' },
        { title: '联系电话', dataIndex: 'phone', width: 120, render: (v: string | null) => v ?? '—' },
        {
          title: '人员类型',
          dataIndex: 'residenceType',
          width: 96,
          render: (v: keyof typeof RESIDENCE_TYPE_LABELS) => RESIDENCE_TYPE_LABELS[v],
        },
      ]}
    />
  );
}

export function CasesList({ cases }: { cases: CaseLink[] }) {
  const navigate = useNavigate();
  if (cases.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有涉及此记录的事件" />;
  return (
    <Table<CaseLink>
      size="small"
      rowKey="id"
      pagination={cases.length > 10 ? { pageSize: 10 } : false}
      dataSource={cases}
      data-testid="record-cases"
      columns={[
        {
          title: '事件编号',
          dataIndex: 'number',
          width: 170,
          className: 'tg-num',
          render: (v: string | null, c) => <a onClick={() => void navigate(`/cases/${c.id}`)}>{v ?? '查看'}</a>,
        },
        { title: '事件', dataIndex: 'title' },
        { title: '类别', dataIndex: 'category', width: 140, render: (v: string | null) => v ?? '—' },
        { title: '状态', dataIndex: 'status', width: 100, render: (v: string | null) => (v ? <Tag>{v}</Tag> : '—') },
        { title: '上报时间', dataIndex: 'reportedAt', width: 150, render: (v: string | null) => formatDateTime(v) },
      ]}
    />
  );
}

export function ArchiveButton({ kind, id, archived, onDone }: { kind: LedgerKind; id: string; archived: boolean; onDone?: () => void }) {
  const { message } = App.useApp();
  const archive = useRpcMutation('registry.archive', {
    onSuccess: () => {
      void message.success(archived ? '已恢复' : '已归档（记录保留，可随时恢复）');
      onDone?.();
    },
  });
  return (
    <Popconfirm
      title={archived ? '恢复这条记录？' : '归档这条记录？'}
      description={archived ? undefined : '归档后不再出现在台账中，历史记录保留。'}
      okText={archived ? '恢复' : '归档'}
      cancelText="取消"
      onConfirm={() => archive.mutate({ kind, id, archived: !archived })}
    >
      <Button loading={archive.isPending} data-testid="record-archive">
        {archived ? '恢复' : '归档'}
      </Button>
    </Popconfirm>
  );
}
