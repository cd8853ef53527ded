// 加入已有指挥中心 (a new PC's first run): instead of setting up a town, this PC asks a PC of the
// centre to take it in. Both screens show the same six-digit code; once the centre's
// administrator accepts (系统设置 → 数据同步), the centre's data arrives here and the administrator
// account named here gets the password typed here (passwords are never synced).
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Progress, Result } from 'antd';
import { useState } from 'react';
import { api, type MethodInput } from '../../../../shared/api';
import { errorMessage } from '../../app/api-error';
import { rpcKey, useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { pairingCodeText } from '../../ui/sync-format';
import { zodFieldRule } from '../../ui/zod-rule';
import { AdminPasswordFields, SetupCodeField } from './first-run-fields';

interface JoinValues {
  address: string;
  adminUsername: string;
  adminPassword: string;
  adminPasswordConfirm: string;
  setupCode?: string;
}

const FIELDS = ['address', 'adminUsername', 'adminPassword', 'setupCode'] as const;

function toInput(v: Partial<JoinValues>): MethodInput<'sync.join'> {
  return {
    address: (v.address ?? '').trim(),
    adminUsername: (v.adminUsername ?? '').trim(),
    adminPassword: v.adminPassword ?? '',
    ...(v.setupCode !== undefined ? { setupCode: v.setupCode.trim() } : {}),
  };
}

const schema = api['sync.join'].input;
const rule = (field: (typeof FIELDS)[number]) => zodFieldRule(schema, field, toInput);
const POLL_MS = 1000;

export function JoinCentre({ needsCode }: { needsCode: boolean }) {
  const [form] = Form.useForm<JoinValues>();
  const client = useQueryClient();
  const join = useRpcMutation('sync.join', { silent: true });
  const [failure, setFailure] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  // 重新填写 after a failure shows the form again (the core keeps the failed attempt until the next one).
  const [editing, setEditing] = useState(false);
  // The core remembers a join under way: a reloaded page picks it up again.
  const status = useRpcQuery('sync.joinStatus', {}, { silent: true, refetchInterval: (q) => (q.state.data?.state === 'ready' ? false : POLL_MS) });
  const s = status.data;
  const joining = !editing && (started || (s !== undefined && s.state !== 'idle'));

  const submit = async (values: JoinValues) => {
    setFailure(null);
    try {
      await join.mutateAsync(toInput(values));
      setStarted(true);
      setEditing(false);
      void status.refetch();
    } catch (err) {
      if (!showFieldErrors(form, err, FIELDS)) setFailure(errorMessage(err));
    }
  };

  const enter = () => void client.invalidateQueries({ queryKey: rpcKey('system.status', {}) });

  if (joining && s && s.state !== 'idle') {
    if (s.state === 'ready') {
      return (
        <Result
          status="success"
          title="已加入指挥中心"
          subTitle={`已从「${s.name ?? '中心电脑'}」接收中心的数据${s.total > s.done ? '，其余数据会在后台继续同步' : ''}。请用刚才填写的管理员账号和新密码登录。`}
          extra={
            <Button type="primary" size="large" onClick={enter} data-testid="join-enter">
              进入登录
            </Button>
          }
          data-testid="join-ready"
        />
      );
    }
    if (s.state === 'failed') {
      return (
        <div data-testid="join-failed">
          <Alert type="error" showIcon title="加入指挥中心失败" description={s.error ?? '对方电脑未响应'} className="tg-form-alert" />
          <Button block onClick={() => setEditing(true)}>
            重新填写
          </Button>
        </div>
      );
    }
    return (
      <div className="tg-join-progress" data-testid="join-progress">
        {s.state === 'waiting' ? (
          <>
            <div className="tg-join-label">
              已向「{s.name ?? '中心电脑'}」发出加入请求。请在该电脑的「系统设置 → 数据同步」中核对配对码，与下面一致后点击「接受」：
            </div>
            <div className="tg-join-code" data-testid="join-code">
              {s.code ? pairingCodeText(s.code) : '—'}
            </div>
            <div className="tg-muted">等待对方管理员接受…</div>
          </>
        ) : (
          <>
            <div className="tg-join-label">「{s.name ?? '中心电脑'}」已接受，正在接收中心的数据…</div>
            <Progress percent={s.total > 0 ? Math.floor((100 * Math.min(s.done, s.total)) / s.total) : 0} status="active" data-testid="join-receiving" />
          </>
        )}
      </div>
    );
  }

  return (
    <Form<JoinValues> form={form} layout="vertical" requiredMark onFinish={(v) => void submit(v)} disabled={join.isPending} data-testid="join-form">
      <Alert
        type="info"
        showIcon
        className="tg-form-alert"
        title="本中心已有电脑在使用指挥台时，新电脑在这里加入：数据从那台电脑同步过来，不需要重新录入。"
      />
      {needsCode ? (
        <SetupCodeField testId="join-setup-code" extra="指挥台服务启动时在窗口中显示的8位设置码，如 ABCD-EFGH。" />
      ) : null}
      <Form.Item
        label="中心电脑的地址"
        name="address"
        rules={[rule('address')]}
        required
        extra="在中心电脑的「系统设置 → 数据同步」中查看「本机地址」。"
      >
        <Input placeholder="例如 192.168.1.20:47810" data-testid="join-address" />
      </Form.Item>
      <Form.Item label="中心的管理员用户名" name="adminUsername" rules={[rule('adminUsername')]} required extra="本机用这个管理员账号登录（账号须在中心已存在）。">
        <Input placeholder="如：admin" maxLength={32} autoComplete="username" data-testid="join-admin-username" />
      </Form.Item>
      <AdminPasswordFields label="本机登录密码" rule={rule('adminPassword')} testId="join-admin-password" />
      <div className="tg-muted tg-join-note">密码只保存在本机，不会同步到其他电脑。</div>
      {failure ? <Alert type="error" showIcon title={failure} className="tg-form-alert" data-testid="join-error" /> : null}
      <Button type="primary" htmlType="submit" block size="large" loading={join.isPending} data-testid="join-submit">
        {join.isPending ? '正在连接…' : '发送加入请求'}
      </Button>
    </Form>
  );
}
