// Household visits through the core's door (routine.saveVisit / visitPlan / visits / visitStats):
// the class recorded with each visit, due and overdue at month and quarter edges on the core's
// clock, the frequencies the administrator edits, bad input refused in Chinese with nothing
// written, and the routine scope on the server (a grid worker reaches only its grids' households,
// a colleague's during the A/B cover; a supervisor reads its area).
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../shared/api';
import { DEFAULT_VISIT_PLAN } from '../../../../shared/routine/visit-classes';
import { at, routineTown, type RoutineTown } from './routine-fixture';
import { household } from './visit-fixture';

const visitOf = (householdId: string, date: string, extra: Partial<MethodInput<'routine.saveVisit'>> = {}): MethodInput<'routine.saveVisit'> => ({
  householdId, date, metName: '户主', situation: '身体尚可，家中整洁', needs: '', followUp: '', ...extra,
});

function refused(r: RoutineTown, token: string, input: unknown, message: string, code = 'BAD_INPUT') {
  const before = r.t.h.changeCount();
  expect(r.t.h.core.invoke(token, 'routine.saveVisit', input)).toMatchObject({ ok: false, error: { code, message } });
  expect(r.t.h.changeCount()).toBe(before);
}

const standing = (r: RoutineTown, token: string, householdId: string) => r.t.h.call(token, 'routine.visitPlan', {}).households.find((h) => h.householdId === householdId);

