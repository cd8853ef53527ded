// The quarterly run on the server: open with the scheme in force, review live, manual items with
// reason and evidence decided by another person, freeze into a snapshot that a case closed later
// does not change, reopen by the director alone with the reason recorded; scheme versions; and
// the refusals, each in Chinese with nothing written.
import { describe, expect, it } from 'vitest';
import { at } from '../routine/routine-fixture';
import { quarterRun } from './run-fixture';

function setUp() {
  const q = quarterRun();
  return { ...q, call: q.t.h.call, invoke: q.t.h.core.invoke.bind(q.t.h.core) };
}

const closeRateOf = (review: { subjects: { subjectId: string; items: { indicator: string; value: { value: number | null } | null }[] }[] }, grid: string) =>
  review.subjects.find((s) => s.subjectId === grid)!.items.find((i) => i.indicator === 'closeRate')!.value?.value;

describe('assessment runs', () => {
  it('opens with the default scheme, reviews live, freezes; a case closed later does not change the frozen scores; the director reopens with a reason', () => {
    const { t, director, run, open, call, invoke } = setUp();
    const grid1 = t.grids[0]!;
    expect(run).toMatchObject({ level: 'grid', periodKey: '2025Q4', periodLabel: '2025年第四季度', from: '2025-10-01', to: '2025-12-31', status: 'open', schemeVersion: 1 });
    const review = call(director, 'assessment.review', { runId: run.id });
    expect(review.scheme.total).toBe(100);
    expect(review.subjects.map((s) => s.rank)[0]).toBe(1);
    expect(closeRateOf(review, grid1)).toBe(1 / 2);
    expect(review.indicators.closeRate?.label).toBe('结案率');

    const frozen = call(director, 'assessment.freeze', { runId: run.id });
    expect(frozen).toMatchObject({ status: 'frozen', frozenByName: expect.any(String) });
    const before = call(director, 'assessment.review', { runId: run.id }).subjects;

    // The open case is closed after the freeze: the frozen scores stay as they were.
    t.act(open, { type: 'dispatch', target: { kind: 'village' } });
    t.act(open, { type: 'start' });
    t.act(open, { type: 'handle', result: '已处置' });
    t.act(open, { type: 'verify' });
    t.act(open, { type: 'close' });
    expect(call(director, 'assessment.review', { runId: run.id }).subjects).toEqual(before);

    // Only the director reopens, with a reason; the scores are live again and the history says why.
    expect(invoke(t.h.adminToken, 'assessment.reopen', { runId: run.id, reason: '数据更正后重新计算' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke(director, 'assessment.reopen', { runId: run.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    call(director, 'assessment.reopen', { runId: run.id, reason: '数据更正后重新计算' });
    const reopened = call(director, 'assessment.review', { runId: run.id });
    expect(closeRateOf(reopened, grid1)).toBe(1);
    expect(reopened.events.map((e) => [e.action, e.note])).toEqual([
      ['opened', '采用方案“网格考核（百分制）”第1版'],
      ['frozen', `${before.length}个考核对象定版`],
      ['reopened', '数据更正后重新计算'],
    ]);
  });

  it('manual items: reason and evidence required, a supervisor only in its area, decided by another person; freezing waits for them; editing a frozen run is refused', () => {
    const { t, director, run, call, invoke } = setUp();
    const supervisor = t.token('supervisor');
    const grid1 = t.grids[0]!;
    const caseNo = (t.h.core.services.db.prepare("SELECT number FROM case_record WHERE title = '未办结事件'").get() as { number: string }).number;
    const base = { runId: run.id, subjectId: grid1, kind: 'deduct' as const, points: 5, reason: '重大隐患未及时上报', evidenceKind: 'case' as const, evidenceRef: caseNo };
    const count = () => (t.h.core.services.db.prepare('SELECT count(*) AS n FROM assessment_adjustment').get() as { n: number }).n;

    expect(invoke(supervisor, 'assessment.addAdjustment', { ...base, reason: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('请写明加减分理由') } });
    expect(invoke(supervisor, 'assessment.addAdjustment', { ...base, evidenceRef: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('请提供依据') } });
    expect(invoke(supervisor, 'assessment.addAdjustment', { ...base, evidenceRef: '2025-0000-XX-9999' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('不存在') } });
    // The community grid is outside the supervisor's village.
    expect(invoke(supervisor, 'assessment.addAdjustment', { ...base, subjectId: t.communityGrid })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke(t.token('grid_worker'), 'assessment.addAdjustment', base)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count()).toBe(0);

    const item = call(supervisor, 'assessment.addAdjustment', base);
    expect(item).toMatchObject({ status: 'pending', evidenceLabel: expect.stringContaining(caseNo), enteredByName: expect.any(String) });
    expect(invoke(director, 'assessment.freeze', { runId: run.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '还有1项加减分待审核，审核后才能定版' } });

    const totalOf = () => call(director, 'assessment.review', { runId: run.id }).subjects.find((s) => s.subjectId === grid1)!;
    const without = totalOf();
    call(director, 'assessment.decideAdjustment', { id: item.id, approve: true });
    expect(totalOf()).toMatchObject({ adjustment: -5, total: Math.round((without.total - 5) * 100) / 100 });
    // Whoever entered an item does not decide it.
    const veto = call(director, 'assessment.addAdjustment', { ...base, kind: 'veto', points: 0, reason: '发生安全生产责任事故', evidenceKind: 'document', evidenceRef: '镇安委〔2025〕12号' });
    expect(invoke(director, 'assessment.decideAdjustment', { id: veto.id, approve: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    call(t.h.adminToken, 'assessment.decideAdjustment', { id: veto.id, approve: true });
    const vetoed = call(director, 'assessment.review', { runId: run.id }).subjects;
    expect(vetoed.find((s) => s.subjectId === grid1)).toMatchObject({ vetoed: true, grade: 'fail', rank: vetoed.length });

    call(director, 'assessment.freeze', { runId: run.id });
    const frozenCount = count();
    expect(invoke(supervisor, 'assessment.addAdjustment', base)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('已定版') } });
    expect(count()).toBe(frozenCount);
  });

  it('a scheme a run used is saved as a new version; the run keeps the version it used; bad schemes are refused', () => {
    const { t, director, run, call, invoke } = setUp();
    const used = call(director, 'assessment.review', { runId: run.id }).scheme;
    expect(used.inUse).toBe(true);
    const weights = used.items.map((i, n) => (n === 0 ? { ...i, weight: i.weight + 5 } : i));
    const refused = invoke(director, 'assessment.saveScheme', { id: used.id, scheme: { ...used, items: weights } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('各指标分值合计为105分，应等于方案总分100分') } });

    const next = call(director, 'assessment.saveScheme', { id: used.id, scheme: { ...used, name: '网格考核（百分制，2026版）' } });
    expect(next).toMatchObject({ familyId: used.familyId, version: 2, isDefault: true, retired: false, inUse: false });
    const schemes = call(director, 'assessment.schemes', {});
    expect(schemes.find((s) => s.id === used.id)).toMatchObject({ retired: true, isDefault: false });
    expect(call(director, 'assessment.review', { runId: run.id }).scheme).toMatchObject({ id: used.id, version: 1 });
    // The next quarter's run takes the new version; a quarter not begun, or one already run, is refused.
    t.advance(at('2026-04-01', '09:00'));
    expect(call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q1' })).toMatchObject({ schemeId: next.id, schemeVersion: 2 });
    expect(invoke(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q3' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '2026年第三季度尚未开始，不能考核' } });
    expect(invoke(director, 'assessment.openRun', { level: 'grid', periodKey: '2025Q4' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(invoke(director, 'assessment.openRun', { level: 'grid', periodKey: '2025Q5' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // Reading is allowed to the presenter, not to a grid worker or the wall.
    expect(invoke(t.token('presenter'), 'assessment.runs', {})).toMatchObject({ ok: true });
    expect(invoke(t.token('grid_worker'), 'assessment.runs', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke(t.token('display'), 'assessment.review', { runId: run.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the drill-down lists the cases behind a case indicator', () => {
    const { t, director, run, call } = setUp();
    const rows = call(director, 'assessment.drill', { runId: run.id, subjectId: t.grids[0]!, indicator: 'closeRate', part: 'denominator' });
    expect(rows.map((r) => r.title).sort()).toEqual(['已办结事件', '未办结事件']);
    expect(call(director, 'assessment.drill', { runId: run.id, subjectId: t.grids[0]!, indicator: 'closeRate', part: 'numerator' }).map((r) => r.title)).toEqual(['已办结事件']);
  });
});
