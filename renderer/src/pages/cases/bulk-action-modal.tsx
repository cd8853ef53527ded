// Bulk actions on the selected rows of a queue (受理, 派遣, 催办) through `cases.bulk`: all or
// nothing. When some cases cannot take the action the core names them, and nothing is done.
import { Alert, App, Form, Input, Modal, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseRow } from '../../../../shared/cases/case-types';
import type { DispatchTargetKind } from '../../../../shared/cases/case-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { assigneeOf, DispatchTargetFields, toTarget } from './dispatch-target-fields';

export type BulkKind = 'accept' | 'dispatch' | 'urge';

export const BULK_LABELS: Record<BulkKind, string> = { accept: '受理', dispatch: '派遣', urge: '催办' };

interface Values {
  note?: string;
  assigneeUserId?: string;
  target?: { kind: DispatchTargetKind; unitId?: string; departmentId?: string; name?: string };
}

interface Props {
  kind: BulkKind | null;
  rows: CaseRow[];
  onClose: () => void;
  onDone: () => void;
}

export function BulkActionModal({ kind, rows, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const bulk = useRpcMutation('cases.bulk', { silent: true });
  const label = kind ? BULK_LABELS[kind] : '';

  useEffect(() => {
    if (kind) {
      form.resetFields();
      if (kind === 'dispatch') form.setFieldsValue({ target: { kind: 'department' } });
    }
  }, [kind, form]);

  const submit = async (v: Values) => {
    if (!kind) return;
    setError(null);
    const ids = rows.map((r) => r.id);
    const note = v.note?.trim() || undefined;
    try {
      const res = await bulk.mutateAsync({
        ids,
        action:
          kind === 'accept'
            ? { type: 'accept', note }
            : kind === 'dispatch'
              ? { type: 'dispatch', note, target: toTarget(v.target!), ...assigneeOf(v) }
              : { type: 'urge', note: note ?? '' },
      });
      void message.success(`已${label}${res.count}件事件`);
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Modal
      open={kind !== null}
      title={`批量${label}（已选 ${rows.length} 件）`}
      okText={`${label} ${rows.length} 件`}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      confirmLoading={bulk.isPending}
      width={kind === 'dispatch' ? 760 : 560}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'bulk-ok' } as Record<string, string>}
      cancelButtonProps={{ 'data-testid': 'bulk-cancel' } as Record<string, string>}
    >
      <div className="tgc-bulk-list" data-testid="bulk-list">
        {rows.slice(0, 12).map((r) => (
          <Tag key={r.id} className="tg-num">
            {r.number}
          </Tag>
        ))}
        {rows.length > 12 ? <span className="tg-muted">等{rows.length}件</span> : null}
      </div>
      {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="bulk-error" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={bulk.isPending}>
        {kind === 'dispatch' ? <DispatchTargetFields /> : null}
        <Form.Item
          name="note"
          label={kind === 'urge' ? '催办意见' : '说明（可选）'}
          rules={kind === 'urge' ? [{ required: true, whitespace: true, min: 2, message: '请填写催办意见（至少2个字）' }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            placeholder={kind === 'urge' ? '如：请抓紧处置，及时反馈进展' : undefined}
            data-testid="bulk-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
