// Work-log input rules (clear Chinese messages, nothing written on refusal), a case raised
// from a log linking back to it, the weekly summary, and the routine scope on the server: a
// grid worker reads its grids' workers and writes only its own log; a supervisor its area;
// the wall display nothing.
import { describe, expect, it } from 'vitest';
import { at, routineTown, type RoutineTown } from './routine-fixture';

const base = { patrolled: true, patrolStart: '08:30', patrolEnd: '10:00', observations: '无异常', notes: '', submit: true } as const;

function refused(r: RoutineTown, token: string, method: 'routine.saveLog' | 'routine.saveLeave', input: unknown, message: string, code = 'BAD_INPUT') {
  const before = r.t.h.changeCount();
  expect(r.t.h.core.invoke(token, method, input)).toMatchObject({ ok: false, error: { code, message } });
  expect(r.t.h.changeCount()).toBe(before);
}

describe('work log input', () => {
  it('refuses a future day, a leave day, a second log for the day, a place outside the grids, and an incomplete submission', () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const me = r.tokenOf('jia');
    const place = { gridId: r.t.grids[0]!, buildingId: r.buildings[0]! };
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-21', places: [place] }, '不能填写未来日期（2025-11-21）的工作日志');
    r.leave('jia', '2025-11-18', '2025-11-19', 'yi');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-19', places: [place] }, '甲2025-11-19在请假期间（2025-11-18至2025-11-19），当天不需填写工作日志');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [{ gridId: r.t.grids[2]!, buildingId: r.buildings[2]! }] }, '巡查地点“3号楼”属于青石村第3网格，不在甲负责的网格内');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [{ gridId: r.t.grids[0]!, buildingId: r.buildings[2]! }] }, '楼栋“3号楼”不在所选网格内');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', patrolEnd: '08:00', places: [place] }, '巡查结束时间应晚于开始时间');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', patrolStart: null, places: [place] }, '请填写巡查开始和结束时间');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [] }, '请至少选择一个巡查地点');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [place], observations: '  ' }, '请填写民情（无异常可填“无异常”）');
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [{ gridId: r.t.grids[0]!, name: ' ' }] }, '请填写巡查地点名称');
    // A draft may be incomplete; submitting it later completes the day.
    const draft = r.t.h.call(me, 'routine.saveLog', { ...base, date: '2025-11-20', patrolEnd: null, places: [], observations: '', submit: false });
    expect(draft).toMatchObject({ status: 'draft', submittedAt: null });
    refused(r, me, 'routine.saveLog', { ...base, date: '2025-11-20', places: [place] }, '甲2025-11-20的工作日志已存在，请打开原日志修改', 'CONFLICT');
    const done = r.t.h.call(me, 'routine.saveLog', { ...base, id: draft.id, date: '2025-11-20', places: [place, { gridId: r.t.grids[0]!, name: '村口桥头' }] });
    expect(done).toMatchObject({ id: draft.id, status: 'submitted', submittedAt: r.t.clock.now, places: [{ name: '1号楼' }, { name: '村口桥头', buildingId: null }] });
    // Saving a submitted log as a draft keeps it submitted.
    expect(r.t.h.call(me, 'routine.saveLog', { ...base, id: draft.id, date: '2025-11-20', places: [place], notes: '补充', submit: false }).status).toBe('submitted');
  });

  it('refuses leave that overlaps another, covers a logged day, or names the worker as its own cover', () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    r.logDay('jia', '2025-11-20');
    const admin = r.t.h.adminToken;
    const leave = { staffId: r.staff.yi, fromDate: '2025-11-24', toDate: '2025-11-26', reason: '病假', coverStaffId: r.staff.jia };
    r.t.h.call(admin, 'routine.saveLeave', leave);
    refused(r, admin, 'routine.saveLeave', { ...leave, fromDate: '2025-11-26', toDate: '2025-11-27' }, '乙在2025-11-24至2025-11-26已有请假记录', 'CONFLICT');
    refused(r, admin, 'routine.saveLeave', { ...leave, staffId: r.staff.jia, coverStaffId: r.staff.yi, fromDate: '2025-11-20', toDate: '2025-11-21' }, '甲2025-11-20已提交工作日志，不能登记为请假', 'CONFLICT');
    refused(r, admin, 'routine.saveLeave', { ...leave, fromDate: '2025-12-01', toDate: '2025-11-30' }, '请假结束日期不能早于开始日期');
    refused(r, admin, 'routine.saveLeave', { ...leave, fromDate: '2025-12-01', toDate: '2025-12-02', coverStaffId: r.staff.yi }, '替岗人不能是请假人本人');
  });
});

