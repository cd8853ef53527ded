// 入户核实 on the server: the supervisor's draw meets each class's rate over generated quarters
// and is the same when drawn again from the same data; a later draw keeps what was verified and
// adds to reach the rate; outcomes need a note unless 属实; the figures (rates achieved, each
// worker's 属实率); and the scope — a grid worker cannot verify, a supervisor only its area and
// never its own visits, only the administrator sets the rates — with nothing written on refusal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterRange } from '../../../../shared/routine/verification-types';
import { at } from './routine-fixture';
import { visitTown } from './verification-fixture';

const dayIn = (quarter: string, i: number) => {
  const { from } = quarterRange(quarter);
  return `${from.slice(0, 8)}${String((i % 28) + 1).padStart(2, '0')}`;
};

describe('入户核实 sample', () => {
  it("meets each class's rate in the supervisor's area over generated quarters, and the same data gives the same sample", () => {
    const v = visitTown();
    const { h } = v.r.t;
    const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
    const counts = fc.sample(fc.tuple(fc.nat(13), fc.nat(13), fc.nat(13), fc.nat(5)), { numRuns: quarters.length, seed: 20251220 });
    const workers = [v.r.staff.jia, v.r.staff.yi, v.r.staff.bing];
    const gridOf = [v.r.t.grids[0]!, v.r.t.grids[0]!, v.r.t.grids[2]!];
    quarters.forEach((quarter, qi) => {
      const [c1, c2, c3, outside] = counts[qi]!;
      let i = 0;
      for (const [cls, k] of [[1, c1], [2, c2], [3, c3]] as const) for (let j = 0; j < k; j++, i++) v.visit(workers[i % 3]!, gridOf[i % 3]!, dayIn(quarter, i), cls);
      // Visits in the community grid are outside this supervisor's area (the village).
      for (let j = 0; j < outside; j++) v.visit(v.r.staff.ding, v.r.t.communityGrid, dayIn(quarter, j), 1);

      const drawn = h.call(v.supervisor, 'routine.drawVerification', { quarter });
      for (const c of drawn.sample.classes) {
        const need = { 1: Math.ceil((c.visits * 50) / 100), 2: Math.ceil((c.visits * 30) / 100), 3: Math.ceil((c.visits * 20) / 100) }[c.householdClass];
        expect(c.visits).toBe([c1, c2, c3][c.householdClass - 1]);
        expect([c.required, c.drawn]).toEqual([need, need]);
      }
      expect(drawn.sample.toDraw).toBe(0);
      expect(drawn.sample.rows.every((row) => row.gridId !== v.r.t.communityGrid)).toBe(true);

      // Drawn again from the same data (the records removed, as on a PC that never drew): the same visits.
      const first = drawn.sample.rows.map((row) => row.visitId).sort();
      h.core.services.writer.transaction(null, (tx) => first.forEach((id) => tx.remove('visit_verification', id)));
      const again = h.call(v.supervisor, 'routine.drawVerification', { quarter });
      expect(again.sample.rows.map((row) => row.visitId).sort()).toEqual(first);
    });
  });

  it('a later draw keeps the visits drawn and verified, replaces 未核实 ones, and adds to reach the rate', () => {
    const v = visitTown(at('2025-11-10', '09:00'));
    const { h } = v.r.t;
    const quarter = '2025-Q4';
    for (let i = 0; i < 6; i++) v.visit(v.r.staff.jia, v.r.t.grids[0]!, `2025-10-${String(10 + i).padStart(2, '0')}`, 1);
    const first = h.call(v.supervisor, 'routine.drawVerification', { quarter });
    expect(first.added).toBe(3);
    const [a, b, c] = first.sample.rows.map((row) => row.visitId);
    h.call(v.supervisor, 'routine.recordVerification', { visitId: a!, outcome: 'accurate', note: '' });
    h.call(v.supervisor, 'routine.recordVerification', { visitId: b!, outcome: 'inaccurate', note: '户主称当天无人来访' });
    h.call(v.supervisor, 'routine.recordVerification', { visitId: c!, outcome: 'unverified', note: '家中无人，电话未接通' });
    // Nothing new: one more in place of the 未核实 one.
    expect(h.call(v.supervisor, 'routine.verificationSample', { quarter }).toDraw).toBe(1);
    // Four more visits later in the quarter: 10 visits need 5 that count.
    for (let i = 0; i < 4; i++) v.visit(v.r.staff.yi, v.r.t.grids[0]!, `2025-11-0${i + 3}`, 1);
    const second = h.call(v.supervisor, 'routine.drawVerification', { quarter });
    expect(second.added).toBe(3);
    const byVisit = new Map(second.sample.rows.map((row) => [row.visitId, row]));
    expect([byVisit.get(a!)?.outcome, byVisit.get(b!)?.outcome, byVisit.get(c!)?.outcome]).toEqual(['accurate', 'inaccurate', 'unverified']);
    expect(byVisit.get(b!)?.note).toBe('户主称当天无人来访');
    expect(second.sample.classes[0]).toMatchObject({ visits: 10, required: 5, drawn: 6, accurate: 1, inaccurate: 1, unverified: 1, pending: 3, met: false });
    expect(h.call(v.supervisor, 'routine.drawVerification', { quarter }).added).toBe(0);
  });
});