describe('visit plan by household class', () => {
  it('records the class of the day; class 2 with one visit in March is overdue on 1 April; quarterly classes turn at the quarter', () => {
    const r = routineTown(at('2026-03-31', '17:00'));
    const me = r.tokenOf('jia');
    const g = r.t.grids[0]!;
    const poor = household(r, g, '0001', '1985-02-02', ['low_income']);
    const old = household(r, g, '0002', '1950-06-01');
    const alone = household(r, g, '0003', '1948-01-01', ['living_alone', 'empty_nest']);
    const young = household(r, g, '0004', '1990-09-09');

    const v = r.t.h.call(me, 'routine.saveVisit', visitOf(poor.id, '2026-03-10', { metPersonId: poor.member, metName: '', needs: '希望申请临时救助', followUp: '已转民政办' }));
    expect(v).toMatchObject({ householdClass: 2, classKind: 'vulnerable', metName: '户主0001', staffName: '甲', gridId: g, date: '2026-03-10', needs: '希望申请临时救助' });
    r.t.h.call(me, 'routine.saveVisit', visitOf(old.id, '2026-01-15'));
    r.t.h.call(me, 'routine.saveVisit', visitOf(alone.id, '2026-03-02'));
    r.t.h.call(me, 'routine.saveVisit', visitOf(young.id, '2026-02-01'));
    r.t.h.call(me, 'routine.saveVisit', visitOf(young.id, '2026-03-03'));
    // Last quarter's visits, so only this year's periods decide.
    for (const h of [old, young]) r.t.h.call(r.t.h.adminToken, 'routine.saveVisit', visitOf(h.id, '2025-12-01', { staffId: r.staff.yi }));
    r.t.h.call(r.t.h.adminToken, 'routine.saveVisit', visitOf(young.id, '2025-11-01', { staffId: r.staff.yi }));

    // 31 March: class 2 has 1 of 2 (due today), the others are done.
    const march = r.t.h.call(me, 'routine.visitPlan', {});
    expect(march).toMatchObject({ today: '2026-03-31', weekEnd: '2026-04-05', settings: DEFAULT_VISIT_PLAN });
    expect(march.households.map((h) => [h.householdNo, h.classKind, h.householdClass, h.status, h.done, h.required, h.nextBy])).toEqual([
      ['0001', 'vulnerable', 2, 'due', 1, 2, '2026-03-31'],
      ['0002', 'elderly', 1, 'done', 1, 1, null],
      ['0003', 'elderly_alone', 1, 'done', 1, 1, null],
      ['0004', 'other', 3, 'done', 2, 2, null],
    ]);

    // 1 April: March ended short for class 2; a new month for 0003 and a new quarter for 0002 and 0004.
    r.t.advance(at('2026-04-01', '08:30'));
    const april = r.t.h.call(me, 'routine.visitPlan', {});
    expect(april.households.map((h) => [h.householdNo, h.status, h.nextBy, h.missed?.end ?? null])).toEqual([
      ['0001', 'overdue', '2026-04-15', '2026-03-31'],
      ['0003', 'due', '2026-04-30', null],
      ['0004', 'due', '2026-05-16', null],
      ['0002', 'due', '2026-06-30', null],
    ]);
    expect(april.households[0]).toMatchObject({ lastVisit: '2026-03-10', lastVisitBy: '甲', missed: { per: 'month', done: 1, required: 2 } });
    // A visit today ends the overdue; the month still asks one more.
    r.t.h.call(me, 'routine.saveVisit', visitOf(poor.id, '2026-04-01'));
    expect(standing(r, me, poor.id)).toMatchObject({ status: 'due', done: 1, nextBy: '2026-04-30', missed: null });

    // 1 July: nobody visited 0002 in Q2 — overdue for the quarter.
    r.t.advance(at('2026-07-01', '08:30'));
    expect(standing(r, me, old.id)).toMatchObject({ status: 'overdue', missed: { per: 'quarter', start: '2026-04-01', end: '2026-06-30', done: 0, required: 1 } });
  });

  it('the administrator edits the frequencies (checked on the server); every household at least once a year', () => {
    const r = routineTown(at('2025-12-30', '17:00'));
    const me = r.tokenOf('jia');
    const seen = household(r, r.t.grids[0]!, '0101', '1990-01-01');
    const unseen = household(r, r.t.grids[0]!, '0102', '1990-01-01');
    r.t.h.call(me, 'routine.saveVisit', visitOf(seen.id, '2025-06-01'));
    const lax = { ...DEFAULT_VISIT_PLAN, rules: { ...DEFAULT_VISIT_PLAN.rules, other: { per: 'quarter' as const, times: 0 } } };
    const tokens = (['grid_worker', 'supervisor', 'director'] as const).map((role) => r.t.token(role));
    const before = r.t.h.changeCount();
    for (const token of tokens) expect(r.t.h.core.invoke(token, 'routine.saveVisitSettings', lax)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(r.t.h.core.invoke(r.t.h.adminToken, 'routine.saveVisitSettings', { ...lax, yearly: -1 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('次数不能为负') } });
    expect(r.t.h.changeCount()).toBe(before);
    expect(r.t.h.call(r.t.h.adminToken, 'routine.saveVisitSettings', lax).rules.other).toEqual({ per: 'quarter', times: 0 });
    expect(r.t.h.call(me, 'routine.visitSettings', {})).toEqual(lax);
    r.t.advance(at('2026-01-01', '09:00'));
    expect(standing(r, me, seen.id)).toMatchObject({ status: 'due', nextBy: '2026-12-31', missed: null, required: 0 });
    expect(standing(r, me, unseen.id)).toMatchObject({ status: 'overdue', missed: { per: 'year', start: '2025-01-01', end: '2025-12-31', done: 0, required: 1 } });
  });

  it('answers visits due, done and missed by class per worker, grid and village for a period', () => {
    const r = routineTown(at('2026-04-02', '17:00'));
    const me = r.tokenOf('jia');
    const poor = household(r, r.t.grids[0]!, '0201', '1980-01-01', ['disabled']);
    const other = household(r, r.t.grids[0]!, '0202', '1990-01-01');
    household(r, r.t.grids[2]!, '0301', '1990-01-01');
    for (const d of ['2026-01-05', '2026-01-20', '2026-02-10']) r.t.h.call(me, 'routine.saveVisit', visitOf(poor.id, d));
    for (const d of ['2026-01-07', '2026-02-07', '2026-03-07']) r.t.h.call(r.t.h.adminToken, 'routine.saveVisit', visitOf(other.id, d, { staffId: r.staff.yi }));
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    const grids = r.t.h.call(r.t.h.adminToken, 'routine.visitStats', { ...q1, by: 'grid' });
    const g1 = grids.find((x) => x.id === r.t.grids[0])!;
    expect(g1.byClass[2]).toMatchObject({ households: 1, required: 6, done: 3, missed: 3, short: 1, visits: 3, rate: 0.5 });
    expect(g1.byClass[3]).toMatchObject({ households: 1, required: 2, done: 2, missed: 0, short: 0, visits: 3, rate: 1 });
    expect(g1.total).toMatchObject({ households: 2, required: 8, done: 5, visits: 6 });
    expect(grids.find((x) => x.id === r.t.grids[2])!.total).toMatchObject({ households: 1, required: 2, done: 0, short: 1 });
    const village = r.t.h.call(r.t.h.adminToken, 'routine.visitStats', { ...q1, by: 'village' }).find((x) => x.id === r.t.villageId)!;
    expect(village.total).toMatchObject({ households: 3, required: 10, done: 5 });
    // Workers share their grid's households; `visits` are their own.
    const workers = r.t.h.call(me, 'routine.visitStats', { ...q1, by: 'worker' });
    expect(workers.map((w) => [w.name, w.total.households, w.total.required, w.total.done, w.total.visits])).toEqual([
      ['甲', 2, 8, 5, 3],
      ['乙', 2, 8, 5, 3],
    ]);
    // The quarter running today: its open visits.
    const q2 = r.t.h.call(r.t.h.adminToken, 'routine.visitStats', { from: '2026-04-01', to: '2026-06-30', by: 'grid' }).find((x) => x.id === r.t.grids[0])!;
    expect(q2.total).toMatchObject({ required: 0, open: 2 + 2 });
  });
});

describe('visit input', () => {
  it('refuses a future day, a household outside the grids, a second visit the same day, a leave day, a stranger as the person met', () => {
    const r = routineTown(at('2026-05-20', '16:00'));
    const me = r.tokenOf('jia');
    const mine = household(r, r.t.grids[0]!, '0401', '1970-01-01');
    const theirs = household(r, r.t.grids[2]!, '0402', '1970-01-01');
    refused(r, me, visitOf(mine.id, '2026-05-21'), '走访日期（2026-05-21）不能晚于今天');
    refused(r, me, visitOf(theirs.id, '2026-05-20'), '户0402属于青石村第3网格，不在甲2026-05-20负责的网格内');
    refused(r, me, visitOf(mine.id, '2026-05-20', { metPersonId: theirs.member }), '接待人不是该户的成员');
    refused(r, me, visitOf(mine.id, '2026-05-20', { situation: '  ' }), '请填写走访情况');
    refused(r, me, visitOf(mine.id, '2026-05-20', { metName: '' }), '请填写接待人（见到的家庭成员）');
    refused(r, me, visitOf('HH-none', '2026-05-20'), '该户不存在或已注销', 'NOT_FOUND');
    r.leave('jia', '2026-05-18', '2026-05-19', 'yi');
    refused(r, me, visitOf(mine.id, '2026-05-19'), '甲2026-05-19在请假期间（2026-05-18至2026-05-19），不能登记当天的走访');
    const first = r.t.h.call(me, 'routine.saveVisit', visitOf(mine.id, '2026-05-20'));
    refused(r, me, visitOf(mine.id, '2026-05-20'), '户0401在2026-05-20已有甲的走访记录，请打开原记录修改', 'CONFLICT');
    refused(r, r.t.h.adminToken, visitOf(mine.id, '2026-05-20', { staffId: r.staff.yi }), '户0401在2026-05-20已有甲的走访记录，请打开原记录修改', 'CONFLICT');
    // Editing the visit keeps one record.
    const edited = r.t.h.call(me, 'routine.saveVisit', visitOf(mine.id, '2026-05-20', { id: first.id, followUp: '下周复访' }));
    expect(edited).toMatchObject({ id: first.id, followUp: '下周复访' });
    expect(r.t.h.call(me, 'routine.visits', { householdId: mine.id }).map((v) => v.id)).toEqual([first.id]);
  });
});

describe('visit scope on the server', () => {
  it('a grid worker reads and writes only its grids’ households (a colleague’s during the cover); the supervisor reads its area', () => {
    const r = routineTown(at('2026-05-20', '16:00'));
    const me = r.tokenOf('jia');
    const admin = r.t.h.adminToken;
    const mine = household(r, r.t.grids[0]!, '0501', '1970-01-01');
    const third = household(r, r.t.grids[2]!, '0502', '1970-01-01');
    const community = household(r, r.t.communityGrid, '0503', '1970-01-01');
    const bingVisit = r.t.h.call(admin, 'routine.saveVisit', visitOf(third.id, '2026-05-18', { staffId: r.staff.bing }));
    r.t.h.call(admin, 'routine.saveVisit', visitOf(community.id, '2026-05-18', { staffId: r.staff.ding }));
    r.t.h.call(me, 'routine.saveVisit', visitOf(mine.id, '2026-05-18'));

    // Reading: its grid's plan and visits only; asking for another grid does not widen it.
    expect(r.t.h.call(me, 'routine.visitPlan', {}).households.map((h) => h.householdNo)).toEqual(['0501']);
    expect(r.t.h.call(me, 'routine.visitPlan', { gridId: r.t.grids[2]! }).households).toEqual([]);
    expect(r.t.h.call(me, 'routine.visits', { from: '2026-05-01' }).map((v) => v.householdNo)).toEqual(['0501']);
    expect(r.t.h.call(me, 'routine.visits', { gridId: r.t.grids[2]! })).toEqual([]);
    expect(r.t.h.core.invoke(me, 'routine.visits', { householdId: third.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.core.invoke(me, 'routine.visits', { personId: third.member })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.core.invoke(me, 'routine.visitPlan', { staffId: r.staff.bing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.call(me, 'routine.visitStats', { from: '2026-04-01', to: '2026-06-30', by: 'grid' }).map((g) => g.id)).toEqual([r.t.grids[0]]);
    // Writing: not for a colleague, not another grid's household, not another's visit.
    const before = r.t.h.changeCount();
    expect(r.t.h.core.invoke(me, 'routine.saveVisit', visitOf(mine.id, '2026-05-19', { staffId: r.staff.yi }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '网格员只能填写本人的走访记录' } });
    expect(r.t.h.core.invoke(me, 'routine.saveVisit', visitOf(third.id, '2026-05-19'))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(r.t.h.core.invoke(me, 'routine.saveVisit', visitOf(third.id, '2026-05-18', { id: bingVisit.id }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(r.t.h.changeCount()).toBe(before);

    // 丙 on leave with 甲 covering: during the leave 甲 reaches grid 3's households, and only then.
    r.leave('bing', '2026-05-20', '2026-05-22', 'jia');
    expect(r.t.h.call(me, 'routine.visitPlan', {}).households.map((h) => h.householdNo)).toEqual(['0501', '0502']);
    expect(r.t.h.call(me, 'routine.saveVisit', visitOf(third.id, '2026-05-20'))).toMatchObject({ householdNo: '0502', staffName: '甲' });
    r.t.advance(at('2026-05-25', '09:00'));
    expect(r.t.h.core.invoke(me, 'routine.saveVisit', visitOf(third.id, '2026-05-25'))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    // The supervisor reads the village, not the community; it records nothing; the wall display nothing.
    const sup = r.t.token('supervisor');
    expect(r.t.h.call(sup, 'routine.visits', { from: '2026-05-01' }).map((v) => v.householdNo).sort()).toEqual(['0501', '0502', '0502']);
    expect(r.t.h.call(sup, 'routine.visitPlan', { villageId: r.t.villageId }).households.map((h) => h.householdNo)).toEqual(['0501', '0502']);
    expect(r.t.h.core.invoke(sup, 'routine.visits', { householdId: community.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.core.invoke(sup, 'routine.saveVisit', visitOf(mine.id, '2026-05-25', { staffId: r.staff.jia }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(r.t.h.core.invoke(r.t.token('display'), 'routine.visits', {}).ok).toBe(false);
    // The centre reads the town, but names an area for the plan.
    expect(r.t.h.call(r.t.token('director'), 'routine.visits', { from: '2026-05-01' })).toHaveLength(4);
    expect(r.t.h.core.invoke(r.t.token('director'), 'routine.visitPlan', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请选择村（社区）、网格或网格员' } });
  });
});
