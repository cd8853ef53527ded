// 系统设置: accounts (admins), grid size standard, own password, this device.
import { Card, Tabs } from 'antd';
import type { SystemStatus } from '../../../../shared/api';
import { useSession } from '../../app/session';
import { AccountsTab } from './accounts-tab';
import { DeviceTab } from './device-tab';
import { GridSizeTab } from './grid-size-tab';
import { PasswordTab } from './password-tab';

export function SettingsPage({ system }: { system: SystemStatus }) {
  const { can } = useSession();
  const items = [
    ...(can('users.manage') ? [{ key: 'accounts', label: '账号管理', children: <AccountsTab /> }] : []),
    ...(can('org.read') ? [{ key: 'grid-size', label: '网格规模标准', children: <GridSizeTab /> }] : []),
    { key: 'password', label: '修改密码', children: <PasswordTab /> },
    { key: 'device', label: '本机信息', children: <DeviceTab system={system} /> },
  ];
  return (
    <Card className="tg-settings" data-testid="settings-page">
      <Tabs items={items} />
    </Card>
  );
}
