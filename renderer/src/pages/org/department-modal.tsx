// Create or edit a town department (职能部门) and the case categories it handles.
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { departmentInput, type Department } from '../../../../shared/org/org-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { EditModal } from '../../ui/edit-modal';
import { zodFieldRule } from '../../ui/zod-rule';

interface FormValues {
  code: string;
  name: string;
  phone: string;
  categories: string[];
}
const FIELDS = ['code', 'name', 'phone', 'categories'] as const;

const SUGGESTED_CATEGORIES = ['矛盾纠纷', '治安隐患', '安全生产', '消防隐患', '环境卫生', '市政设施', '违章建筑', '民生诉求', '政策咨询', '特殊人群动态', '食品药品', '劳动保障', '信访事项'];

const toInput = (v: Partial<FormValues>) => ({
  code: (v.code ?? '').trim(),
  name: (v.name ?? '').trim(),
  phone: (v.phone ?? '').trim(),
  categories: v.categories ?? [],
});

/** `editing`: a department to edit, 'new' to create, null when closed. */
export function DepartmentModal({ editing, onClose }: { editing: Department | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const create = useRpcMutation('departments.create', { silent: true });
  const update = useRpcMutation('departments.update', { silent: true });

  useEffect(() => {
    form.resetFields();
    if (editing && editing !== 'new') form.setFieldsValue({ code: editing.code, name: editing.name, phone: editing.phone, categories: editing.categories });
  }, [editing, form]);

  if (!editing) return null;
  const rule = (f: (typeof FIELDS)[number]) => zodFieldRule(departmentInput, f, (v) => toInput(v as Partial<FormValues>));

  return (
    <EditModal<FormValues>
      form={form}
      title={editing === 'new' ? '新建职能部门' : `编辑“${editing.name}”`}
      fields={FIELDS}
      pending={create.isPending || update.isPending}
      save={(values) => {
        const v = toInput(values);
        return editing === 'new' ? create.mutateAsync(v) : update.mutateAsync({ id: editing.id, ...v });
      }}
      onClose={onClose}
      testId="department-form"
    >
      <div className="tg-form-row">
        <Form.Item label="部门编码" name="code" rules={[rule('code')]}>
          <Input maxLength={20} placeholder="如：ZZB" />
        </Form.Item>
        <Form.Item label="部门名称" name="name" rules={[rule('name')]}>
          <Input maxLength={60} placeholder="如：综治办" />
        </Form.Item>
      </div>
      <Form.Item label="联系电话" name="phone" rules={[rule('phone')]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label="受理事件类别" name="categories" rules={[rule('categories')]} extra="派遣事件时按类别推荐处置部门；可输入新的类别后回车">
        <Select mode="tags" options={SUGGESTED_CATEGORIES.map((c) => ({ value: c, label: c }))} placeholder="选择或输入类别" />
      </Form.Item>
    </EditModal>
  );
}
