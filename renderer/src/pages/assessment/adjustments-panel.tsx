// The run's manual items (加减分 and 一票否决): who entered and who decided each; adding one
// (考核加减分) with a reason and evidence; approving or rejecting (考核管理, never one's own —
// the server says so). Errors from the server land on the fields they name.
import { Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENT_KINDS,
  ADJUSTMENT_STATUS_LABELS,
  EVIDENCE_KIND_LABELS,
  type AdjustmentKind,
  type AdjustmentRow,
  type EvidenceKind,
  type RunReview,
} from '../../../../shared/assessment/assessment-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../ui/form-errors';
import { fmtDateTime } from '../cases/case-format';
import { pointsText } from './assessment-format';

const STATUS_COLORS = { pending: 'gold', approved: 'green', rejected: 'default' } as const;
const KIND_COLORS: Record<AdjustmentKind, string> = { deduct: 'orange', bonus: 'green', veto: 'red' };
/** Evidence the form offers: a case by its number, or a document by its 文号 or title. */
const FORM_EVIDENCE: EvidenceKind[] = ['case', 'document'];

export function AdjustmentsPanel({ review }: { review: RunReview }) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const decide = useRpcMutation('assessment.decideAdjustment');
  const open = review.run.status === 'open';
  const names = new Map(review.subjects.map((s) => [s.subjectId, s.name]));
  return (
    <div data-testid="assessment-adjustments">
      <div className="tga-toolbar">
        <span className="tg-muted">加减分须写明理由并附依据，经另一位负责人审核后计入总分；待审核的项目审核完毕才能定版。</span>
        {open && can('assessment.adjust') ? (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="assessment-adjust-add">
            登记加减分
          </Button>
        ) : null}
      </div>
      <Table<AdjustmentRow>
        rowKey="id"
        size="small"
        dataSource={review.adjustments}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: '暂无加减分' }}
        columns={[
          { title: '考核对象', key: 'subject', width: 140, ellipsis: true, render: (_, a) => names.get(a.subjectId) ?? a.subjectId },
          { title: '类别', key: 'kind', width: 90, render: (_, a) => <Tag color={KIND_COLORS[a.kind]}>{ADJUSTMENT_KIND_LABELS[a.kind]}</Tag> },
          { title: '分值', key: 'points', width: 64, align: 'right', render: (_, a) => (a.kind === 'veto' ? '—' : pointsText(a.points)) },
          { title: '理由', dataIndex: 'reason', ellipsis: true },
          { title: '依据', dataIndex: 'evidenceLabel', width: 200, ellipsis: true },
          {
            title: '状态',
            key: 'status',
            width: 80,
            render: (_, a) => <Tag color={STATUS_COLORS[a.status]} data-testid="assessment-adjust-status">{ADJUSTMENT_STATUS_LABELS[a.status]}</Tag>,
          },
          { title: '登记', key: 'entered', width: 150, render: (_, a) => `${a.enteredByName} ${fmtDateTime(a.enteredAt)}` },
          { title: '审核', key: 'decided', width: 150, render: (_, a) => (a.decidedByName ? `${a.decidedByName} ${fmtDateTime(a.decidedAt)}` : '—') },
          ...(open && can('assessment.manage')
            ? [
                {
                  title: '操作',
                  key: 'act',
                  width: 120,
                  fixed: 'right' as const,
                  render: (_: unknown, a: AdjustmentRow) =>
                    a.status === 'pending' ? (
                      <Space size={4}>
                        <Button size="small" type="link" loading={decide.isPending} onClick={() => decide.mutate({ id: a.id, approve: true })} data-testid="assessment-adjust-approve">
                          通过
                        </Button>
                        <Button size="small" type="link" danger loading={decide.isPending} onClick={() => decide.mutate({ id: a.id, approve: false })} data-testid="assessment-adjust-reject">
                          不通过
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <AddAdjustmentModal review={review} open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}

interface AddValues {
  subjectId: string;
  kind: AdjustmentKind;
  points?: number;
  reason: string;
  evidenceKind: EvidenceKind;
  evidenceRef: string;
}

const FIELDS = ['subjectId', 'kind', 'points', 'reason', 'evidenceKind', 'evidenceRef'] as const;

function AddAdjustmentModal({ review, open, onClose }: { review: RunReview; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<AddValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const add = useRpcMutation('assessment.addAdjustment', { silent: true });
  const kind = Form.useWatch('kind', form);
  const evidenceKind = Form.useWatch('evidenceKind', form);
  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    add.mutate(
      { runId: review.run.id, subjectId: v.subjectId, kind: v.kind, points: v.kind === 'veto' ? 0 : (v.points ?? 0), reason: v.reason, evidenceKind: v.evidenceKind, evidenceRef: v.evidenceRef },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (!showFieldErrors(form, err, FIELDS)) setFormError(err.message);
        },
      },
    );
  };
  return (
    <Modal
      title="登记加减分"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="提交审核"
      confirmLoading={add.isPending}
      destroyOnHidden
      afterOpenChange={(o) => (o ? setFormError(null) : undefined)}
      okButtonProps={{ 'data-testid': 'assessment-adjust-submit' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'deduct', evidenceKind: 'case' }}
        onValuesChange={(changed: Partial<AddValues>) => form.setFields((Object.keys(changed) as (keyof AddValues)[]).map((name) => ({ name, errors: [] })))}
        data-testid="assessment-adjust-form"
      >
        <Form.Item name="subjectId" label="考核对象" rules={[{ required: true, message: '请选择考核对象' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={review.subjects.map((s) => ({ value: s.subjectId, label: s.name }))}
            data-testid="assessment-adjust-subject"
          />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Radio.Group options={ADJUSTMENT_KINDS.map((k) => ({ value: k, label: ADJUSTMENT_KIND_LABELS[k] }))} optionType="button" data-testid="assessment-adjust-kind" />
        </Form.Item>
        {kind === 'veto' ? (
          <p className="tg-muted">一票否决：该对象本期等次为不合格，排在其他对象之后，不论得分。</p>
        ) : (
          <Form.Item name="points" label="分值" rules={[{ required: true, message: '请填写分值' }]}>
            <InputNumber min={0} max={1000} step={0.5} addonAfter="分" data-testid="assessment-adjust-points" />
          </Form.Item>
        )}
        <Form.Item name="reason" label="理由">
          <Input.TextArea rows={2} maxLength={500} data-testid="assessment-adjust-reason" />
        </Form.Item>
        <Form.Item label="依据" required>
          <Space.Compact block>
            <Form.Item name="evidenceKind" noStyle>
              <Select style={{ width: 190 }} options={FORM_EVIDENCE.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))} data-testid="assessment-adjust-evidence-kind" />
            </Form.Item>
            <Form.Item name="evidenceRef" noStyle>
              <Input placeholder={evidenceKind === 'document' ? '文号，如 青政办〔2025〕12号' : '事件编号'} data-testid="assessment-adjust-evidence" />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        {formError ? (
          <div className="ant-form-item-explain-error" data-testid="assessment-adjust-error">
            {formError}
          </div>
        ) : null}
      </Form>
    </Modal>
  );
}
