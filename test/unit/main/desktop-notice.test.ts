// 桌面通知: the main process shows only a title and a body of bounded length, whatever the
// renderer sends.
import { describe, expect, it } from 'vitest';
import { desktopNoticeOf } from '../../../electron/main/desktop-notice';

describe('desktop notice from the renderer', () => {
  it('takes a title and a body, spaces folded', () => {
    expect(desktopNoticeOf({ title: '派遣：2026-1201-AB-0001', body: '2026-1201-AB-0001 村口垃圾堆放\n调度员派遣至城管中队' })).toEqual({
      title: '派遣：2026-1201-AB-0001',
      body: '2026-1201-AB-0001 村口垃圾堆放 调度员派遣至城管中队',
    });
  });

  it('clips long text and drops anything else it is given', () => {
    const n = desktopNoticeOf({ title: '督'.repeat(100), body: '办'.repeat(500), icon: 'file:///etc/passwd', actions: [{}] })!;
    expect(n.title).toHaveLength(60);
    expect(n.title.endsWith('…')).toBe(true);
    expect(n.body).toHaveLength(200);
    expect(Object.keys(n)).toEqual(['title', 'body']);
  });

  it('refuses what is not a notice', () => {
    for (const bad of [null, undefined, 'text', 42, {}, { title: 1, body: '' }, { title: '  ', body: 'x' }, { title: 'x' }]) {
      expect(desktopNoticeOf(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
