// The create/edit dialog around a record form: 保存 validates, calls `save`, says
// “<name>”已保存 and closes; server validation errors land next to their fields, others
// show as a message.
import { App, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../app/api-error';
import { showFieldErrors } from './form-errors';

export interface EditModalProps<V> {
  form: FormInstance<V>;
  title: string;
  /** Form field names that server-side validation details may point at. */
  fields: readonly string[];
  pending: boolean;
  save: (values: V) => Promise<{ name: string }>;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}

export function EditModal<V extends object>({ form, title, fields, pending, save, onClose, testId, children }: EditModalProps<V>) {
  const { message } = App.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await save(values);
      void message.success(`“${saved.name}”已保存`);
      onClose();
    } catch (err) {
      if (!showFieldErrors(form, err, fields)) void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open
      title={title}
      okText="保存"
      cancelText="取消"
      confirmLoading={pending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
