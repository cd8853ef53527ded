// The account's notification settings (in the bell's panel): which kinds it is told about (of
// those its role receives), the tone, desktop notifications. Each change is saved at once.
import { Checkbox, Switch, Typography } from 'antd';
import type { NotificationKind, NotificationSettingsView } from '../../../../shared/notifications/notification-types';
import { NOTIFICATION_KIND_HINTS, NOTIFICATION_KIND_LABELS } from '../../../../shared/notifications/notification-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { desktopSupport, playTone } from './notification-alerts';

const DESKTOP_HINT = {
  app: '新通知在屏幕右下角弹出（操作系统通知）',
  granted: '新通知由浏览器弹出',
  ask: '开启时浏览器会询问是否允许通知',
  denied: '浏览器已禁止本站通知，请在浏览器设置中允许后再开启',
  none: '当前浏览器不支持桌面通知',
} as const;

export function NotificationSettingsForm({ settings }: { settings: NotificationSettingsView }) {
  const save = useRpcMutation('notifications.saveSettings');
  const support = desktopSupport();
  const current = { mutedKinds: settings.mutedKinds, sound: settings.sound, desktop: settings.desktop };
  const setKind = (kind: NotificationKind, on: boolean) =>
    save.mutate({ ...current, mutedKinds: on ? current.mutedKinds.filter((k) => k !== kind) : [...current.mutedKinds, kind] });
  const setDesktop = async (on: boolean) => {
    if (on && support === 'ask') await Notification.requestPermission();
    save.mutate({ ...current, desktop: on });
  };
  return (
    <div className="tg-notice-settings" data-testid="notification-settings">
      <div className="tg-notice-settings-group">提醒我以下事项</div>
      {settings.kinds.map((kind) => (
        <div key={kind} className="tg-notice-setting">
          <Checkbox checked={!settings.mutedKinds.includes(kind)} onChange={(e) => setKind(kind, e.target.checked)} data-testid={`notification-kind-${kind}`}>
            {NOTIFICATION_KIND_LABELS[kind]}
          </Checkbox>
          <Typography.Text type="secondary" className="tg-notice-hint">
            {NOTIFICATION_KIND_HINTS[kind]}
          </Typography.Text>
        </div>
      ))}
      <div className="tg-notice-settings-group">提醒方式</div>
      <div className="tg-notice-setting tg-notice-switch">
        <span>声音提醒</span>
        <Switch
          size="small"
          checked={settings.sound}
          onChange={(on) => {
            if (on) playTone();
            save.mutate({ ...current, sound: on });
          }}
          data-testid="notification-sound"
        />
      </div>
      <div className="tg-notice-setting tg-notice-switch">
        <span>桌面通知</span>
        <Switch size="small" checked={settings.desktop && support !== 'denied' && support !== 'none'} disabled={support === 'none'} onChange={(on) => void setDesktop(on)} data-testid="notification-desktop" />
      </div>
      <Typography.Text type="secondary" className="tg-notice-hint">
        {DESKTOP_HINT[support]}
      </Typography.Text>
    </div>
  );
}