describe('recording outcomes and the figures', () => {
  it("needs a note for 不属实 and 未核实, a day between the visit and today, and counts each worker's 属实率", () => {
    const v = visitTown(at('2025-11-10', '09:00'));
    const { h } = v.r.t;
    const ids = [0, 1, 2, 3].map((i) => v.visit(i < 2 ? v.r.staff.jia : v.r.staff.bing, i < 2 ? v.r.t.grids[0]! : v.r.t.grids[2]!, `2025-10-1${i}`, 1));
    h.call(v.supervisor, 'routine.drawVerification', { quarter: '2025-Q4' });
    const rows = h.call(v.supervisor, 'routine.verificationSample', { quarter: '2025-Q4' }).rows;
    expect(rows).toHaveLength(2);
    const refused = (input: unknown, message: string, code = 'BAD_INPUT') => {
      const before = h.changeCount();
      expect(h.core.invoke(v.supervisor, 'routine.recordVerification', input)).toMatchObject({ ok: false, error: { code, message } });
      expect(h.changeCount()).toBe(before);
    };
    const drawnId = rows[0]!.visitId;
    refused({ visitId: drawnId, outcome: 'inaccurate', note: ' ' }, '核实结果为“不属实”时须填写说明');
    refused({ visitId: drawnId, outcome: 'unverified', note: '' }, '核实结果为“未核实”时须填写说明');
    refused({ visitId: drawnId, outcome: 'accurate', note: '', verifiedOn: '2025-11-11' }, '核实日期不能晚于今天（2025-11-10）');
    refused({ visitId: drawnId, outcome: 'accurate', note: '', verifiedOn: '2025-10-01' }, `核实日期不能早于走访日期（${rows[0]!.visitDate}）`);
    refused({ visitId: drawnId, outcome: 'maybe', note: '' }, '输入内容有误：outcome 请选择核实结果：属实、不属实或未核实');
    const notDrawn = ids.find((id) => !rows.some((row) => row.visitId === id))!;
    refused({ visitId: notDrawn, outcome: 'accurate', note: '' }, '该走访记录未抽入核实样本，请先抽取本季度样本', 'INVALID_STATE');
    const before = h.changeCount();
    expect(h.core.invoke(v.supervisor, 'routine.drawVerification', { quarter: '2026-Q1' })).toMatchObject({ ok: false, error: { message: '2026年第1季度尚未开始，不能抽取核实样本' } });
    expect(h.changeCount()).toBe(before);

    const saved = h.call(v.supervisor, 'routine.recordVerification', { visitId: drawnId, outcome: 'accurate', note: '' });
    expect(saved).toMatchObject({ outcome: 'accurate', verifiedOn: '2025-11-10', verifierName: expect.any(String) });
    // Three of 甲's visits drawn over the quarter: two 属实, one 不属实 → 2/3.
    for (let i = 0; i < 4; i++) v.visit(v.r.staff.jia, v.r.t.grids[0]!, `2025-11-0${i + 1}`, 1);
    h.call(v.supervisor, 'routine.drawVerification', { quarter: '2025-Q4' });
    const sample = h.call(v.supervisor, 'routine.verificationSample', { quarter: '2025-Q4' });
    const jiaRows = sample.rows.filter((row) => row.workerId === v.r.staff.jia && row.outcome === null);
    jiaRows.forEach((row, i) => h.call(v.supervisor, 'routine.recordVerification', { visitId: row.visitId, outcome: i === 0 ? 'inaccurate' : 'accurate', note: '核对' }));
    const figures = h.call(v.supervisor, 'routine.verificationFigures', { quarter: '2025-Q4' });
    const jia = figures.workers.find((w) => w.staffId === v.r.staff.jia)!;
    const jiaDrawn = sample.rows.filter((row) => row.workerId === v.r.staff.jia);
    const trueCount = jiaDrawn.filter((row) => row.visitId === drawnId).length + jiaRows.length - 1;
    expect(jia).toMatchObject({ name: '甲', drawn: jiaDrawn.length, accurate: trueCount, inaccurate: 1, trueRate: trueCount / (trueCount + 1) });
    // The grid worker sees its grids' figures, the same as the supervisor's for that grid.
    const mine = h.call(v.r.tokenOf('jia'), 'routine.verificationFigures', { quarter: '2025-Q4' });
    expect(mine.workers.map((w) => w.name)).toEqual(['甲']);
    expect(mine.workers[0]).toEqual(jia);
  });
});

