// The frame every record page shares: loading state, header line, masked note, and the tabs
// (基本信息 first, 相关事件 and 修改记录 last).
import { Alert, Button, Space, Spin, Tabs, Tag, type TabsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import type { CaseLink, HistoryEntry } from '../../../../../shared/registry/registry-records';
import { useSession } from '../../../app/session';
import { RecordFormModal } from '../record-form-modal';
import type { EditableKind } from '../record-fields';
import { HistoryTimeline } from './history-timeline';
import { ArchiveButton, CasesList, Fields, type FieldItem } from './record-parts';

type TabItem = NonNullable<TabsProps['items']>[number];

export function Loading({ error }: { error: unknown }) {
  if (error) return <Alert type="error" showIcon title="无法读取这条记录" description={error instanceof Error ? error.message : undefined} />;
  return (
    <div className="tg-record-loading">
      <Spin />
    </div>
  );
}

/** The record's title followed by its tags. */
export function RecordTitle({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="tg-record-title">
      <span data-testid="record-title">{title}</span>
      {children}
    </div>
  );
}

/** Header line of an editable record: title, tags, and the edit/archive buttons. */
export function RecordHead({
  title,
  tags,
  kind,
  record,
  units,
  extra,
}: {
  title: ReactNode;
  tags?: ReactNode;
  kind: EditableKind;
  record: { id: string; archived: boolean };
  units: OrgUnit[];
  extra?: ReactNode;
}) {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const canWrite = session.can('registry.write');
  return (
    <div className="tg-record-head">
      <RecordTitle title={title}>
        {tags}
        {record.archived ? <Tag>已归档</Tag> : null}
      </RecordTitle>
      <Space>
        {extra}
        {canWrite ? (
          <Button type="primary" onClick={() => setEditing(true)} data-testid="record-edit">
            编辑
          </Button>
        ) : null}
        {canWrite ? <ArchiveButton kind={kind} id={record.id} archived={record.archived} /> : null}
      </Space>
      <RecordFormModal
        kind={kind}
        record={record as unknown as Record<string, unknown>}
        units={units}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </div>
  );
}

export function MaskedNote({ masked }: { masked: boolean }) {
  return masked ? <div className="tg-record-masked">身份证号、电话已按权限脱敏显示</div> : null;
}

/** The record's tabs: its fields (when given), its own tabs, its cases (when given), its history. */
export function RecordTabs({
  info,
  infoLabel = '基本信息',
  tabs = [],
  cases,
  history,
  testId,
}: {
  info?: FieldItem[];
  infoLabel?: string;
  tabs?: TabItem[];
  cases?: CaseLink[];
  history: HistoryEntry[];
  testId?: string;
}) {
  const items: TabItem[] = [
    ...(info ? [{ key: 'info', label: infoLabel, children: <Fields items={info} testId="record-fields" /> }] : []),
    ...tabs,
    ...(cases ? [{ key: 'cases', label: `相关事件（${cases.length}）`, children: <CasesList cases={cases} /> }] : []),
    { key: 'history', label: `修改记录（${history.length}）`, children: <HistoryTimeline entries={history} /> },
  ];
  return <Tabs items={items} data-testid={testId} />;
}
