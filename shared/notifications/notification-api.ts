// RPC methods of notifications (通知); spread into shared/api.ts. Every method is about the
// caller only: its own feed (cases of its own scope that its role acts on), its own read marks
// and settings. The wall display holds no 'cases.read' and gets nothing.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { TableName } from '../db/tables';
import { NOTIFICATION_KINDS, type NotificationFeed, type NotificationSettingsView } from './notification-types';

/** What the feed is read from (a `changed` event for any of them refreshes the bell). */
const FEED_READS = [
  'case_event',
  'case_record',
  'notification_read',
  'notification_setting',
  'user_account',
  'staff_assignment',
  'org_unit',
  'calendar_year',
] as const satisfies readonly TableName[];

export const notificationSettingsInput = z.object({
  mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
  sound: z.boolean(),
  desktop: z.boolean(),
});

export const notificationApi = {
  /** The caller's newest items (newest first) and its unread count. */
  'notifications.list': method({
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }),
    output: returns<NotificationFeed>(),
    access: 'cases.read',
    reads: FEED_READS,
  }),
  'notifications.unreadCount': method({ input: emptyInput, output: returns<{ unread: number }>(), access: 'cases.read', reads: FEED_READS }),
  /** Marks items of the caller's feed read (keys not in its feed are refused). */
  'notifications.markRead': method({
    input: z.object({ keys: z.array(z.string().min(1).max(120)).min(1, '请选择通知').max(200, '一次最多标记200条') }),
    output: returns<{ unread: number }>(),
    access: 'cases.read',
    writes: true,
  }),
  /** Everything dated up to now counts as read. */
  'notifications.markAllRead': method({ input: emptyInput, output: returns<{ unread: number }>(), access: 'cases.read', writes: true }),
  'notifications.settings': method({
    input: emptyInput,
    output: returns<NotificationSettingsView>(),
    access: 'cases.read',
    reads: ['notification_setting'],
  }),
  'notifications.saveSettings': method({ input: notificationSettingsInput, output: returns<NotificationSettingsView>(), access: 'cases.read', writes: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
