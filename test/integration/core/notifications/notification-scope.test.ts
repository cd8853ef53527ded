// Notification scope: each kind reaches the people who act on the case, and nobody is told about
// a case outside their case scope — a handler of another department, a grid worker of another
// grid, a role that does not act on cases. Read through the core, as every host does.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/auth/roles';
import type { NotificationItem, NotificationKind } from '../../../../shared/notifications/notification-types';
import { at, caseTown, type CaseTown } from '../cases/case-fixture';

interface World {
  t: CaseTown;
  deptA: string;
  deptB: string;
  tokens: Record<'hA' | 'hB' | 'gw1' | 'gw3' | 'dispatcher' | 'director' | 'supervisor' | 'presenter' | 'admin' | 'display', string>;
  /** c1: grid 1 → department A; c2: grid 1 → the grid itself; c3: grid 3 → department B. */
  c1: string;
  c2: string;
  c3: string;
}

function account(t: CaseTown, username: string, role: Role, departmentId?: string): string {
  const user = t.h.call(t.h.adminToken, 'users.create', { username, displayName: username, role, password: 'Passw0rd!2025', departmentId });
  return t.h.core.services.sessions.create(user.id);
}

function gridWorker(t: CaseTown, username: string, gridId: string): string {
  const token = account(t, username, 'grid_worker');
  const staff = t.h.call(t.h.adminToken, 'staff.create', { name: `${username}员`, phone: '13900000001' });
  t.h.call(t.h.adminToken, 'staff.assign', { staffId: staff.id, unitId: gridId, teamRole: 'worker_full' });
  const { id } = t.h.core.services.db.prepare('SELECT id FROM user_account WHERE username = ?').get(username) as { id: string };
  t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', id, { staff_id: staff.id }));
  return token;
}

function world(): World {
  const t = caseTown(at('2025-11-20', '10:00'));
  const [deptA, deptB] = t.h.call(t.h.adminToken, 'departments.list', {}).map((d) => d.id) as [string, string];
  const tokens = {
    hA: account(t, 'handler_a', 'department_handler', deptA),
    hB: account(t, 'handler_b', 'department_handler', deptB),
    gw1: gridWorker(t, 'worker_1', t.grids[0]!),
    gw3: gridWorker(t, 'worker_3', t.grids[2]!),
    dispatcher: t.token('dispatcher'),
    director: t.token('director'),
    supervisor: t.token('supervisor'),
    presenter: t.token('presenter'),
    admin: t.h.adminToken,
    display: t.token('display'),
  };
  const dispatched = (gridId: string, title: string, target: object) => {
    const c = t.register({ gridId, title });
    t.act(c.id, { type: 'accept' }, 'dispatcher');
    t.act(c.id, { type: 'dispatch', target } as never, 'dispatcher');
    return c.id;
  };
  const c1 = dispatched(t.grids[0]!, '部门甲：占道经营', { kind: 'department', departmentId: deptA });
  const c2 = dispatched(t.grids[0]!, '第一网格：路灯不亮', { kind: 'grid', unitId: t.grids[0]! });
  const c3 = dispatched(t.grids[2]!, '部门乙：违章搭建', { kind: 'department', departmentId: deptB });
  return { t, deptA, deptB, tokens, c1, c2, c3 };
}

type Reader = keyof World['tokens'];

/** Moves the clock on, keeping every account's session alive (they end after 12 idle hours). */
function advance(w: World, to: number) {
  while (w.t.clock.now < to) {
    w.t.clock.now = Math.min(to, w.t.clock.now + 6 * 3_600_000);
    for (const tk of Object.values(w.tokens)) w.t.h.call(tk, 'auth.me', {});
  }
}
const feed = (w: World, who: Reader) => w.t.h.call(w.tokens[who], 'notifications.list', { limit: 200 });
const kindsFor = (items: NotificationItem[], caseId: string): NotificationKind[] => items.filter((i) => i.caseId === caseId).map((i) => i.kind).sort();

/** Every item a reader is given is about a case it may open (its case scope). */
function expectAllInScope(w: World) {
  for (const who of Object.keys(w.tokens) as Reader[]) {
    if (who === 'display') continue;
    for (const item of feed(w, who).items) {
      if (!item.caseId) continue;
      expect(w.t.h.core.invoke(w.tokens[who], 'cases.get', { id: item.caseId }).ok, `${who} told about ${item.caseNumber}`).toBe(true);
    }
  }
}

