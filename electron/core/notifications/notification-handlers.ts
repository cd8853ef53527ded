// Handlers of notifications: the caller's own feed, read marks and settings. The feed is the
// caller's audience only (notification-audience.ts: its role's kinds, its case scope), decided
// here for every call whatever the renderer asks.
import type { notificationApi } from '../../../shared/notifications/notification-api';
import type { NotificationItem, NotificationSettingsView } from '../../../shared/notifications/notification-types';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers, Session } from '../rpc/handler-types';
import { callToday } from '../rpc/call-today';
import { audienceOf, ROLE_NOTIFICATION_KINDS } from './notification-audience';
import { feedItems, feedOf } from './notification-feed';
import { readPrefs, writeMarks, writePrefs } from './notification-state';

function sessionOf(ctx: CallContext): Session {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  return ctx.session;
}

/** The caller's whole feed (every source's newest items), read marks applied. */
function callerItems(ctx: CallContext): NotificationItem[] {
  const s = sessionOf(ctx);
  const db = ctx.core.db;
  const audience = audienceOf(db, s, callToday(ctx));
  return audience ? feedItems(db, audience, readPrefs(db, s.userId), ctx.core.now()) : [];
}

function settingsView(ctx: CallContext): NotificationSettingsView {
  const s = sessionOf(ctx);
  const { mutedKinds, sound, desktop } = readPrefs(ctx.core.db, s.userId);
  return { mutedKinds, sound, desktop, kinds: [...ROLE_NOTIFICATION_KINDS[s.role]] };
}

const unreadOf = (items: NotificationItem[]) => ({ unread: items.filter((i) => !i.read).length });

export const notificationHandlers: Pick<Handlers, keyof typeof notificationApi> = {
  'notifications.list': ({ limit }, ctx) => feedOf(callerItems(ctx), limit),

  'notifications.unreadCount': (_input, ctx) => unreadOf(callerItems(ctx)),

  'notifications.markRead': ({ keys }, ctx) => {
    const s = sessionOf(ctx);
    const items = callerItems(ctx);
    const own = new Set(items.map((i) => i.key));
    const mine = keys.filter((k) => own.has(k));
    if (!mine.length) throw new AppError('NOT_FOUND', '通知不存在，或已不在本账号的范围内');
    ctx.core.writer.transaction(s.userId, (tx) => writeMarks(tx, s.userId, mine, ctx.core.now()));
    return unreadOf(callerItems(ctx));
  },

  'notifications.markAllRead': (_input, ctx) => {
    const s = sessionOf(ctx);
    ctx.core.writer.transaction(s.userId, (tx) => writePrefs(tx, s.userId, { readBefore: ctx.core.now() }, ctx.core.now()));
    return unreadOf(callerItems(ctx));
  },

  'notifications.settings': (_input, ctx) => settingsView(ctx),

  'notifications.saveSettings': (input, ctx) => {
    const s = sessionOf(ctx);
    ctx.core.writer.transaction(s.userId, (tx) => writePrefs(tx, s.userId, input, ctx.core.now()));
    return settingsView(ctx);
  },
};
