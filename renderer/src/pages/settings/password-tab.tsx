// 修改密码 for the signed-in account.
import { App, Button, Form, Input } from 'antd';
import { api } from '../../../../shared/api';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { zodFieldRule } from '../../ui/zod-rule';
import { sameAs } from '../../ui/password-confirm';

interface FormValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** `onChanged`: called after the password was changed (the forced-change screen moves on). */
export function PasswordTab({ onChanged }: { onChanged?: () => void } = {}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const change = useRpcMutation('auth.changePassword', { silent: true });
  const schema = api['auth.changePassword'].input;

  const submit = async (v: FormValues) => {
    try {
      await change.mutateAsync({ oldPassword: v.oldPassword, newPassword: v.newPassword });
      form.resetFields();
      void message.success('密码已修改，下次登录请使用新密码');
      onChanged?.();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Form<FormValues> form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={(v) => void submit(v)} disabled={change.isPending}>
      <Form.Item label="当前密码" name="oldPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" data-testid="password-old" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }, zodFieldRule(schema, 'newPassword')]}>
        <Input.Password autoComplete="new-password" placeholder="至少8位" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirm"
        dependencies={['newPassword']}
        rules={[{ required: true, message: '请再次输入新密码' }, sameAs('newPassword')]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
        修改密码
      </Button>
    </Form>
  );
}
