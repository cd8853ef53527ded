// 添加议题 / 修改议题: an agenda item's title, planned minutes, the presenter's notes and,
// optionally, the case it is about (by number).
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import type { AgendaItemRow } from '../../../../shared/meetings/meeting-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';

interface Values {
  title: string;
  plannedMinutes: number;
  notes?: string;
  caseRef?: string;
}

export function ItemModal({ meetingId, item, open, onClose }: { meetingId: string; item: AgendaItemRow | null; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useRpcMutation('meetings.saveItem', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        meetingId,
        itemId: item?.id,
        title: v.title.trim(),
        plannedMinutes: v.plannedMinutes,
        notes: v.notes?.trim() ?? '',
        caseRef: v.caseRef?.trim() || undefined,
      },
      { onSuccess: onClose, onError: (err) => setError(errorMessage(err)) },
    );
  };
  return (
    <Modal
      title={item ? '修改议题' : '添加议题'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={item ? '保存' : '添加'}
      confirmLoading={save.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
      okButtonProps={{ 'data-testid': 'item-modal-ok' } as Record<string, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={() => setError(null)}
        initialValues={item ? { title: item.title, plannedMinutes: item.plannedMinutes, notes: item.notes, caseRef: item.caseNumber ?? '' } : { plannedMinutes: 5 }}
      >
        <Form.Item name="title" label="议题" rules={[{ required: true, whitespace: true, message: '请填写议题' }]}>
          <Input maxLength={200} data-testid="item-modal-title" />
        </Form.Item>
        <Form.Item name="plannedMinutes" label="计划时长（分钟）" rules={[{ required: true, message: '请填写计划时长' }]}>
          <InputNumber min={1} max={240} precision={0} style={{ width: 160 }} data-testid="item-modal-minutes" />
        </Form.Item>
        {!item || item.section === 'custom' ? (
          <Form.Item name="caseRef" label="关联事件编号" extra="可选：议题针对某一事件时填写其编号">
            <Input maxLength={50} placeholder="如 QX20261130001" data-testid="item-modal-case" />
          </Form.Item>
        ) : null}
        <Form.Item name="notes" label="汇报要点" extra="只在放映的演讲者视图中显示">
          <Input.TextArea rows={3} maxLength={2000} data-testid="item-modal-notes" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid="item-modal-error" /> : null}
    </Modal>
  );
}