describe('入户核实 scope', () => {
  it('a grid worker cannot draw or verify; a supervisor only its area, never its own visits; only the administrator sets the rates', () => {
    const v = visitTown(at('2025-11-10', '09:00'));
    const { h } = v.r.t;
    const inArea = v.visit(v.r.staff.jia, v.r.t.grids[0]!, '2025-10-10', 1);
    const outside = v.visit(v.r.staff.ding, v.r.t.communityGrid, '2025-10-10', 1);
    const own = v.visit(v.supervisorStaff, v.r.t.grids[1]!, '2025-10-11', 1);
    // The administrator (whole town) draws everything; the supervisor's view shows only its area.
    h.call(h.adminToken, 'routine.drawVerification', { quarter: '2025-Q4' });
    expect(h.call(v.supervisor, 'routine.verificationSample', { quarter: '2025-Q4' }).rows.map((row) => row.visitId).sort()).toEqual([inArea, own].sort());

    const refused = (token: string, method: 'routine.recordVerification' | 'routine.drawVerification' | 'routine.setVerificationRates' | 'routine.verificationSample', input: unknown, code: string, message?: string) => {
      const before = h.changeCount();
      const res = h.core.invoke(token, method, input);
      expect(res).toMatchObject({ ok: false, error: { code } });
      if (message && !res.ok) expect(res.error.message).toBe(message);
      expect(h.changeCount()).toBe(before);
    };
    const worker = v.r.tokenOf('jia');
    refused(worker, 'routine.drawVerification', { quarter: '2025-Q4' }, 'FORBIDDEN');
    refused(worker, 'routine.recordVerification', { visitId: inArea, outcome: 'accurate', note: '' }, 'FORBIDDEN');
    refused(worker, 'routine.verificationSample', { quarter: '2025-Q4' }, 'FORBIDDEN');
    refused(v.supervisor, 'routine.recordVerification', { visitId: outside, outcome: 'accurate', note: '' }, 'NOT_FOUND', '走访记录不存在，或不在本账号的核实范围内');
    refused(v.supervisor, 'routine.recordVerification', { visitId: 'no-such-visit', outcome: 'accurate', note: '' }, 'NOT_FOUND', '走访记录不存在，或不在本账号的核实范围内');
    refused(v.supervisor, 'routine.recordVerification', { visitId: own, outcome: 'accurate', note: '' }, 'FORBIDDEN', '不能核实本人的走访记录');
    refused(v.supervisor, 'routine.setVerificationRates', { class1: 10, class2: 10, class3: 10 }, 'FORBIDDEN');
    refused(h.adminToken, 'routine.setVerificationRates', { class1: 0, class2: 30, class3: 20 }, 'BAD_INPUT');
    refused(h.adminToken, 'routine.setVerificationRates', { class1: 50, class2: 101, class3: 20 }, 'BAD_INPUT');
    expect(h.call(v.supervisor, 'routine.recordVerification', { visitId: inArea, outcome: 'accurate', note: '' }).outcome).toBe('accurate');

    // Raised rates apply to the next draw: 一类 100 % draws the rest of the supervisor's area.
    expect(h.call(h.adminToken, 'routine.setVerificationRates', { class1: 100, class2: 30, class3: 20 })).toEqual({ class1: 100, class2: 30, class3: 20 });
    const extra = v.visit(v.r.staff.bing, v.r.t.grids[2]!, '2025-10-12', 1);
    const drawn = h.call(v.supervisor, 'routine.drawVerification', { quarter: '2025-Q4' });
    expect(drawn.sample.rows.map((row) => row.visitId)).toContain(extra);
    expect(drawn.sample.classes[0]).toMatchObject({ visits: 3, required: 3, drawn: 3 });
  });
});