describe('notification scope', () => {
  it('tells a dispatch, 催办 and 督办 to the handlers of the case only', () => {
    const w = world();
    w.t.act(w.c1, { type: 'urge', note: '请尽快处理' }, 'supervisor');
    w.t.act(w.c1, { type: 'supervise', note: '群众多次反映' }, 'director');
    w.t.act(w.c3, { type: 'supervise', note: '' }, 'supervisor');

    const hA = feed(w, 'hA').items;
    expect(kindsFor(hA, w.c1)).toEqual(['dispatched', 'supervised', 'urged']);
    expect(hA.find((i) => i.kind === 'urged')!.text).toContain('请尽快处理');
    expect(hA.find((i) => i.kind === 'dispatched')!.text).toMatch(/^dispatcher派遣至.+前办结$/);
    expect(hA.every((i) => i.caseId === w.c1)).toBe(true);

    expect(kindsFor(feed(w, 'hB').items, w.c3)).toEqual(['dispatched', 'supervised']);
    expect(feed(w, 'hB').items.every((i) => i.caseId === w.c3)).toBe(true);

    // The grid worker of grid 1 sees c1 (its grid) but does not handle it: told only of c2.
    const gw1 = feed(w, 'gw1').items;
    expect(gw1.map((i) => [i.caseId, i.kind])).toEqual([[w.c2, 'dispatched']]);
    expect(feed(w, 'gw3').items).toEqual([]);

    // The centre: 督办 by someone else; never their own act, never a dispatch.
    expect(feed(w, 'dispatcher').items.map((i) => [i.caseId, i.kind]).sort()).toEqual([[w.c1, 'supervised'], [w.c3, 'supervised']].sort());
    expect(feed(w, 'director').items.map((i) => [i.caseId, i.kind])).toEqual([[w.c3, 'supervised']]);
    expect(feed(w, 'supervisor').items.map((i) => [i.caseId, i.kind])).toEqual([[w.c1, 'supervised']]);
    for (const who of ['presenter', 'admin'] as const) expect(feed(w, who)).toEqual({ items: [], unread: 0 });
    expect(w.t.h.core.invoke(w.tokens.display, 'notifications.list', {}).ok).toBe(false);
    expectAllInScope(w);
  });

  it('tells a rework return to the grid worker that handled the case', () => {
    const w = world();
    w.t.h.call(w.tokens.gw1, 'cases.act', { id: w.c2, action: { type: 'start', attachments: [] } });
    w.t.h.call(w.tokens.gw1, 'cases.act', { id: w.c2, action: { type: 'handle', result: '已更换灯泡', attachments: [] } });
    w.t.act(w.c2, { type: 'rework', note: '现场核查仍不亮' }, 'dispatcher');
    const rework = feed(w, 'gw1').items.filter((i) => i.kind === 'rework');
    expect(rework.map((i) => [i.caseId, i.text])).toEqual([[w.c2, 'dispatcher退回重办：现场核查仍不亮']]);
    expect(feed(w, 'hA').items.some((i) => i.kind === 'rework')).toBe(false);
    expectAllInScope(w);
  });

  it('follows the case when it is dispatched elsewhere: the old handler is told nothing more', () => {
    const w = world();
    w.t.act(w.c1, { type: 'urge', note: '请加快办理' }, 'dispatcher');
    w.t.act(w.c1, { type: 'dispatch', target: { kind: 'department', departmentId: w.deptB } } as never, 'dispatcher');
    expect(kindsFor(feed(w, 'hA').items, w.c1)).toEqual([]);
    // The new handler is told of the dispatch to it (not the earlier one to A) and of the case's 催办.
    const hB = feed(w, 'hB').items.filter((i) => i.caseId === w.c1);
    expect(hB.map((i) => i.kind).sort()).toEqual(['dispatched', 'urged']);
    expectAllInScope(w);
  });

  it('tells what falls due today, what went overdue and the 17:00 digest, each to those it concerns', () => {
    const w = world();
    const deadline = w.t.h.call(w.t.h.adminToken, 'cases.get', { id: w.c1 }).deadlineAt;
    const day = new Date(deadline + 8 * 3_600_000).toISOString().slice(0, 10);
    const number = w.t.h.call(w.t.h.adminToken, 'cases.get', { id: w.c1 }).number;

    // 17:00 of the working day before: the digest names c1 (and the other cases due that day).
    const before = w.t.h.call(w.t.h.adminToken, 'calendar.days', { from: '2025-11-20', to: day }).filter((d) => d.working && d.date < day).at(-1)!.date;
    advance(w, at(before, '17:05'));
    const digestA = feed(w, 'hA').items.filter((i) => i.kind === 'digest');
    expect(digestA).toHaveLength(1);
    expect(digestA[0]!.text).toContain(number);
    expect(digestA[0]!.text).toContain('1件');
    expect(feed(w, 'gw3').items.filter((i) => i.kind === 'digest')).toEqual([]);
    expect(feed(w, 'director').items.filter((i) => i.kind === 'digest')).toHaveLength(1);

    advance(w, at(day, '09:00'));
    expect(kindsFor(feed(w, 'hA').items, w.c1)).toContain('due_today');
    expect(kindsFor(feed(w, 'dispatcher').items, w.c1)).toContain('due_today');
    expect(kindsFor(feed(w, 'director').items, w.c1)).not.toContain('due_today');
    expect(kindsFor(feed(w, 'hB').items, w.c1)).toEqual([]);

    advance(w, deadline + 60_000);
    expect(kindsFor(feed(w, 'hA').items, w.c1)).toContain('overdue');
    expect(kindsFor(feed(w, 'director').items, w.c1)).toContain('overdue');
    expect(kindsFor(feed(w, 'supervisor').items, w.c1)).toContain('overdue');
    expect(kindsFor(feed(w, 'hB').items, w.c1)).not.toContain('overdue');
    expect(feed(w, 'gw3').items.map((i) => i.caseId)).not.toContain(w.c1);
    expectAllInScope(w);
  });
});

