// What alerts on the desk: only unread items that arrive while it is open (never those already
// there when it loads), the notice's wording, and where an item leads.
import { describe, expect, it } from 'vitest';
import type { NotificationItem } from '../../../shared/notifications/notification-types';
import { freshUnread, itemRoute, noticeOf } from '../../../renderer/src/pages/notifications/notification-alerts';

const item = (key: string, over: Partial<NotificationItem> = {}): NotificationItem => ({
  key,
  kind: 'dispatched',
  at: 0,
  caseId: `case-${key}`,
  caseNumber: `2026-1201-AB-000${key}`,
  caseTitle: '村口垃圾堆放',
  text: '调度员派遣至城管中队',
  read: false,
  ...over,
});

describe('new notifications', () => {
  it('alerts nothing on the first load, then only new unread items', () => {
    expect(freshUnread(null, [item('1'), item('2')])).toEqual([]);
    const seen = new Set(['1', '2']);
    expect(freshUnread(seen, [item('3'), item('1'), item('4', { read: true })]).map((i) => i.key)).toEqual(['3']);
  });

  it('words one item by its kind and case, several by their number', () => {
    expect(noticeOf([item('1')])).toEqual({ title: '派遣：2026-1201-AB-0001', body: '2026-1201-AB-0001 村口垃圾堆放\n调度员派遣至城管中队' });
    expect(noticeOf([item('1', { kind: 'urged', text: '督导员催办' }), item('2')])).toEqual({
      title: '2条新通知',
      body: '催办：2026-1201-AB-0001 村口垃圾堆放\n督导员催办',
    });
    const digest = item('d', { kind: 'digest', caseId: null, caseNumber: null, caseTitle: null, text: '下一工作日（12月2日）有3件事件到期' });
    expect(noticeOf([digest])).toEqual({ title: '明日到期汇总', body: '下一工作日（12月2日）有3件事件到期' });
  });

  it('leads to the case, or the due-soon queue for the digest', () => {
    expect(itemRoute({ caseId: 'C1' })).toBe('/cases/C1');
    expect(itemRoute({ caseId: null })).toBe('/cases?queue=due_soon');
  });
});
