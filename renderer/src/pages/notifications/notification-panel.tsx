// The bell's panel: the newest notifications (kind, case number and title, what happened, when,
// unread marked), 全部已读, and the account's settings. A click opens the case and marks the
// item read.
import { SettingOutlined } from '@ant-design/icons';
import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationFeed, NotificationItem, NotificationKind, NotificationSettingsView } from '../../../../shared/notifications/notification-types';
import { NOTIFICATION_KIND_LABELS } from '../../../../shared/notifications/notification-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { fmtShort } from '../cases/case-format';
import { itemRoute } from './notification-alerts';
import { NotificationSettingsForm } from './notification-settings';

const KIND_COLORS: Record<NotificationKind, string> = {
  dispatched: 'blue',
  urged: 'orange',
  supervised: 'volcano',
  rework: 'magenta',
  due_today: 'gold',
  overdue: 'red',
  digest: 'purple',
};

export function NotificationPanel({ feed, settings, onClose }: { feed: NotificationFeed | undefined; settings: NotificationSettingsView; onClose: () => void }) {
  const [view, setView] = useState<'list' | 'settings'>('list');
  const navigate = useNavigate();
  const markRead = useRpcMutation('notifications.markRead');
  const markAll = useRpcMutation('notifications.markAllRead');
  const open = (item: NotificationItem) => {
    if (!item.read) markRead.mutate({ keys: [item.key] });
    onClose();
    void navigate(itemRoute(item));
  };
  const unread = feed?.unread ?? 0;
  return (
    <div className="tg-notice-panel" data-testid="notification-panel">
      <div className="tg-notice-head">
        <b>{view === 'list' ? '通知' : '通知设置'}</b>
        {view === 'list' && unread > 0 ? <span className="tg-notice-unread">{unread}条未读</span> : null}
        <span className="tg-notice-actions">
          {view === 'list' ? (
            <Button size="small" type="link" disabled={!unread} loading={markAll.isPending} onClick={() => markAll.mutate({})} data-testid="notification-read-all">
              全部已读
            </Button>
          ) : null}
          <Button
            size="small"
            type="text"
            icon={view === 'list' ? <SettingOutlined /> : null}
            onClick={() => setView(view === 'list' ? 'settings' : 'list')}
            data-testid="notification-settings-toggle"
          >
            {view === 'list' ? '设置' : '返回'}
          </Button>
        </span>
      </div>
      {view === 'settings' ? (
        <NotificationSettingsForm settings={settings} />
      ) : feed?.items.length ? (
        <ul className="tg-notice-list" data-testid="notification-list">
          {feed.items.map((item) => (
            <li key={item.key}>
              <button type="button" className={`tg-notice-item${item.read ? '' : ' is-unread'}`} onClick={() => open(item)} data-testid="notification-item" data-kind={item.kind}>
                <span className="tg-notice-line">
                  <Tag color={KIND_COLORS[item.kind]} variant="filled">
                    {NOTIFICATION_KIND_LABELS[item.kind]}
                  </Tag>
                  {item.caseNumber ? <span className="tg-notice-number">{item.caseNumber}</span> : null}
                  <span className="tg-notice-time">{fmtShort(item.at)}</span>
                </span>
                {item.caseTitle ? <span className="tg-notice-title">{item.caseTitle}</span> : null}
                <span className="tg-notice-text">{item.text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      )}
    </div>
  );
}
