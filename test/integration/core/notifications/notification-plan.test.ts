// The feed is read at every refresh of every desk, so each of its queries must be served by an
// index (the timeline's (action, at), the cases' (status, deadline_at)) and never walk the whole
// timeline or every case: checked on SQLite's own query plans for every statement the feed runs.
import { describe, expect, it } from 'vitest';
import type { ReadDb } from '../../../../electron/core/db/read-db';
import { audienceOf } from '../../../../electron/core/notifications/notification-audience';
import { feedItems } from '../../../../electron/core/notifications/notification-feed';
import { readPrefs } from '../../../../electron/core/notifications/notification-state';
import type { Role } from '../../../../shared/auth/roles';
import { at, caseTown } from '../cases/case-fixture';

interface Ran {
  sql: string;
  params: unknown[];
}

/** The database, recording every statement the feed prepares and the parameters it runs them with. */
function recording(db: ReadDb, ran: Ran[]): ReadDb {
  const wrapped = Object.create(db) as ReadDb;
  (wrapped as { cached: ReadDb['cached'] }).cached = ((sql: string) => {
    const stmt = db.cached(sql);
    const note = (params: unknown[]) => ran.push({ sql, params });
    return {
      get: (...p: unknown[]) => (note(p), stmt.get(...(p as []))),
      all: (...p: unknown[]) => (note(p), stmt.all(...(p as []))),
    };
  }) as unknown as ReadDb['cached'];
  return wrapped;
}

describe('the feed’s queries', () => {
  it.each(['department_handler', 'grid_worker', 'dispatcher', 'director'] as Role[])('are index searches for a %s, never a scan of cases or timeline', (role) => {
    const t = caseTown(at('2025-11-20', '10:00'), { onDisk: true });
    t.serve('grid_worker', [t.grids[0]!]);
    const c = t.register();
    t.act(c.id, { type: 'accept' });
    t.act(c.id, { type: 'dispatch', target: { kind: 'department' } });
    t.token(role);
    const db = t.h.core.services.db;
    const { id } = db.prepare('SELECT id FROM user_account WHERE username = ?').get(`u_${role}`) as { id: string };
    const dept = t.h.call(t.h.adminToken, 'departments.list', {})[0]!.id;
    if (role === 'department_handler') t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', id, { department_id: dept }));
    const session = { token: '', userId: id, username: `u_${role}`, displayName: role, role, mustChangePassword: false, createdAt: 0, expiresAt: 0 };
    const ran: Ran[] = [];
    const rdb = recording(db, ran);
    const audience = audienceOf(rdb, session, '2025-11-21')!;
    feedItems(rdb, audience, readPrefs(rdb, id), at('2025-11-21', '17:10'));
    const raw = t.h.openRaw();
    const feedQueries = ran.filter((r) => /FROM (case_event|case_record) /.test(r.sql));
    expect(feedQueries.length).toBeGreaterThanOrEqual(role === 'director' ? 2 : 3);
    for (const q of feedQueries) {
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as [])) as { detail: string }[];
      const details = plan.map((p) => p.detail);
      expect(details.filter((d) => /^SCAN (c|e)\b/.test(d)), `${details.join(' | ')}\n${q.sql}`).toEqual([]);
      expect(details.some((d) => /^SEARCH (c|e) USING (COVERING )?INDEX/.test(d)), details.join(' | ')).toBe(true);
    }
  });
});
