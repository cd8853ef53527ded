// The assessment runs (one per level and period), newest period first; 新建考核 for 考核管理.
import { Button, Form, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { RUN_STATUS_LABELS, type RunRow } from '../../../../shared/assessment/assessment-types';
import { periodOfKey, previousQuarter } from '../../../../shared/assessment/periods';
import { SUBJECT_LEVEL_LABELS, SUBJECT_LEVELS, type SubjectLevel } from '../../../../shared/assessment/scheme';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime, shanghaiDay } from '../cases/case-format';

/** The quarter under way and the seven before it (a run needs its period to have begun). */
function quarterOptions(): { value: string; label: string }[] {
  const today = shanghaiDay(Date.now());
  let key: string | null = `${today.slice(0, 4)}Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 8 && key; i++, key = previousQuarter(key)) out.push({ value: key, label: periodOfKey(key)!.label });
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
  const [form] = Form.useForm<{ level: SubjectLevel; periodKey: string }>();
  const openRun = useRpcMutation('assessment.openRun', { silent: true });
  const submit = async () => {
    const values = await form.validateFields();
    openRun.mutate(values, {
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
      <Form form={form} layout="vertical" initialValues={{ level: 'grid', periodKey: quarterOptions()[1]?.value }} preserve={false} onValuesChange={() => form.setFields([{ name: 'periodKey', errors: [] }])}>
        <Form.Item name="level" label="考核对象" rules={[{ required: true, message: '请选择考核对象' }]}>
          <Select options={SUBJECT_LEVELS.map((l) => ({ value: l, label: SUBJECT_LEVEL_LABELS[l] }))} data-testid="assessment-new-level" />
        </Form.Item>
        <Form.Item name="periodKey" label="考核期（季度）" rules={[{ required: true, message: '请选择季度' }]} extra="采用该对象与季度当前的默认考核方案">
          <Select options={quarterOptions()} data-testid="assessment-new-period" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
