// Notifications (通知): what an account is told about the cases it acts on. The kinds, their
// labels, one item of the feed and an account's settings. Who is told what is decided in the
// core (electron/core/notifications/notification-audience.ts); docs/notifications.md explains.

export const NOTIFICATION_KINDS = ['dispatched', 'urged', 'supervised', 'rework', 'due_today', 'overdue', 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  dispatched: '派遣',
  urged: '催办',
  supervised: '督办',
  rework: '退回重办',
  due_today: '今日到期',
  overdue: '已超期',
  digest: '明日到期汇总',
};

/** What each kind is, for the settings list. */
export const NOTIFICATION_KIND_HINTS: Record<NotificationKind, string> = {
  dispatched: '事件派遣给本人、本部门或本人所在网格',
  urged: '本人承办的事件被催办',
  supervised: '事件被挂牌督办',
  rework: '本人承办的事件被退回重办',
  due_today: '承办的事件今天到期',
  overdue: '事件超过办理期限',
  digest: '每个工作日17:00，下一工作日到期的事件汇总',
};

export interface NotificationItem {
  /** Stable key of the item (the same on every PC): what read marks refer to. */
  key: string;
  kind: NotificationKind;
  /** When it happened (epoch ms): the timeline row's time, the deadline, the start of the day, 17:00 for the digest. */
  at: number;
  /** The case it is about; null for the digest. */
  caseId: string | null;
  caseNumber: string | null;
  caseTitle: string | null;
  /** One line saying what happened (zh-CN). */
  text: string;
  read: boolean;
}

export interface NotificationFeed {
  items: NotificationItem[];
  /** Unread items of the feed (the bell's count). */
  unread: number;
}

export interface NotificationSettings {
  /** Kinds the account is not told about (left out of the list and the count). */
  mutedKinds: NotificationKind[];
  /** A short tone when new items arrive. */
  sound: boolean;
  /** The operating system's notification (desktop app; in a browser only when it allows them). */
  desktop: boolean;
}

/** An account's settings with the kinds its role is told about at all (the others never reach it). */
export interface NotificationSettingsView extends NotificationSettings {
  kinds: NotificationKind[];
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { mutedKinds: [], sound: true, desktop: true };
