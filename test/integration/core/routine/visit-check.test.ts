// checkVisit (electron/core/routine/visits.ts) on its own: the rules of a visit that the visit
// form and the import of paper visit records share — each refusal in Chinese, nothing written
// by the check, and the columns it returns for the write.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/rpc/errors';
import { saveVisitInput, type SaveVisitInput } from '../../../../shared/routine/visit-inputs';
import { checkVisit } from '../../../../electron/core/routine/visits';
import { at, routineTown, type RoutineTown } from './routine-fixture';
import { households } from './visit-fixture';

function setup(): { r: RoutineTown; check: (staffId: string, input: Partial<SaveVisitInput>, checkCase?: (id: string) => void) => ReturnType<typeof checkVisit> } {
  const r = routineTown(at('2025-11-20', '16:00'));
  households(r, [
    { gridId: r.t.grids[0]!, no: '0001', born: '1950-03-01', tags: ['living_alone'] },
    { gridId: r.t.grids[2]!, no: '0003', born: '1985-03-01' },
  ]);
  const env = { db: r.t.h.core.services.db, now: r.t.clock.now, today: '2025-11-20' };
  const check = (staffId: string, input: Partial<SaveVisitInput>, checkCase?: (id: string) => void) =>
    checkVisit(env, staffId, saveVisitInput.parse({ householdId: 'HH-0001', date: '2025-11-17', metName: '户主0001', situation: '身体尚可', ...input }), checkCase);
  return { r, check };
}

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('not refused');
}

describe('checkVisit', () => {
  it('returns the columns of the visit: the household’s grid and its class on the day, the member met', () => {
    const { r, check } = setup();
    const before = r.t.h.changeCount();
    const { existing, values } = check(r.staff.jia, { metPersonId: 'P-0001', metName: '', needs: '独居，希望安装呼叫器', followUp: '已报民政办' });
    expect(existing).toBeNull();
    expect(values).toMatchObject({
      household_id: 'HH-0001',
      grid_id: r.t.grids[0],
      visit_date: '2025-11-17',
      household_class: 1,
      class_kind: 'elderly_alone',
      met_person_id: 'P-0001',
      met_name: '户主0001',
      needs: '独居，希望安装呼叫器',
      follow_up: '已报民政办',
      case_id: null,
    });
    expect(r.t.h.changeCount()).toBe(before);
  });

  it('refuses each broken rule with its Chinese message', () => {
    const { r, check } = setup();
    const { staff } = r;
    expect(refusal(() => check('nobody', {}))).toEqual({ code: 'NOT_FOUND', message: '网格员不存在' });
    expect(refusal(() => check(staff.jia, { date: '2025-11-21' }))).toEqual({ code: 'BAD_INPUT', message: '走访日期（2025-11-21）不能晚于今天' });
    expect(refusal(() => check(staff.jia, { householdId: 'HH-none' }))).toEqual({ code: 'NOT_FOUND', message: '该户不存在或已注销' });
    expect(refusal(() => check(staff.jia, { householdId: 'HH-0003' }))).toEqual({ code: 'BAD_INPUT', message: '户0003属于青石村第3网格，不在甲2025-11-17负责的网格内' });
    expect(refusal(() => check(staff.jia, { metPersonId: 'P-0003', metName: '' }))).toEqual({ code: 'BAD_INPUT', message: '接待人不是该户的成员' });
    expect(refusal(() => check(staff.jia, { metName: '' }))).toEqual({ code: 'BAD_INPUT', message: '请填写接待人（见到的家庭成员）' });
    expect(refusal(() => check(staff.jia, { situation: ' ' }))).toEqual({ code: 'BAD_INPUT', message: '请填写走访情况' });
    expect(refusal(() => check(staff.jia, { caseId: 'no-such-case' }))).toEqual({ code: 'NOT_FOUND', message: '关联的事件不存在' });
    r.leave('jia', '2025-11-17', '2025-11-17', 'yi');
    expect(refusal(() => check(staff.jia, {}))).toEqual({ code: 'BAD_INPUT', message: '甲2025-11-17在请假期间（2025-11-17至2025-11-17），不能登记当天的走访' });
    // 乙 covers 甲's grid that day, and may visit its households (it is 乙's own grid here too); 丙 may not.
    expect(check(staff.yi, {}).values.grid_id).toBe(r.t.grids[0]);
    expect(refusal(() => check(staff.bing, {}))).toEqual({ code: 'BAD_INPUT', message: '户0001属于青石村第1网格，不在丙2025-11-17负责的网格内' });
  });

  it('refuses a second visit to the household that day, whoever made the first, but lets the first be edited', () => {
    const { r, check } = setup();
    const v = r.t.h.call(r.t.h.adminToken, 'routine.saveVisit', { staffId: r.staff.yi, householdId: 'HH-0001', date: '2025-11-17', metName: '户主0001', situation: '身体尚可' });
    expect(refusal(() => check(r.staff.jia, {}))).toEqual({ code: 'CONFLICT', message: '户0001在2025-11-17已有乙的走访记录，请打开原记录修改' });
    expect(check(r.staff.yi, { id: v.id, situation: '身体好转' })).toMatchObject({ existing: { id: v.id }, values: { situation: '身体好转' } });
    expect(refusal(() => check(r.staff.jia, { id: v.id }))).toEqual({ code: 'NOT_FOUND', message: '走访记录不存在' });
  });
});
