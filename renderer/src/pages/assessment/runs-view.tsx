// The assessment runs (one per level and period), newest period first; 新建考核 for 考核管理.
import { Button, Form, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { RUN_STATUS_LABELS, type RunRow } from '../../../../shared/assessment/assessment-types';
import { periodOfKey, previousPeriodKey } from '../../../../shared/assessment/periods';
import { PERIOD_KIND_LABELS, PERIOD_KINDS, SUBJECT_LEVEL_LABELS, SUBJECT_LEVELS, type PeriodKind, type SubjectLevel } from '../../../../shared/assessment/scheme';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime, shanghaiDay } from '../cases/case-format';

/** The period under way of a kind and those before it (a run needs its period to have begun). */
function periodOptions(kind: PeriodKind): { value: string; label: string }[] {
  const today = shanghaiDay(Date.now());
  const y = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  let key: string | null = kind === 'quarter' ? `${y}Q${Math.floor((month - 1) / 3) + 1}` : kind === 'half' ? `${y}H${month <= 6 ? 1 : 2}` : y;
  const count = kind === 'quarter' ? 8 : kind === 'half' ? 4 : 3;
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < count && key; i++, key = previousPeriodKey(key)) out.push({ value: key, label: periodOfKey(key)!.label });
  return out;
}

export function RunsView({ onOpen }: { onOpen: (runId: string) => void }) {
  const { can } = useSession();
  const runs = useRpcQuery('assessment.runs', {});
  const [creating, setCreating] = useState(false);
  const rows = [...(runs.data ?? [])].sort((a, b) => b.to.localeCompare(a.to) || SUBJECT_LEVELS.indexOf(a.level) - SUBJECT_LEVELS.indexOf(b.level));
  return (
    <div data-testid="assessment-runs">
      <div className="tga-toolbar">
        <span className="tg-muted">每季度对网格、村/社区和网格员考核排名；点击一行查看得分、加减分与定版情况。</span>
        {can('assessment.manage') ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="assessment-new">
            新建考核
          </Button>
        ) : null}
      </div>
      <Table<RunRow>
        rowKey="id"
        size="small"
        loading={runs.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '尚未开展考核' }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), className: 'tga-clickable', 'data-testid': `assessment-run-${r.periodKey}-${r.level}` })}
        columns={[
          { title: '考核期', dataIndex: 'periodLabel', width: 160 },
          { title: '考核对象', key: 'level', width: 110, render: (_, r) => SUBJECT_LEVEL_LABELS[r.level] },
          { title: '考核方案', key: 'scheme', render: (_, r) => `${r.schemeName}（第${r.schemeVersion}版）` },
          {
            title: '状态',
            key: 'status',
            width: 100,
            render: (_, r) => <Tag color={r.status === 'frozen' ? 'default' : 'processing'}>{RUN_STATUS_LABELS[r.status]}</Tag>,
          },
          { title: '定版', key: 'frozen', width: 200, render: (_, r) => (r.frozenAt ? `${r.frozenByName ?? ''} ${fmtDateTime(r.frozenAt)}` : '—') },
        ]}
      />
      <NewRunModal open={creating} onClose={() => setCreating(false)} onOpened={onOpen} />
    </div>
  );
}

function NewRunModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (runId: string) => void }) {
  const [form] = Form.useForm<{ level: SubjectLevel; kind: PeriodKind; periodKey: string }>();
  const kind = Form.useWatch('kind', form) ?? 'quarter';
  const openRun = useRpcMutation('assessment.openRun', { silent: true });
  const submit = async () => {
    const { level, periodKey } = await form.validateFields();
    openRun.mutate({ level, periodKey }, {
      onSuccess: (run) => {
        onClose();
        onOpened(run.id);
      },
      onError: (err) => form.setFields([{ name: 'periodKey', errors: [err.message] }]),
    });
  };
  return (
    <Modal
      title="新建考核"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="开始考核"
      confirmLoading={openRun.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'assessment-new-ok' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: 'grid', kind: 'quarter', periodKey: periodOptions('quarter')[1]?.value }}
        preserve={false}
        onValuesChange={(changed: { kind?: PeriodKind }) => {
          // The period just ended is the one usually assessed.
          if (changed.kind) form.setFieldValue('periodKey', periodOptions(changed.kind)[1]?.value);
          form.setFields([{ name: 'periodKey', errors: [] }]);
        }}
      >
        <Form.Item name="level" label="考核对象" rules={[{ required: true, message: '请选择考核对象' }]}>
          <Select options={SUBJECT_LEVELS.map((l) => ({ value: l, label: SUBJECT_LEVEL_LABELS[l] }))} data-testid="assessment-new-level" />
        </Form.Item>
        <Form.Item name="kind" label="考核周期">
          <Select options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))} data-testid="assessment-new-kind" />
        </Form.Item>
        <Form.Item name="periodKey" label="考核期" rules={[{ required: true, message: '请选择考核期' }]} extra="采用该对象与周期当前的默认考核方案（年度网格员考核即年度百分制考评）">
          <Select options={periodOptions(kind)} data-testid="assessment-new-period" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