describe('read marks and settings', () => {
  it('counts unread, marks one or all read, and leaves out muted kinds', () => {
    const w = world();
    w.t.act(w.c1, { type: 'urge', note: '请加快办理' }, 'dispatcher');
    let f = feed(w, 'hA');
    expect(f.unread).toBe(2);
    expect(w.t.h.call(w.tokens.hA, 'notifications.unreadCount', {})).toEqual({ unread: 2 });
    const urged = f.items.find((i) => i.kind === 'urged')!;
    expect(w.t.h.call(w.tokens.hA, 'notifications.markRead', { keys: [urged.key] })).toEqual({ unread: 1 });
    f = feed(w, 'hA');
    expect(f.items.find((i) => i.key === urged.key)!.read).toBe(true);

    // Another account's item is not this one's to mark: refused, nothing written.
    const other = feed(w, 'hB').items[0]!;
    const before = w.t.h.changeCount();
    const r = w.t.h.core.invoke(w.tokens.hA, 'notifications.markRead', { keys: [other.key] });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    expect(w.t.h.changeCount()).toBe(before);

    expect(w.t.h.call(w.tokens.hA, 'notifications.markAllRead', {})).toEqual({ unread: 0 });
    advance(w, w.t.clock.now + 60_000);
    w.t.act(w.c1, { type: 'urge', note: '再次催办' }, 'supervisor');
    f = feed(w, 'hA');
    expect(f.unread).toBe(1);
    expect(f.items[0]).toMatchObject({ kind: 'urged', read: false, text: 'supervisor催办（第2次）：再次催办' });

    const saved = w.t.h.call(w.tokens.hA, 'notifications.saveSettings', { mutedKinds: ['urged'], sound: false, desktop: true });
    expect(saved).toEqual({ mutedKinds: ['urged'], sound: false, desktop: true, kinds: ['dispatched', 'urged', 'supervised', 'rework', 'due_today', 'overdue', 'digest'] });
    expect(w.t.h.call(w.tokens.hA, 'notifications.settings', {})).toEqual(saved);
    f = feed(w, 'hA');
    expect(f.items.map((i) => i.kind)).toEqual(['dispatched']);
    expect(f.unread).toBe(0);
    // Settings are per account: the other handler's are the defaults.
    expect(w.t.h.call(w.tokens.hB, 'notifications.settings', {})).toEqual({ mutedKinds: [], sound: true, desktop: true, kinds: ['dispatched', 'urged', 'supervised', 'rework', 'due_today', 'overdue', 'digest'] });
    expect(w.t.h.call(w.tokens.director, 'notifications.settings', {}).kinds).toEqual(['supervised', 'overdue', 'digest']);
    expect(w.t.h.call(w.tokens.presenter, 'notifications.settings', {}).kinds).toEqual([]);
  });

  it('gives every item one key: marking it twice writes it once', () => {
    const w = world();
    const key = feed(w, 'hA').items[0]!.key;
    w.t.h.call(w.tokens.hA, 'notifications.markRead', { keys: [key, key] });
    const before = w.t.h.changeCount();
    w.t.h.call(w.tokens.hA, 'notifications.markRead', { keys: [key] });
    expect(w.t.h.changeCount()).toBe(before);
    const rows = w.t.h.core.services.db.prepare('SELECT id FROM notification_read').all() as { id: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id.endsWith(`|${key}`)).toBe(true);
  });
});
