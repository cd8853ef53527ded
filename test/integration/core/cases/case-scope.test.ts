// Case scope on the server: a grid worker sees and acts on the cases of the grids it serves
// (a village assignment means the village's grids), a department handler the cases dispatched
// to its department; outside the scope a case is neither listed, counted, exported, opened,
// found by number nor acted on — whatever the caller asks. Unscoped readers see everything.
import { describe, expect, it } from 'vitest';
import { caseTown, type CaseTown } from './case-fixture';

const ALL = { queue: 'all' as const, filter: {}, offset: 0, limit: 100 };

function setUp(): { t: CaseTown; inGrid1: string; inGrid3: string; inCommunity: string; toDeptA: string; toDeptB: string; deptA: string } {
  const t = caseTown();
  const inGrid1 = t.register({ title: '第一网格路灯不亮', gridId: t.grids[0]! }).id;
  const inGrid3 = t.register({ title: '第三网格垃圾堆放', gridId: t.grids[2]! }).id;
  const inCommunity = t.register({ title: '社区楼道堆物', gridId: t.communityGrid }).id;
  const departments = t.h.call(t.h.adminToken, 'departments.list', {});
  expect(departments.length).toBeGreaterThanOrEqual(2);
  const [deptA, deptB] = [departments[0]!.id, departments[1]!.id];
  const dispatchTo = (departmentId: string, title: string) => {
    const id = t.register({ title, gridId: t.grids[1]! }).id;
    t.act(id, { type: 'accept' });
    t.act(id, { type: 'dispatch', target: { kind: 'department', departmentId } });
    return id;
  };
  const toDeptA = dispatchTo(deptA, '部门甲处置的占道经营');
  const toDeptB = dispatchTo(deptB, '部门乙处置的违章搭建');
  const db = t.h.core.services.db;
  const handler = db.prepare("SELECT id FROM user_account WHERE username = 'u_department_handler'");
  t.token('department_handler');
  const { id: handlerId } = handler.get() as { id: string };
  t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', handlerId, { department_id: deptA }));
  return { t, inGrid1, inGrid3, inCommunity, toDeptA, toDeptB, deptA };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('case scope', () => {
  it('a grid worker lists, counts, opens and acts on its own grid only', async () => {
    const { t, inGrid1, inGrid3, inCommunity, toDeptA } = setUp();
    t.serve('grid_worker', [t.grids[0]!]);
    const worker = t.token('grid_worker');
    const page = t.h.call(worker, 'cases.queue', ALL);
    expect(ids(page.rows)).toEqual([inGrid1]);
    expect(page.total).toBe(1);
    expect(t.h.call(worker, 'cases.queueCounts', { filter: {} }).all).toBe(1);
    // Asking for another grid by filter does not widen the scope.
    expect(t.h.call(worker, 'cases.queue', { ...ALL, filter: { gridId: t.grids[2]! } }).total).toBe(0);
    expect(t.h.call(worker, 'cases.get', { id: inGrid1 }).id).toBe(inGrid1);
    for (const id of [inGrid3, inCommunity, toDeptA]) {
      expect(t.h.core.invoke(worker, 'cases.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const number = (t.h.call(t.h.adminToken, 'cases.get', { id }) as { number: string }).number;
      expect(t.h.core.invoke(worker, 'cases.byNumber', { number })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const before = t.h.changeCount();
      expect(t.tryAct(id, { type: 'start', attachments: [] }, 'grid_worker')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(t.h.changeCount()).toBe(before);
    }
    const exported = await t.h.job(worker, 'cases.export', { queue: 'all', filter: {}, format: 'csv' });
    expect(exported.rows).toBe(1);
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(text).toContain('第一网格路灯不亮');
    expect(text).not.toContain('第三网格垃圾堆放');
    // Acting on its own grid's case works.
    t.act(inGrid1, { type: 'accept' });
    t.act(inGrid1, { type: 'dispatch', target: { kind: 'grid', unitId: t.grids[0]! } });
    expect(t.act(inGrid1, { type: 'start' }, 'grid_worker').status).toBe('in_progress');
  });

  it('a grid worker assigned to a village serves every grid of that village, not the community', () => {
    const { t, inGrid1, inGrid3, inCommunity, toDeptA, toDeptB } = setUp();
    t.serve('grid_worker', [t.villageId]);
    const page = t.h.call(t.token('grid_worker'), 'cases.queue', ALL);
    expect(ids(page.rows)).toEqual([inGrid1, inGrid3, toDeptA, toDeptB].sort());
    expect(ids(page.rows)).not.toContain(inCommunity);
  });

  it('a grid worker with no assignment sees only what it registered itself', () => {
    const { t } = setUp();
    const worker = t.token('grid_worker');
    expect(t.h.call(worker, 'cases.queue', ALL).total).toBe(0);
    const own = t.register({ title: '巡查发现井盖缺失', gridId: t.grids[2]! }, 'grid_worker').id;
    expect(ids(t.h.call(worker, 'cases.queue', ALL).rows)).toEqual([own]);
  });

  it("a department handler sees its department's cases and cannot act on another department's", () => {
    const { t, toDeptA, toDeptB, inGrid1 } = setUp();
    const handler = t.token('department_handler');
    expect(ids(t.h.call(handler, 'cases.queue', ALL).rows)).toEqual([toDeptA]);
    expect(t.h.call(handler, 'cases.queueCounts', { filter: {} }).all).toBe(1);
    for (const id of [toDeptB, inGrid1]) {
      expect(t.h.core.invoke(handler, 'cases.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const before = t.h.changeCount();
      expect(t.tryAct(id, { type: 'start', attachments: [] }, 'department_handler')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(t.h.changeCount()).toBe(before);
    }
    expect(t.act(toDeptA, { type: 'start' }, 'department_handler').status).toBe('in_progress');
  });

  it('unscoped readers (dispatcher, director, presenter) see every case', () => {
    const { t } = setUp();
    for (const role of ['dispatcher', 'director', 'presenter'] as const) {
      expect(t.h.call(t.token(role), 'cases.queue', ALL).total).toBe(5);
    }
  });
});
