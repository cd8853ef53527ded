// 首次使用设置: the town, its 9-digit administrative code and the first administrator — or, for a
// new PC of a centre already at work, 加入已有指挥中心 (join-centre.tsx). In a browser the one-time
// setup code the station printed at start is asked for too (so no other web page can set the
// town up); the desktop app talks to its own core and needs none.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Divider, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { api, type MethodInput } from '../../../../shared/api';
import { ApiError, errorMessage } from '../../app/api-error';
import { rpcKey, useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { EntryScreen } from '../../ui/entry-screen';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';
import { getTransport } from '../../app/transport';
import { JoinCentre } from './join-centre';
import { AdminPasswordFields, SetupCodeField } from './first-run-fields';
import { DemoBuildProgress } from './demo-build-progress';

interface FormValues {
  townName: string;
  townCode: string;
  adminDisplayName: string;
  adminUsername: string;
  adminPassword: string;
  adminPasswordConfirm: string;
  demo: boolean;
  setupCode?: string;
}

const FIELDS = ['townName', 'townCode', 'adminDisplayName', 'adminUsername', 'adminPassword', 'demo', 'setupCode'] as const;

function toInput(v: Partial<FormValues>): MethodInput<'system.setup'> {
  return {
    townName: (v.townName ?? '').trim(),
    townCode: (v.townCode ?? '').trim(),
    adminDisplayName: (v.adminDisplayName ?? '').trim(),
    adminUsername: (v.adminUsername ?? '').trim(),
    adminPassword: v.adminPassword ?? '',
    demo: v.demo ?? false,
    ...(v.setupCode !== undefined ? { setupCode: v.setupCode.trim() } : {}),
  };
}

const schema = api['system.setup'].input;
const rule = (field: (typeof FIELDS)[number]) => zodFieldRule(schema, field, toInput);

export function FirstRunPage() {
  const [form] = Form.useForm<FormValues>();
  const session = useSession();
  const client = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const setup = useRpcMutation('system.setup', { silent: true });
  const needsCode = getTransport().kind === 'http';
  const [mode, setMode] = useState<'new' | 'join'>('new');
  // Building the demo town takes a while: its steps replace the (kept) form meanwhile.
  const building = setup.isPending && setup.variables?.demo === true;

  const submit = async (values: FormValues) => {
    setFailure(null);
    try {
      const login = await setup.mutateAsync(toInput(values));
      session.signIn(login);
    } catch (err) {
      // Someone finished the setup from another PC or tab meanwhile: go to sign-in.
      if (err instanceof ApiError && err.code === 'ALREADY_SET_UP') void client.invalidateQueries({ queryKey: rpcKey('system.status', {}) });
      if (!showFieldErrors(form, err, FIELDS)) setFailure(errorMessage(err));
    }
  };

  return (
    <EntryScreen
      title="首次使用设置"
      subtitle={mode === 'new' ? '请填写本镇（街道）信息并创建系统管理员账号' : '从本中心已在使用的电脑同步全部数据'}
      width={520}
    >
      <Segmented<'new' | 'join'>
        block
        disabled={setup.isPending}
        className="tg-first-run-mode"
        value={mode}
        onChange={setMode}
        options={[
          { value: 'new', label: '新建本镇数据' },
          { value: 'join', label: <span data-testid="first-run-join">加入已有指挥中心</span> },
        ]}
      />
      {building ? <DemoBuildProgress /> : null}
      {mode === 'join' ? (
        <JoinCentre needsCode={needsCode} />
      ) : (
        <Form<FormValues>
          hidden={building}
          form={form}
          layout="vertical"
          requiredMark
          initialValues={{ demo: false }}
          onFinish={(v) => void submit(v)}
          data-testid="first-run-form"
          disabled={setup.isPending}
        >
          {needsCode ? (
            <SetupCodeField testId="setup-code" extra="指挥台服务启动时在窗口中显示的8位设置码，如 ABCD-EFGH；只能使用一次。" />
          ) : null}
          <div className="tg-form-row">
            <Form.Item label="镇/街道名称" name="townName" rules={[rule('townName')]} required>
              <Input placeholder="如：青山镇" maxLength={40} data-testid="setup-town-name" />
            </Form.Item>
            <Form.Item label="行政区划代码（9位）" name="townCode" rules={[rule('townCode')]} required>
              <Input placeholder="如：330782101" maxLength={9} inputMode="numeric" data-testid="setup-town-code" />
            </Form.Item>
          </div>
          <Divider plain titlePlacement="start">
            系统管理员
          </Divider>
          <div className="tg-form-row">
            <Form.Item label="姓名" name="adminDisplayName" rules={[rule('adminDisplayName')]} required>
              <Input placeholder="管理员姓名" maxLength={30} data-testid="setup-admin-name" />
            </Form.Item>
            <Form.Item label="用户名" name="adminUsername" rules={[rule('adminUsername')]} required>
              <Input placeholder="字母、数字或下划线" maxLength={32} autoComplete="username" data-testid="setup-admin-username" />
            </Form.Item>
          </div>
          <AdminPasswordFields label="密码" rule={rule('adminPassword')} testId="setup-admin-password" />
          <Form.Item name="demo" valuePropName="checked" extra={
              <span data-testid="setup-demo-note">
                仅用于熟悉系统和培训演示，正式使用请勿勾选。演示数据另含7个演示账号（zhuren、diaodu、bumen、dudao、wangge、huibao、daping），创建后均为停用状态；管理员在“系统设置 → 账号管理”中启用后，首次登录须修改初始密码。
              </span>
            }
          >
            <Checkbox data-testid="setup-demo">导入演示数据（虚构乡镇：12个村社区、约120个网格）</Checkbox>
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure} className="tg-form-alert" data-testid="setup-error" /> : null}
          <Button type="primary" htmlType="submit" block size="large" loading={setup.isPending} data-testid="setup-submit">
            {setup.isPending ? '正在初始化…' : '完成设置并进入系统'}
          </Button>
        </Form>
      )}
    </EntryScreen>
  );
}
