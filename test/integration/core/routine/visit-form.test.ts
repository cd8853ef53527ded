// The handbook's 入户走访记录 form exported per worker and period (routine.visitForm): one sheet
// per month with the visits in date order, the subtotal by class and the signature line;
// refused for a worker outside the caller's scope.
import { describe, expect, it } from 'vitest';
import { openXlsx, sheetText } from '../registry/registry-fixture';
import { at, routineTown } from './routine-fixture';
import { households } from './visit-fixture';

describe('the 入户走访记录 form', () => {
  it("lays out a worker's visits month by month as the handbook does", async () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const { h } = r.t;
    const admin = h.adminToken;
    households(r, [
      { gridId: r.t.grids[0]!, no: '0001', born: '1950-03-01', tags: ['living_alone'] },
      { gridId: r.t.grids[0]!, no: '0002', born: '1985-03-01', tags: ['low_income'], head: '王秀兰', address: '青石村前街8号' },
    ]);
    const visit = (staffId: string, householdId: string, date: string, extra = {}) =>
      h.call(admin, 'routine.saveVisit', { staffId, householdId, date, metName: '户主', situation: '身体尚可', ...extra });
    visit(r.staff.jia, 'HH-0001', '2025-10-30');
    visit(r.staff.jia, 'HH-0002', '2025-11-03', { metName: '王秀兰', situation: '家中整洁', needs: '希望申请临时救助', followUp: '已转民政办' });
    visit(r.staff.jia, 'HH-0001', '2025-11-10', { metPersonId: 'P-0001' });
    visit(r.staff.jia, 'HH-0002', '2025-11-17', { metName: '其女儿' });
    visit(r.staff.yi, 'HH-0001', '2025-11-18');

    const file = await h.job(r.tokenOf('jia'), 'routine.visitForm', { staffId: r.staff.jia, from: '2025-10-01', to: '2025-11-20' });
    expect(file.fileName).toMatch(/^入户走访记录_甲_2025-10-01至2025-11-20_.*\.xlsx$/);
    const wb = await openXlsx(file.base64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2025年10月', '2025年11月']);
    const rows = sheetText(wb.worksheets[1]!);
    expect(rows[0]![0]).toBe('入户走访记录');
    expect(rows[1]![0]).toBe('网格员：甲　　负责网格：青石村第1网格　　时间：2025-11-01 至 2025-11-20');
    expect(rows[2]).toEqual(['序号', '走访日期', '户号', '户主', '门牌地址', '户类别', '见到的人', '走访情况', '诉求', '跟进措施', '登记事件']);
    // 乙's visit is on 乙's form, not 甲's.
    expect(rows.slice(3, 6).map((x) => x.slice(0, 10))).toEqual([
      ['1', '2025-11-03', '0002', '王秀兰', '青石村前街8号', '二类户', '王秀兰', '家中整洁', '希望申请临时救助', '已转民政办'],
      // Empty cells at the end of a row are not written.
      ['2', '2025-11-10', '0001', '户主0001', '0001号', '一类户', '户主0001', '身体尚可'],
      ['3', '2025-11-17', '0002', '王秀兰', '青石村前街8号', '二类户', '其女儿', '身体尚可'],
    ]);
    expect(rows[6]!.slice(0, 3)).toEqual(['本月小计', '', '走访 3 次、2 户（一类 1，二类 2，三类 0）']);
    expect(rows[8]![0]).toMatch(/^网格员（签字）：.*督导员（签字）：.*审核日期：$/);
    expect(sheetText(wb.worksheets[0]!)[1]![0]).toContain('时间：2025-10-01 至 2025-10-31');
  });

  it('is refused for a worker outside the caller’s scope', async () => {
    const r = routineTown(at('2025-11-10', '09:00'));
    const { h } = r.t;
    const period = { from: '2025-11-01', to: '2025-11-10' };
    expect(await h.runJob(r.tokenOf('jia'), 'routine.visitForm', { staffId: r.staff.bing, ...period })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.runJob(r.t.token('supervisor'), 'routine.visitForm', { staffId: r.staff.ding, ...period })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.runJob(r.t.token('display'), 'routine.visitForm', { staffId: r.staff.jia, ...period })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.runJob(r.t.token('supervisor'), 'routine.visitForm', { staffId: r.staff.bing, from: '2025-11-10', to: '2025-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: '开始日期2025-11-10晚于结束日期2025-11-01' },
    });
    // An empty period still gives the form to fill by hand.
    const file = await h.job(r.t.token('supervisor'), 'routine.visitForm', { staffId: r.staff.bing, ...period });
    expect(file.fileName).toContain('_丙_');
    const rows = sheetText((await openXlsx(file.base64)).worksheets[0]!);
    expect(rows[3]![0]).toBe('（无）');
    expect(rows[4]!.slice(0, 3)).toEqual(['本月小计', '', '走访 0 次、0 户（一类 0，二类 0，三类 0）']);
  });
});
