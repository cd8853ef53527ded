// 系统设置: accounts, the audit log, backups and 数据同步 (admins), 大屏配置 (board pages and playlists), grid size standard, holiday calendar, case catalogue and time
// limits, own password, this device. The open tab follows ?tab= so other screens can link to it.
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { SystemStatus } from '../../../../shared/api';
import { useSession } from '../../app/session';
import { AccountsTab } from './accounts-tab';
import { AuditTab } from './audit-tab';
import { BoardComposer } from '../board-composer/board-composer';
import { BackupTab } from './backup-tab';
import { CalendarTab } from './calendar-tab';
import { CatalogueTab } from './catalogue-tab';
import { DeviceTab } from './device-tab';
import { GridSizeTab } from './grid-size-tab';
import { PasswordTab } from './password-tab';
import { SyncTab } from './sync-tab';

export function SettingsPage({ system }: { system: SystemStatus }) {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('tab');
  const items = [
    ...(can('users.manage') ? [{ key: 'accounts', label: '账号管理', children: <AccountsTab /> }] : []),
    ...(can('users.manage') ? [{ key: 'audit', label: '操作审计', children: <AuditTab /> }] : []),
    ...(can('users.manage') ? [{ key: 'backup', label: '数据备份', children: <BackupTab /> }] : []),
    ...(can('users.manage') ? [{ key: 'sync', label: '数据同步', children: <SyncTab active={wanted === 'sync'} /> }] : []),
    ...(can('board.manage') || can('cases.dispatch') ? [{ key: 'board', label: '大屏配置', children: <BoardComposer /> }] : []),
    ...(can('org.read') ? [{ key: 'grid-size', label: '网格规模标准', children: <GridSizeTab /> }] : []),
    { key: 'calendar', label: '节假日日历', children: <CalendarTab /> },
    ...(can('cases.read') ? [{ key: 'catalogue', label: '事件分类与时限', children: <CatalogueTab /> }] : []),
    { key: 'password', label: '修改密码', children: <PasswordTab /> },
    { key: 'device', label: '本机信息', children: <DeviceTab system={system} /> },
  ];
  const active = items.some((i) => i.key === wanted) ? wanted! : items[0]!.key;
  return (
    <Card className="tg-settings" data-testid="settings-page">
      <Tabs items={items} activeKey={active} onChange={(key) => setParams({ tab: key }, { replace: true })} />
    </Card>
  );
}
