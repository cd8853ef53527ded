// A dispatch made on another PC of the centre notifies the handler here as soon as its rows
// arrive by LAN sync: the feed is read from the synced timeline, nothing is written per reader.
// And a read mark made there is the same record as one made here (its id names account and item).
import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../../../../shared/auth/roles';
import { applyAction } from '../../../../electron/core/cases/case-engine';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import type { ChangeWriter } from '../../../../electron/core/db/change-writer';
import type { ReadDb } from '../../../../electron/core/db/read-db';
import { recordsSince } from '../../../../electron/core/sync/sync-records';
import { writeMarks } from '../../../../electron/core/notifications/notification-state';
import { openReplica } from '../sync/sync-replica';
import { at, caseTown } from '../cases/case-fixture';

function pull(from: ReadDb, to: ChangeWriter, since = 0): number {
  const batch = recordsSince(from, since);
  to.applyRemote(batch);
  return batch.length ? Math.max(...batch.map((b) => b.seq)) : since;
}

describe('notifications across PCs', () => {
  it('tells the handler here of a dispatch made on another PC once it has synced, and keeps one read mark per item', () => {
    const t = caseTown(at('2025-11-20', '10:00'));
    const dept = t.h.call(t.h.adminToken, 'departments.list', {})[0]!.id;
    const user = t.h.call(t.h.adminToken, 'users.create', { username: 'handler', displayName: '部门处置员', role: 'department_handler', password: 'Passw0rd!2025', departmentId: dept });
    const handler = t.h.core.services.sessions.create(user.id);
    const c = t.register();
    t.act(c.id, { type: 'accept' });

    const here = t.h.core.services;
    const other = openReplica('DEV-OTHER', () => t.clock.now + 60_000);
    const seen = pull(here.db, other.writer);
    expect(t.h.call(handler, 'notifications.list', {}).items).toEqual([]);

    other.writer.transaction('DISPATCHER-ON-OTHER-PC', (tx) =>
      applyAction(
        { tx, now: t.clock.now + 60_000, actor: { id: 'DISPATCHER-ON-OTHER-PC', name: '二号机调度员', permissions: ROLE_PERMISSIONS.dispatcher }, devicePrefix: 'ZZ' },
        c.id,
        { type: 'dispatch', target: { kind: 'department', departmentId: dept }, attachments: [] },
      ),
    );
    const readOther = readOnlyDb(other.db);
    here.writer.applyRemote(recordsSince(readOther, 0));
    const feed = t.h.call(handler, 'notifications.list', {});
    expect(feed.unread).toBe(1);
    expect(feed.items[0]).toMatchObject({ kind: 'dispatched', caseId: c.id });
    expect(feed.items[0]!.text).toMatch(/^二号机调度员派遣至/);

    // The handler marks it read on both PCs: after sync there is one record, not two.
    const key = feed.items[0]!.key;
    t.h.call(handler, 'notifications.markRead', { keys: [key] });
    other.writer.transaction(user.id, (tx) => writeMarks(tx, user.id, [key], t.clock.now + 120_000));
    here.writer.applyRemote(recordsSince(readOther, 0));
    pull(here.db, other.writer, seen);
    for (const db of [here.db, readOther]) {
      expect(db.prepare('SELECT id FROM notification_read').all()).toEqual([{ id: `${user.id}|${key}` }]);
    }
    expect(t.h.call(handler, 'notifications.list', {}).unread).toBe(0);
  });
});
