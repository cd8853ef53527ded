// Fields both first-run forms ask for (setting up a town, joining a centre): the station's
// one-time setup code, and the administrator's password on this PC, typed twice.
import { Form, Input } from 'antd';
import type { FormRule } from 'antd';
import { sameAs } from '../../ui/password-confirm';

export function SetupCodeField({ testId, extra }: { testId: string; extra: string }) {
  return (
    <Form.Item label="设置码" name="setupCode" required rules={[{ required: true, whitespace: true, message: '请输入设置码（指挥台服务启动时显示）' }]} extra={extra}>
      <Input placeholder="如：ABCD-EFGH" maxLength={16} autoComplete="off" data-testid={testId} />
    </Form.Item>
  );
}

/** `adminPassword` and its confirmation, side by side; `rule` checks the password as the form's method does. */
export function AdminPasswordFields({ label, rule, testId }: { label: string; rule: FormRule; testId: string }) {
  return (
    <div className="tg-form-row">
      <Form.Item label={label} name="adminPassword" rules={[rule]} required>
        <Input.Password placeholder="至少8位" autoComplete="new-password" data-testid={testId} />
      </Form.Item>
      <Form.Item label="确认密码" name="adminPasswordConfirm" dependencies={['adminPassword']} required rules={[{ required: true, message: '请再次输入密码' }, sameAs('adminPassword')]}>
        <Input.Password placeholder="再次输入密码" autoComplete="new-password" data-testid={`${testId}-confirm`} />
      </Form.Item>
    </div>
  );
}
