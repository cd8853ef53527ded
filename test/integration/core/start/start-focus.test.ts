// The start screens' reads (start.focus, start.month): each role's own part of the town counted
// by what needs doing — a supervisor its area's grids, a department handler its department's
// cases, a grid worker its grids', the centre the whole town — and the month's figures by the
// assessment's counting rules.
import { describe, expect, it } from 'vitest';
import { FOCUS_GROUPS } from '../../../../shared/start/start-types';
import { focusSql } from '../../../../electron/core/start/case-focus';
import { at, caseTown } from '../cases/case-fixture';

describe('start.focus', () => {
  it('counts each group in the caller’s own scope and lists the most urgent first', () => {
    const t = caseTown();
    const [g1, g2, g3] = [t.grids[0]!, t.grids[1]!, t.grids[2]!];
    const departments = t.h.call(t.h.adminToken, 'departments.list', {});
    const [deptA, deptB] = [departments[0]!.id, departments[1]!.id];
    const toDept = (departmentId: string, title: string, gridId: string) => {
      const id = t.register({ title, gridId }).id;
      t.act(id, { type: 'accept' });
      t.act(id, { type: 'dispatch', target: { kind: 'department', departmentId } });
      return id;
    };
    const late = toDept(deptA, '部门甲：早登记的占道经营', g1);
    t.advance(at('2025-11-21', '10:00'));
    const fresh = toDept(deptA, '部门甲：新登记的违章搭建', g2);
    const other = toDept(deptB, '部门乙：管道漏水', g3);
    const waiting = t.register({ title: '第三网格待受理', gridId: g3 }).id;

    // The department handler: its department's two cases, to handle, the older deadline first.
    t.token('department_handler');
    const handlerId = (t.h.core.services.db.prepare("SELECT id FROM user_account WHERE username = 'u_department_handler'").get() as { id: string }).id;
    t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', handlerId, { department_id: deptA }));
    const handler = t.token('department_handler');
    t.act(fresh, { type: 'start' }, 'department_handler');
    const dept = t.h.call(handler, 'start.focus', { group: 'open', limit: 8 });
    expect(dept.scope.kind).toBe('department');
    expect(dept.rows.map((r) => r.id)).toEqual([late, fresh]);
    expect(dept.counts).toMatchObject({ open: 2, to_handle: 1, in_progress: 1, rework: 0, supervised: 0, to_verify: 0 });
    expect(t.h.call(handler, 'start.focus', { group: 'to_handle', limit: 8 }).rows.map((r) => r.id)).toEqual([late]);

    // Handled, then returned for rework: counted as rework (and in progress again), not to verify.
    t.act(fresh, { type: 'handle', result: '已拆除违章搭建' }, 'department_handler');
    expect(t.h.call(handler, 'start.focus', { group: 'to_verify', limit: 8 }).counts.to_verify).toBe(1);
    t.act(fresh, { type: 'rework', note: '现场仍有残留，退回返工' });
    const returned = t.h.call(handler, 'start.focus', { group: 'rework', limit: 8 });
    expect(returned.rows.map((r) => r.id)).toEqual([fresh]);
    expect(returned.counts).toMatchObject({ rework: 1, to_verify: 0 });

    // Overdue once the clock passes the first case's deadline (the other is still running).
    const deadline = (t.h.call(t.h.adminToken, 'cases.get', { id: late }) as { deadlineAt: number }).deadlineAt;
    t.advance(deadline + 60_000);
    const overdue = t.h.call(handler, 'start.focus', { group: 'overdue', limit: 8 });
    expect(overdue.rows.map((r) => r.id)).toContain(late);
    expect(overdue.rows.map((r) => r.id)).not.toContain(other);

    // A supervisor of the first two grids: its area's cases only, whatever it may read elsewhere.
    t.serve('supervisor', [g1, g2]);
    const area = t.h.call(t.token('supervisor'), 'start.focus', { group: 'open', limit: 8 });
    expect(area.scope).toMatchObject({ kind: 'area', label: '督导片区（2个网格）' });
    expect(area.rows.map((r) => r.id).sort()).toEqual([late, fresh].sort());
    t.act(late, { type: 'supervise', note: '挂牌督办' });
    expect(t.h.call(t.token('supervisor'), 'start.focus', { group: 'supervised', limit: 8 }).rows.map((r) => r.id)).toEqual([late]);

    // A grid worker of the third grid: its grid's cases; the dispatcher: the whole town.
    t.serve('grid_worker', [g3]);
    const worker = t.h.call(t.token('grid_worker'), 'start.focus', { group: 'open', limit: 8 });
    expect(worker.scope.kind).toBe('grids');
    expect(worker.rows.map((r) => r.id).sort()).toEqual([other, waiting].sort());
    const town = t.h.call(t.token('dispatcher'), 'start.focus', { group: 'open', limit: 2 });
    expect(town.scope.kind).toBe('town');
    expect(town.counts.open).toBe(4);
    expect(town.rows).toHaveLength(2);
  });
});

describe('start.focus query plans', () => {
  it('reads open cases through an index for the town, an area and a department, never scanning the case table', () => {
    const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
    const raw = t.h.openRaw();
    const scopes: [string | null, Record<string, string | number>][] = [
      [null, {}],
      ['c.grid_id IN (@area0, @area1)', { area0: 'g1', area1: 'g2' }],
      ['(c.assignee_user_id = @scopeMe OR c.registered_by = @scopeMe OR c.assignee_department_id = @scopeDept)', { scopeMe: 'u', scopeDept: 'd' }],
    ];
    for (const [where, params] of scopes) {
      for (const group of FOCUS_GROUPS) {
        const sql = focusSql(where, group);
        for (const text of [sql.counts, sql.rows]) {
          const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${text}`).all({ ...params, now: 0, soon: 0, limit: 8 }) as { detail: string }[]).map((r) => r.detail);
          const label = `${where ?? 'town'} ${group}: ${plan.join(' | ')}`;
          expect(plan.filter((d) => /^SCAN c\b/.test(d)), label).toEqual([]);
          expect(plan.some((d) => /^SEARCH c USING (COVERING )?INDEX/.test(d) || /^MULTI-INDEX OR/.test(d)), label).toBe(true);
        }
      }
    }
    raw.close();
  });
});

describe('start.month', () => {
  it('counts this month so far and the month before by the assessment rules', () => {
    const t = caseTown(at('2025-11-20', '10:00'));
    const a = t.register({ title: '十一月登记的事件', gridId: t.grids[0]! }).id;
    t.act(a, { type: 'accept' });
    t.act(a, { type: 'dispatch', target: { kind: 'grid', unitId: t.grids[0]! } });
    t.act(a, { type: 'handle', result: '已处置完毕' });
    t.act(a, { type: 'verify' });
    t.act(a, { type: 'evaluate', satisfaction: 'satisfied' });
    t.act(a, { type: 'close' });
    t.register({ title: '十一月仍在办的事件', gridId: t.grids[1]! });
    t.advance(at('2025-12-02', '09:00'));
    t.register({ title: '十二月登记的事件', gridId: t.grids[2]! });
    const m = t.h.call(t.token('director'), 'start.month', {});
    expect(m.current).toMatchObject({ from: '2025-12-01', to: '2025-12-02', counts: { received: 1, closed: 0 }, onTimeRate: null });
    expect(m.previous).toMatchObject({ from: '2025-11-01', to: '2025-11-30', label: '2025年11月', counts: { received: 2, closed: 1, closedOnTime: 1 } });
    expect(m.previous.onTimeRate).toBe(1);
    expect(m.previous.satisfactionRate).toBe(1);
  });
});
