// 登录: username and password; the server's Chinese reason is shown as it is.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { EntryScreen } from '../../ui/entry-screen';

interface FormValues {
  username: string;
  password: string;
}

export function SignInPage({ townName }: { townName: string | null }) {
  const session = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const login = useRpcMutation('auth.login', { silent: true });

  const submit = async (values: FormValues) => {
    setFailure(null);
    try {
      session.signIn(await login.mutateAsync({ username: values.username.trim(), password: values.password }));
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  return (
    <EntryScreen title={<span data-testid="sign-in-town">{townName ?? '网格化服务管理中心'}</span>} subtitle="用户登录">
      <Form<FormValues> layout="vertical" size="large" onFinish={(v) => void submit(v)} data-testid="sign-in-form">
        <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" autoFocus data-testid="sign-in-username" />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" data-testid="sign-in-password" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} className="tg-form-alert" data-testid="sign-in-error" /> : null}
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="sign-in-submit">
          登录
        </Button>
      </Form>
    </EntryScreen>
  );
}
