// The deadline the intake drawer shows is the one the case gets (issue 14 §4): the preview and
// the registration go through the same level rule (intakeLevel) and the same deadline function
// (caseDeadline), for every handling type and dispatch target, on the spot or not.
import { describe, expect, it } from 'vitest';
import { DISPATCH_TARGETS, HANDLING_TYPES } from '../../../../shared/cases/case-types';
import { at, caseTown } from './case-fixture';

const target = (kind: (typeof DISPATCH_TARGETS)[number]) => (kind === 'county' ? { kind, name: '县住建局' } : { kind });

describe('the intake deadline', () => {
  it('equals the case’s deadline after a dispatch at intake, for every handling type and target', () => {
    const t = caseTown(at('2025-11-28', '16:00')); // Friday afternoon: the limits run over the weekend
    const cg = t.category('环境卫生').id;
    const days = new Set<number>();
    for (const handlingType of HANDLING_TYPES) {
      for (const kind of DISPATCH_TARGETS) {
        const preview = t.h.call(t.h.adminToken, 'sla.preview', { categoryId: cg, handlingType, targetKind: kind });
        const c = t.register({ categoryId: cg, handlingType, dispatch: { target: target(kind) } });
        expect(c).toMatchObject({ status: 'dispatched', assigneeKind: kind, slaDays: preview.days, level: preview.level, deadlineAt: preview.deadlineAt });
        days.add(preview.days);
      }
    }
    // The targets do give different limits (grid 1, village 3, town 5, county 2 in the default rules).
    expect(days.size).toBeGreaterThan(2);
  });

  it('a department target gets the town level’s 5 working days, not the general type’s 1 day at the grid', () => {
    const t = caseTown(at('2025-12-01', '09:00')); // Monday
    const cg = t.category('环境卫生').id;
    const atGrid = t.h.call(t.h.adminToken, 'sla.preview', { categoryId: cg, handlingType: 'general' });
    expect(atGrid).toMatchObject({ days: 1, level: 'grid' });
    const toDept = t.h.call(t.h.adminToken, 'sla.preview', { categoryId: cg, handlingType: 'general', targetKind: 'department' });
    expect(toDept).toMatchObject({ days: 5, level: 'town' });
    expect(toDept.text).toBe('5个工作日，12月8日（星期一）17:30前');
    const c = t.register({ categoryId: cg, handlingType: 'general', dispatch: { target: { kind: 'department' } } });
    expect(c).toMatchObject({ deadlineAt: toDept.deadlineAt, assigneeLabel: expect.stringContaining('城管') });
    // Without a dispatch at intake and on the spot, the preview is the registration's too.
    expect(t.register({ categoryId: cg, handlingType: 'general', accept: true }).deadlineAt).toBe(atGrid.deadlineAt);
    const spot = t.h.call(t.h.adminToken, 'sla.preview', { categoryId: cg, handlingType: 'general', onSpot: true });
    expect(t.register({ categoryId: cg, handlingType: 'general', onSpotResult: '已现场清理' }).deadlineAt).toBe(spot.deadlineAt);
  });

  it('refuses a dispatch at intake on the spot or without the dispatch permission, writing nothing', () => {
    const t = caseTown(at('2025-12-01', '09:00'));
    t.serve('grid_worker', [t.grids[0]!]);
    const before = t.eventCount();
    const input = {
      source: 'patrol',
      categoryId: t.category('环境卫生').id,
      handlingType: 'general',
      title: '村口垃圾堆放',
      gridId: t.grids[0]!,
      dispatch: { target: { kind: 'department' } },
    };
    expect(t.h.core.invoke(t.h.adminToken, 'cases.register', { ...input, onSpotResult: '已现场清理' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: '现场处置的事件已处置完毕，无需受理或派遣' },
    });
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.register', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.eventCount()).toBe(before);
    expect(t.h.core.services.db.prepare('SELECT count(*) AS n FROM case_record').get()).toEqual({ n: 0 });
  });
});
