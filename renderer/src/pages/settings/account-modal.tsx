// Create an account, edit its name/role, or reset its password (users.create / users.update).
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { api, type UserRow } from '../../../../shared/api';
import { ROLES, ROLE_LABELS, ROLE_PERMISSIONS, PERMISSION_LABELS, type Role } from '../../../../shared/auth/roles';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';

export type AccountDialog = { mode: 'create' } | { mode: 'edit'; user: UserRow } | { mode: 'password'; user: UserRow } | null;

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  departmentId?: string | null;
  password: string;
  confirm: string;
  mustChangePassword: boolean;
}

export const roleOptions = ROLES.map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
  title: ROLE_PERMISSIONS[r].map((p) => PERMISSION_LABELS[p]).join('、'),
}));

const confirmRule = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
  validator: async (_: unknown, v: string) => {
    if (!v) throw new Error('请再次输入密码');
    if (v !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
  },
});

export function AccountModal({ dialog, onClose }: { dialog: AccountDialog; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useRpcMutation('users.create', { silent: true });
  const update = useRpcMutation('users.update', { silent: true });
  const departments = useRpcQuery('departments.list', {}, { enabled: dialog !== null && dialog.mode !== 'password' });
  const role = Form.useWatch('role', form);

  useEffect(() => {
    form.resetFields();
    if (dialog?.mode === 'edit') form.setFieldsValue({ displayName: dialog.user.displayName, role: dialog.user.role, departmentId: dialog.user.departmentId });
    if (dialog?.mode === 'create') form.setFieldsValue({ role: 'dispatcher', mustChangePassword: true });
    if (dialog?.mode === 'password') form.setFieldsValue({ mustChangePassword: true });
  }, [dialog, form]);

  if (!dialog) return null;
  const createSchema = api['users.create'].input;
  const createRule = (f: 'username' | 'displayName' | 'role' | 'password') => zodFieldRule(createSchema, f);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      if (dialog.mode === 'create') {
        const u = await create.mutateAsync({
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          role: v.role,
          password: v.password,
          departmentId: v.role === 'department_handler' ? (v.departmentId ?? null) : null,
          mustChangePassword: v.mustChangePassword,
        });
        void message.success(`已创建账号“${u.username}”`);
      } else if (dialog.mode === 'edit') {
        await update.mutateAsync({
          id: dialog.user.id,
          displayName: v.displayName.trim(),
          role: v.role,
          departmentId: v.role === 'department_handler' ? (v.departmentId ?? null) : null,
        });
        void message.success('账号已保存');
      } else {
        await update.mutateAsync({ id: dialog.user.id, password: v.password, mustChangePassword: v.mustChangePassword });
        void message.success(`已重置“${dialog.user.username}”的密码`);
      }
      onClose();
    } catch (err) {
      if (!showFieldErrors(form, err, ['username', 'displayName', 'role', 'password'])) void message.error(errorMessage(err));
    }
  };

  const title = dialog.mode === 'create' ? '新建账号' : dialog.mode === 'edit' ? `编辑账号“${dialog.user.username}”` : `重置“${dialog.user.username}”的密码`;
  const pending = create.isPending || update.isPending;

  return (
    <Modal open title={title} okText="保存" cancelText="取消" confirmLoading={pending} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form<FormValues> form={form} layout="vertical" data-testid="account-form">
        {dialog.mode === 'create' ? (
          <Form.Item label="用户名" name="username" rules={[createRule('username')]}>
            <Input maxLength={32} autoComplete="off" placeholder="字母、数字或下划线" />
          </Form.Item>
        ) : null}
        {dialog.mode !== 'password' ? (
          <>
            <Form.Item label="姓名" name="displayName" rules={[createRule('displayName')]}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]} extra="各角色按最小权限原则授权；“值班大屏”账号只能查看大屏。">
              <Select options={roleOptions} />
            </Form.Item>
            {role === 'department_handler' ? (
              <Form.Item
                label="所属职能部门"
                name="departmentId"
                rules={[{ required: true, message: '请选择该账号所属的职能部门' }]}
                extra="派遣给该部门的事件会出现在此账号的“我的待办”中。"
              >
                <Select
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                  loading={departments.isPending}
                  placeholder="选择部门"
                  data-testid="account-department"
                />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        {dialog.mode !== 'edit' ? (
          <div className="tg-form-row">
            <Form.Item label={dialog.mode === 'password' ? '新密码' : '初始密码'} name="password" rules={[createRule('password')]}>
              <Input.Password autoComplete="new-password" placeholder="至少8位" />
            </Form.Item>
            <Form.Item label="确认密码" name="confirm" dependencies={['password']} rules={[confirmRule]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </div>
        ) : null}
        {dialog.mode !== 'edit' ? (
          <Form.Item name="mustChangePassword" valuePropName="checked" extra="密码只保存在本机，不会同步到其他电脑。">
            <Checkbox data-testid="account-must-change">下次登录须修改密码</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
