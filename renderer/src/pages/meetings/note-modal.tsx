// A modal asking for one note before an action (销号, 标记已解决, 请假 …); the server's refusal
// is shown in the modal and nothing is closed until it succeeds.
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../app/api-error';

export interface NoteModalProps {
  open: boolean;
  title: string;
  label: string;
  placeholder?: string;
  okText: string;
  /** Intro shown above the field (what is being cleared). */
  intro?: string;
  required?: boolean;
  onSubmit: (note: string) => Promise<unknown>;
  onClose: () => void;
  testId: string;
}

export function NoteModal({ open, title, label, placeholder, okText, intro, required = true, onSubmit, onClose, testId }: NoteModalProps) {
  const [form] = Form.useForm<{ note: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const { note } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onSubmit((note ?? '').trim());
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => setError(null)}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as Record<string, string>}
    >
      {intro ? <p>{intro}</p> : null}
      <Form form={form} layout="vertical" preserve={false} onValuesChange={() => setError(null)}>
        <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
          <Input.TextArea rows={3} maxLength={500} placeholder={placeholder} data-testid={`${testId}-note`} autoFocus />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid={`${testId}-error`} /> : null}
    </Modal>
  );
}
