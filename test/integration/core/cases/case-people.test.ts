// Alerts scoped to a grid worker's units, who may acknowledge them; the handling people offered
// at dispatch; a case's id from its number.
import { describe, expect, it } from 'vitest';
import { caseTown } from './case-fixture';

describe('alerts by role', () => {
  it("shows a grid worker only the alerts of the units they serve; others see all", () => {
    const t = caseTown();
    const c = t.register({ handlingType: 'emergency', urgency: 'critical', title: '民房起火', gridId: t.grids[1]! });
    expect(c.alerts).toHaveLength(2);
    expect(t.h.call(t.token('grid_worker'), 'cases.alerts', {})).toEqual([]); // no staff record linked
    t.serve('grid_worker', [t.grids[2]!]);
    const mine = t.h.call(t.token('grid_worker'), 'cases.alerts', {});
    expect(mine.map((a) => a.unitId)).toEqual([t.grids[2]]);
    expect(t.h.call(t.token('grid_worker'), 'cases.alerts', { unitId: t.grids[0]! })).toEqual([]);
    expect(t.h.call(t.token('dispatcher'), 'cases.alerts', {})).toHaveLength(2);
    expect(t.h.call(t.token('presenter'), 'cases.alerts', {})).toHaveLength(2);

    const other = c.alerts.find((a) => a.unitId === t.grids[0])!;
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.ackAlert', { id: other.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能确认本人所在网格收到的联动通报' },
    });
    expect(t.h.call(t.token('grid_worker'), 'cases.ackAlert', { id: mine[0]!.id })).toMatchObject({ acknowledgedByName: 'grid_worker' });
  });

  it('lets a dispatcher acknowledge any alert, not a presenter or supervisor', () => {
    const t = caseTown();
    const c = t.register({ handlingType: 'emergency', urgency: 'critical', gridId: t.grids[1]! });
    const [a, b] = c.alerts;
    expect(t.h.core.invoke(t.token('presenter'), 'cases.ackAlert', { id: a!.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '当前账号无权确认联动通报' } });
    expect(t.h.core.invoke(t.token('supervisor'), 'cases.ackAlert', { id: a!.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.core.invoke(t.token('display'), 'cases.ackAlert', { id: a!.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.call(t.token('dispatcher'), 'cases.ackAlert', { id: a!.id })).toMatchObject({ acknowledgedByName: 'dispatcher' });
    expect(t.h.call(t.token('department_handler'), 'cases.ackAlert', { id: b!.id })).toMatchObject({ acknowledgedByName: 'department_handler' });
    expect(t.h.call(t.token('dispatcher'), 'cases.alerts', {})).toEqual([]);
  });
});

describe('cases.assignees', () => {
  it('lists active accounts that can handle cases, with their department', () => {
    const t = caseTown();
    const dept = t.h.call(t.h.adminToken, 'departments.list', {}).find((d) => d.code === 'CG')!;
    const handler = t.h.call(t.h.adminToken, 'users.create', { username: 'chengguan', displayName: '城管张', role: 'department_handler', password: 'correct-horse-1', departmentId: dept.id });
    const gone = t.h.call(t.h.adminToken, 'users.create', { username: 'old', displayName: '离职李', role: 'grid_worker', password: 'correct-horse-1' });
    t.h.call(t.h.adminToken, 'users.update', { id: gone.id, disabled: true });
    t.token('grid_worker');
    t.token('presenter');
    t.token('supervisor');
    const list = t.h.call(t.token('dispatcher'), 'cases.assignees', {});
    expect(list[0]).toEqual({ id: handler.id, displayName: '城管张', role: 'department_handler', roleLabel: '部门处置人员', departmentId: dept.id, departmentName: dept.name });
    const names = list.map((u) => u.displayName);
    expect(names).toEqual(expect.arrayContaining(['城管张', 'grid_worker', '管理员']));
    expect(names).not.toContain('离职李');
    expect(names).not.toContain('presenter');
    expect(names).not.toContain('supervisor');
    expect(names).not.toContain('dispatcher');
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.assignees', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const c = t.register();
    t.act(c.id, { type: 'accept' }, 'dispatcher');
    const d = t.act(c.id, { type: 'dispatch', target: { kind: 'department', departmentId: dept.id }, assigneeUserId: handler.id }, 'dispatcher');
    expect(d.assigneeUserId).toBe(handler.id);
    expect(d.assigneeUserName).toBe(handler.displayName);
  });
});

describe('cases.byNumber', () => {
  it("finds a case's id by its number, or says in Chinese that there is none", () => {
    const t = caseTown();
    const c = t.register();
    expect(t.h.call(t.token('presenter'), 'cases.byNumber', { number: ` ${c.number} ` })).toEqual({ id: c.id });
    expect(t.h.call(t.token('presenter'), 'cases.byNumber', { number: c.number.toLowerCase() })).toEqual({ id: c.id });
    expect(t.h.core.invoke(t.h.adminToken, 'cases.byNumber', { number: '2025-1120-ZZ-9999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '未找到编号为“2025-1120-ZZ-9999”的事件' },
    });
    expect(t.h.core.invoke(t.h.adminToken, 'cases.byNumber', { number: '  ' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(t.h.core.invoke(t.token('display'), 'cases.byNumber', { number: c.number })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
