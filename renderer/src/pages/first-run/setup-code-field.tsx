// The station's one-time setup code, asked for by both first-run forms (setting up a town and
// joining a centre) when the page is served by the station.
import { Form, Input } from 'antd';

export function SetupCodeField({ testId, extra }: { testId: string; extra: string }) {
  return (
    <Form.Item label="设置码" name="setupCode" required rules={[{ required: true, whitespace: true, message: '请输入设置码（指挥台服务启动时显示）' }]} extra={extra}>
      <Input placeholder="如：ABCD-EFGH" maxLength={16} autoComplete="off" data-testid={testId} />
    </Form.Item>
  );
}
