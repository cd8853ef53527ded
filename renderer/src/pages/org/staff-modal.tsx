// Create or edit a member of the grid force (网格力量): name, phone, gender, title.
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { staffInput, type Staff } from '../../../../shared/org/org-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { EditModal } from '../../ui/edit-modal';
import { zodFieldRule } from '../../ui/zod-rule';

interface FormValues {
  name: string;
  phone: string;
  gender?: 'M' | 'F' | null;
  title: string;
}
const FIELDS = ['name', 'phone', 'gender', 'title'] as const;

const toInput = (v: Partial<FormValues>) => ({
  name: (v.name ?? '').trim(),
  phone: (v.phone ?? '').trim(),
  gender: v.gender ?? null,
  title: (v.title ?? '').trim(),
});

/** `editing`: a person to edit, 'new' to create, null when closed. */
export function StaffModal({ editing, onClose }: { editing: Staff | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const create = useRpcMutation('staff.create', { silent: true });
  const update = useRpcMutation('staff.update', { silent: true });

  useEffect(() => {
    form.resetFields();
    if (editing && editing !== 'new') form.setFieldsValue({ name: editing.name, phone: editing.phone, gender: editing.gender, title: editing.title });
  }, [editing, form]);

  if (!editing) return null;
  const rule = (f: (typeof FIELDS)[number]) => zodFieldRule(staffInput, f, (v) => toInput(v as Partial<FormValues>));

  return (
    <EditModal<FormValues>
      form={form}
      title={editing === 'new' ? '新增人员' : `编辑“${editing.name}”`}
      fields={FIELDS}
      pending={create.isPending || update.isPending}
      save={(values) => {
        const v = toInput(values);
        return editing === 'new' ? create.mutateAsync(v) : update.mutateAsync({ id: editing.id, ...v });
      }}
      onClose={onClose}
      testId="staff-form"
    >
      <div className="tg-form-row">
        <Form.Item label="姓名" name="name" rules={[rule('name')]}>
          <Input maxLength={30} data-testid="staff-name" />
        </Form.Item>
        <Form.Item label="联系电话（24小时畅通）" name="phone" rules={[rule('phone')]}>
          <Input maxLength={20} data-testid="staff-phone" />
        </Form.Item>
      </div>
      <div className="tg-form-row">
        <Form.Item label="性别" name="gender">
          <Select
            allowClear
            options={[
              { value: 'M', label: '男' },
              { value: 'F', label: '女' },
            ]}
          />
        </Form.Item>
        <Form.Item label="职务/身份" name="title" rules={[rule('title')]}>
          <Input maxLength={40} placeholder="如：村两委委员、专职网格员" />
        </Form.Item>
      </div>
    </EditModal>
  );
}
