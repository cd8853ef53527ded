// Presenter mode on the server: the slide on show per meeting, moved by the presenter and read by
// every window; the item's timer restarts only when the item changes; refusals leave nothing written.
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { setupCore, type Harness } from '../../../support/core-harness';

/** A meeting with two agenda items, written as the meetings' own writes would (the core's writer). */
function meetingOf(h: Harness, status = 'planned', date = '2026-11-30') {
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const meetingId = ulid();
  const items = [ulid(), ulid()];
  const now = h.core.services.now();
  h.core.services.writer.transaction(null, (tx) => {
    tx.insert('meeting', {
      id: meetingId, kind: 'weekly', title: '第48周周例会', meeting_date: date, start_time: '08:30', scope_unit_id: town.id, status, created_at: now, updated_at: now,
    });
    items.forEach((id, position) =>
      tx.insert('meeting_item', { id, meeting_id: meetingId, position, section: 'custom', title: `议题${position + 1}`, planned_minutes: 5, updated_at: now }),
    );
  });
  return { meetingId, items };
}

describe('presentation', () => {
  it('is null until presented; each move is read back by every session, the item timer kept within an item and restarted on another', () => {
    let clock = Date.parse('2026-11-30T08:30:00+08:00');
    const h = setupCore({ now: () => clock });
    const { meetingId, items } = meetingOf(h);
    const presenter = h.tokenFor('presenter');
    const supervisor = h.tokenFor('supervisor');
    const tables: string[][] = [];
    h.core.on('changed', (p) => tables.push(p.tables));

    expect(h.call(supervisor, 'meetings.presentation', { meetingId })).toBeNull();

    const cover = h.call(presenter, 'meetings.present', { meetingId, slide: 0, itemId: null });
    expect(cover).toMatchObject({ meetingId, slide: 0, itemId: null, itemStartedAt: null, updatedAt: clock });
    expect(tables).toEqual([['meeting_presentation']]);

    clock += 60_000;
    const first = h.call(presenter, 'meetings.present', { meetingId, slide: 2, itemId: items[0]! });
    expect(first.itemStartedAt).toBe(clock);
    const startedFirst = clock;

    // A second page of the same item: the timer goes on.
    clock += 90_000;
    expect(h.call(presenter, 'meetings.present', { meetingId, slide: 3, itemId: items[0]! })).toMatchObject({ slide: 3, itemStartedAt: startedFirst, updatedAt: clock });

    // Another item: the timer starts again; the supervisor's window reads the same state.
    clock += 30_000;
    const second = h.call(presenter, 'meetings.present', { meetingId, slide: 4, itemId: items[1]! });
    expect(second.itemStartedAt).toBe(clock);
    expect(h.call(supervisor, 'meetings.presentation', { meetingId })).toEqual(second);
    expect(second.updatedByName).not.toBe('');

    // Back to the agenda and into the first item again: a new start.
    clock += 10_000;
    h.call(presenter, 'meetings.present', { meetingId, slide: 1, itemId: null });
    clock += 10_000;
    expect(h.call(presenter, 'meetings.present', { meetingId, slide: 2, itemId: items[0]! }).itemStartedAt).toBe(clock);
    expect(tables.every((t) => t.length === 1 && t[0] === 'meeting_presentation')).toBe(true);
  });

  it('refuses a missing or cancelled meeting, an item of another meeting, a reader and bad input — with nothing written', () => {
    const h = setupCore();
    const { meetingId, items } = meetingOf(h);
    const other = meetingOf(h, 'planned', '2026-12-07'); // one weekly meeting per day and scope (its natural key)
    const cancelled = meetingOf(h, 'cancelled');
    const presenter = h.tokenFor('presenter');
    const supervisor = h.tokenFor('supervisor');
    const before = h.changeCount();
    const refused = (token: string, input: unknown) => {
      const r = h.core.invoke(token, 'meetings.present', input);
      if (r.ok) throw new Error('meetings.present unexpectedly succeeded');
      return r.error;
    };
    expect(refused(presenter, { meetingId: ulid(), slide: 0, itemId: null })).toMatchObject({ code: 'NOT_FOUND', message: '会议不存在或已被删除' });
    expect(refused(presenter, { meetingId: cancelled.meetingId, slide: 0, itemId: null })).toMatchObject({ code: 'INVALID_STATE', message: '会议已取消，不能放映' });
    expect(refused(presenter, { meetingId, slide: 2, itemId: other.items[0] })).toMatchObject({ code: 'BAD_INPUT', message: '该议题不属于这次会议' });
    expect(refused(presenter, { meetingId, slide: -1, itemId: items[0] })).toMatchObject({ code: 'BAD_INPUT' });
    expect(refused(supervisor, { meetingId, slide: 0, itemId: null })).toMatchObject({ code: 'FORBIDDEN' });
    expect(h.changeCount()).toBe(before);
    expect(h.call(presenter, 'meetings.presentation', { meetingId })).toBeNull();
  });
});
