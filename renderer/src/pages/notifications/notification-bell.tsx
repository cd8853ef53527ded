// The bell in the desk's header: the account's unread count, and on click the list of its
// notifications with their settings (docs/notifications.md). Refreshed by the core's `changed`
// events (a dispatch shows within a second) and every minute (due-today, overdue, the digest).
// New items play a tone and show a desktop notification when the account wants them.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationItem, NotificationSettingsView } from '../../../../shared/notifications/notification-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { freshUnread, itemRoute, noticeOf, playTone, showDesktopNotice } from './notification-alerts';
import { NotificationPanel } from './notification-panel';
import './notifications.css';

export function NotificationBell() {
  const session = useSession();
  if (!session.can('cases.read')) return null;
  return <BellShown />;
}

/** Tone and desktop notice for items that arrive while the desk is open. */
function useAlerts(items: NotificationItem[] | undefined, settings: NotificationSettingsView | undefined) {
  const navigate = useNavigate();
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!items || !settings) return;
    const fresh = freshUnread(seen.current, items);
    seen.current = new Set([...(seen.current ?? []), ...items.map((i) => i.key)]);
    if (!fresh.length) return;
    if (settings.sound) playTone();
    if (settings.desktop) showDesktopNotice(noticeOf(fresh), () => void navigate(itemRoute(fresh[0]!)));
  }, [items, settings, navigate]);
}

function BellShown() {
  const [open, setOpen] = useState(false);
  const feed = useRpcQuery('notifications.list', {}, { refetchInterval: 60_000, silent: true });
  const settings = useRpcQuery('notifications.settings', {}, { silent: true });
  useAlerts(feed.data?.items, settings.data);
  // A role that is told nothing (administrator, presenter) has no bell.
  if (!settings.data?.kinds.length) return null;
  const unread = feed.data?.unread ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      classNames={{ root: 'tg-notice-popover' }}
      content={<NotificationPanel feed={feed.data} settings={settings.data} onClose={() => setOpen(false)} />}
    >
      <span className="tg-notice-bell" data-testid="notification-bell" data-unread={unread}>
        <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
          <Button type="text" className="tg-header-button" icon={<BellOutlined />} aria-label={unread ? `通知，${unread}条未读` : '通知'} />
        </Badge>
      </span>
    </Popover>
  );
}