describe('a case raised from a log', () => {
  it('is registered in one step and listed on the log; the weekly summary counts it', () => {
    const r = routineTown(at('2025-11-17', '17:00'));
    const me = r.tokenOf('jia');
    r.logDay('jia', '2025-11-17', { observations: '村民反映桥头路灯不亮' });
    const log = r.logDay('jia', '2025-11-18', { observations: '巡查发现垃圾堆放' });
    const raised = r.t.h.call(me, 'routine.raiseCase', {
      logId: log.id,
      case: { source: 'patrol', categoryId: r.t.category('环境卫生').id, handlingType: 'general', title: '1号楼旁垃圾堆放', description: '巡查发现', address: '1号楼', gridId: r.t.grids[0]!, attachments: [] },
    });
    expect(raised.number).toMatch(/\d/);
    const again = r.t.h.call(me, 'routine.dayLog', { staffId: r.staff.jia, date: '2025-11-18' })!;
    expect(again.cases).toEqual([{ id: raised.caseId, number: raised.number, title: '1号楼旁垃圾堆放', status: 'registered' }]);
    expect(r.t.h.call(r.t.h.adminToken, 'cases.get', { id: raised.caseId })).toMatchObject({ source: 'patrol', gridId: r.t.grids[0] });
    // A refused case leaves no link and no case behind.
    const before = r.t.h.changeCount();
    const bad = r.t.h.core.invoke(me, 'routine.raiseCase', { logId: log.id, case: { source: 'patrol', categoryId: 'nope', handlingType: 'general', title: 'x', description: '', address: '', gridId: r.t.grids[0]!, attachments: [] } });
    expect(bad.ok).toBe(false);
    expect(r.t.h.changeCount()).toBe(before);

    r.t.advance(at('2025-11-24', '09:00'));
    const week = r.t.h.call(r.t.token('supervisor'), 'routine.weekly', { staffId: r.staff.jia, date: '2025-11-19' });
    expect(week).toMatchObject({ weekStart: '2025-11-17', weekEnd: '2025-11-23', cases: 1, places: 1, totals: { due: 5, done: 2, missing: 3, patrolDays: 2 } });
    expect(week.text).toContain('应填日志5天，已提交2天，请假0天，缺3天；巡查2天，巡查地点1处，巡查中登记事件1件。');
    expect(week.text).toContain('11月18日（周二）：巡查发现垃圾堆放');
    expect(week.text).toContain('缺日志：11月19日、11月20日、11月21日');
  });
});

describe('routine scope on the server', () => {
  it('a grid worker reads its grid’s workers, writes only its own log, and cannot reach another grid', () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const bingLog = r.logDay('bing', '2025-11-20');
    const yiLog = r.logDay('yi', '2025-11-20');
    const me = r.tokenOf('jia');
    const names = r.t.h.call(me, 'routine.workers', {}).map((w) => w.name);
    expect(names).toEqual(['甲', '乙']);
    expect(r.t.h.call(me, 'routine.completeness', { from: '2025-11-17', to: '2025-11-21' }).rows.map((x) => x.staffName)).toEqual(['甲', '乙']);
    // Asking for another grid does not widen it.
    expect(r.t.h.call(me, 'routine.completeness', { from: '2025-11-17', to: '2025-11-21', gridId: r.t.grids[2]! }).rows).toEqual([]);
    expect(r.t.h.call(me, 'routine.dayLog', { staffId: r.staff.yi, date: '2025-11-20' })!.id).toBe(yiLog.id);
    for (const [method, input] of [
      ['routine.dayLog', { staffId: r.staff.bing, date: '2025-11-20' }],
      ['routine.weekly', { staffId: r.staff.bing, date: '2025-11-20' }],
    ] as const) {
      expect(r.t.h.core.invoke(me, method, input), method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '网格员不存在，或不在本账号的查看范围内' } });
    }
    const before = r.t.h.changeCount();
    expect(r.t.h.core.invoke(me, 'routine.saveLog', { ...base, staffId: r.staff.yi, date: '2025-11-19', places: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '网格员只能填写本人的工作日志' } });
    expect(r.t.h.core.invoke(me, 'routine.saveLog', { ...base, id: bingLog.id, date: '2025-11-20', places: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.core.invoke(me, 'routine.raiseCase', { logId: bingLog.id, case: { source: 'patrol', categoryId: r.t.category('环境卫生').id, handlingType: 'general', title: '越权', description: '', address: '', gridId: r.t.grids[2]!, attachments: [] } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(r.t.h.core.invoke(me, 'routine.saveLeave', { staffId: r.staff.jia, fromDate: '2025-11-24', toDate: '2025-11-24', reason: '', coverStaffId: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(r.t.h.changeCount()).toBe(before);
  });

  it('a supervisor sees its village’s workers, not the community’s; the centre sees all; the wall display nothing', () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const dingLog = r.logDay('ding', '2025-11-20');
    const sup = r.t.token('supervisor');
    expect(r.t.h.call(sup, 'routine.workers', {}).map((w) => w.name)).toEqual(['甲', '乙', '丙']);
    expect(r.t.h.core.invoke(sup, 'routine.dayLog', { staffId: r.staff.ding, date: '2025-11-20' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.core.invoke(sup, 'routine.saveLeave', { staffId: r.staff.ding, fromDate: '2025-11-24', toDate: '2025-11-24', reason: '', coverStaffId: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.t.h.call(sup, 'routine.saveLeave', { staffId: r.staff.bing, fromDate: '2025-11-24', toDate: '2025-11-24', reason: '病假', coverStaffId: null })).toMatchObject({ staffName: '丙' });
    expect(r.t.h.call(r.t.token('director'), 'routine.workers', {}).map((w) => w.name)).toEqual(['甲', '乙', '丙', '丁']);
    expect(r.t.h.call(r.t.token('director'), 'routine.dayLog', { staffId: r.staff.ding, date: '2025-11-20' })!.id).toBe(dingLog.id);
    for (const method of ['routine.completeness', 'routine.workers', 'routine.dayLog'] as const) {
      expect(r.t.h.core.invoke(r.t.token('display'), method, { from: '2025-11-17', to: '2025-11-21', staffId: r.staff.ding, date: '2025-11-20' }).ok, method).toBe(false);
    }
  });
});
