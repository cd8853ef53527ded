// One assessment run: its period and scheme, 定版 (考核管理) and 重新打开 (the director, with a
// reason), and tabs for the ranking, the manual items and the history.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { RUN_STATUS_LABELS, type RunEventRow } from '../../../../shared/assessment/assessment-types';
import { reopenRunInput } from '../../../../shared/assessment/assessment-inputs';
import { SUBJECT_LEVEL_LABELS } from '../../../../shared/assessment/scheme';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';
import { fmtDateTime } from '../cases/case-format';
import { AdjustmentsPanel } from './adjustments-panel';
import { DrillDrawer } from './drill-drawer';
import { RankingTable, type DrillTarget } from './ranking-table';
import { ResultsPanel } from './results-panel';
import { RunOutputs } from './run-outputs';

const EVENT_LABELS: Record<RunEventRow['action'], string> = { opened: '开始考核', frozen: '定版', reopened: '重新打开' };

export function RunView({ runId, onBack }: { runId: string; onBack: () => void }) {
  const { can, user } = useSession();
  const review = useRpcQuery('assessment.review', { runId });
  const freeze = useRpcMutation('assessment.freeze');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [reopening, setReopening] = useState(false);
  const data = review.data;
  const run = data?.run;
  const pending = data?.adjustments.filter((a) => a.status === 'pending').length ?? 0;
  return (
    <div data-testid="assessment-run">
      <div className="tga-toolbar">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="assessment-back">
            考核列表
          </Button>
          {run ? (
            <>
              <span className="tga-run-title" data-testid="assessment-run-title">
                {run.periodLabel} · {SUBJECT_LEVEL_LABELS[run.level]}考核
              </span>
              <Tag color={run.status === 'frozen' ? 'default' : 'processing'} data-testid="assessment-run-status">
                {RUN_STATUS_LABELS[run.status]}
              </Tag>
              <span className="tg-muted">
                {data.scheme.name}（第{data.scheme.version}版） {run.from} 至 {run.to}
              </span>
            </>
          ) : null}
        </Space>
        {run ? (
          <Space>
            <RunOutputs runId={runId} />
            {run.status === 'open' && can('assessment.manage') ? (
              <Popconfirm
                title="定版本期考核？"
                description={pending > 0 ? `还有${pending}项加减分待审核` : '定版后得分、等次和排名不再随数据变化，如需修改须由中心主任重新打开。'}
                okText="定版"
                cancelText="取消"
                onConfirm={() => freeze.mutate({ runId })}
                okButtonProps={{ 'data-testid': 'assessment-freeze-ok' } as Record<string, string>}
              >
                <Button type="primary" loading={freeze.isPending} data-testid="assessment-freeze">
                  定版
                </Button>
              </Popconfirm>
            ) : null}
            {run.status === 'frozen' && user?.role === 'director' ? (
              <Button onClick={() => setReopening(true)} data-testid="assessment-reopen">
                重新打开
              </Button>
            ) : null}
          </Space>
        ) : null}
      </div>
      {run?.status === 'frozen' ? (
        <Alert type="info" showIcon className="tga-frozen" message={`已于 ${fmtDateTime(run.frozenAt)} 由${run.frozenByName ?? ''}定版：以下为定版时的得分，之后的数据变化不影响本期结果。`} />
      ) : null}
      {data ? (
        <Tabs
          items={[
            { key: 'ranking', label: '得分与排名', children: <RankingTable review={data} onDrill={setDrill} /> },
            { key: 'adjust', label: `加减分（${data.adjustments.length}）`, children: <AdjustmentsPanel review={data} /> },
            { key: 'results', label: '结果与预警', children: <ResultsPanel runId={runId} level={data.run.level} /> },
            { key: 'history', label: '考核记录', children: <HistoryTable events={data.events} /> },
          ]}
          data-testid="assessment-run-tabs"
        />
      ) : (
        <Table loading size="small" dataSource={[]} columns={[]} />
      )}
      <DrillDrawer runId={runId} target={drill} onClose={() => setDrill(null)} />
      <ReopenModal runId={runId} open={reopening} onClose={() => setReopening(false)} />
    </div>
  );
}

function HistoryTable({ events }: { events: RunEventRow[] }) {
  return (
    <Table<RunEventRow>
      rowKey={(e) => `${e.at}-${e.action}`}
      size="small"
      dataSource={events}
      pagination={false}
      data-testid="assessment-history"
      columns={[
        { title: '时间', key: 'at', width: 150, render: (_, e) => fmtDateTime(e.at) },
        { title: '操作', key: 'action', width: 100, render: (_, e) => EVENT_LABELS[e.action] },
        { title: '操作人', dataIndex: 'actorName', width: 100 },
        { title: '说明', dataIndex: 'note' },
      ]}
    />
  );
}

function ReopenModal({ runId, open, onClose }: { runId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useRpcMutation('assessment.reopen', { silent: true });
  const submit = async () => {
    const { reason } = await form.validateFields();
    reopen.mutate(
      { runId, reason },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (!showFieldErrors(form, err, ['reason'])) form.setFields([{ name: 'reason', errors: [err.message] }]);
        },
      },
    );
  };
  return (
    <Modal title="重新打开已定版的考核" open={open} onCancel={onClose} onOk={() => void submit()} okText="重新打开" confirmLoading={reopen.isPending} destroyOnHidden>
      <p className="tg-muted">重新打开后得分按当前数据重新计算，理由记入考核记录和审计日志。</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label="理由" rules={[zodFieldRule(reopenRunInput, 'reason', (v) => ({ runId, ...v }))]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="assessment-reopen-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
