// A run's results on the server (assessment.results, assessment.ranking): the change on the
// previous period from its frozen run, 红榜/黑榜, stars of grid workers, and the warnings — bottom
// two in three consecutive frozen quarters, a survey under 80 once and twice in a year, the annual
// review — built on hand-made frozen runs whose ranks are written in the test.
import { describe, expect, it } from 'vitest';
import type { SubjectScoreView } from '../../../../shared/assessment/assessment-types';
import type { Grade, SubjectLevel } from '../../../../shared/assessment/scheme';
import { at, routineTown } from '../routine/routine-fixture';

function setUp() {
  const r = routineTown(at('2026-11-10', '09:00'));
  const { t } = r;
  const director = t.token('director');
  const db = t.h.core.services.db;
  const writer = t.h.core.services.writer;
  const gridNames = new Map([...t.grids, t.communityGrid].map((id) => [id, (db.prepare('SELECT name FROM org_unit WHERE id = ?').get(id) as { name: string }).name]));
  const staffNames = new Map(Object.entries(r.staff).map(([k, id]) => [id, ({ jia: '甲', yi: '乙', bing: '丙', ding: '丁' } as Record<string, string>)[k]!]));
  /** Opens a run of the level and period and freezes it with these rows: [subject, total, grade, rank]. */
  const frozen = (level: SubjectLevel, periodKey: string, rows: [string, number, Grade, number][], vetoed: string[] = []) => {
    const run = t.h.call(director, 'assessment.openRun', { level, periodKey });
    const names = level === 'worker' ? staffNames : gridNames;
    const snapshot: SubjectScoreView[] = rows.map(([id, total, grade, rank]) => ({
      subjectId: id,
      name: names.get(id)!,
      items: [],
      adjustment: 0,
      total,
      vetoed: vetoed.includes(id),
      grade,
      rank,
    }));
    writer.transaction(null, (tx) => tx.update('assessment_run', run.id, { status: 'frozen', snapshot: JSON.stringify(snapshot), frozen_at: t.clock.now }));
    return run.id;
  };
  const survey = (gridId: string, halfYear: string, score: number, sampleSize = 60) =>
    writer.transaction(null, (tx) =>
      tx.insert('satisfaction_survey', {
        id: `S-${gridId}-${halfYear}`,
        grid_id: gridId,
        half_year: halfYear,
        score,
        sample_size: sampleSize,
        survey_date: halfYear.endsWith('H1') ? `${halfYear.slice(0, 4)}-06-20` : `${halfYear.slice(0, 4)}-11-05`,
        note: '',
        created_by: null,
        created_at: t.clock.now,
        updated_at: t.clock.now,
      }),
    );
  return { r, t, director, frozen, survey, call: t.h.call, invoke: t.h.core.invoke.bind(t.h.core) };
}

describe('run results', () => {
  it('the change on the previous quarter comes from its frozen run; a subject without one is new; lists by grade and rank', () => {
    const { t, director, frozen, call } = setUp();
    const [g1, g2, g3] = t.grids as [string, string, string];
    const c1 = t.communityGrid;
    const q2 = frozen('grid', '2026Q2', [[g1, 95, 'excellent', 1], [g2, 80, 'pass', 2], [g3, 50, 'fail', 3]]);
    const q3 = frozen('grid', '2026Q3', [[g3, 96, 'excellent', 1], [g1, 90, 'excellent', 2], [c1, 70, 'basic', 3], [g2, 40, 'fail', 4]]);
    const res = call(director, 'assessment.results', { runId: q3 });
    expect(res).toMatchObject({ runId: q3, previousRunId: q2, previousPeriodLabel: '2026年第二季度' });
    expect(res.subjects.map((s) => [s.name, s.rank, s.previous?.rank ?? null, s.list])).toEqual([
      ['青石村第3网格', 1, 3, 'red'], // up 2; 优秀 and in the top tenth (the first of four)
      ['青石村第1网格', 2, 1, null], // 优秀 but second of four: not on the 红榜
      ['凤栖社区第1网格', 3, null, null], // new
      ['青石村第2网格', 4, 2, 'black'], // 不合格
    ]);
    expect(res.subjects[0]!.previous).toEqual({ periodLabel: '2026年第二季度', rank: 3, total: 50, grade: 'fail' });
    expect(res.subjects.every((s) => s.stars === 0)).toBe(true);
    // Two frozen quarters are not three: nobody is warned for ranking.
    expect(res.warnings).toEqual([]);

    // The open Q4 run compares its live scores with Q3's frozen ones.
    const q4 = call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q4' });
    const live = call(director, 'assessment.results', { runId: q4.id });
    expect(live.previousRunId).toBe(q3);
    expect(live.subjects).toHaveLength(4);
    expect(live.subjects.find((s) => s.subjectId === g2)!.previous).toMatchObject({ rank: 4, total: 40 });
  });

  it('通报批评 for the bottom two in three consecutive frozen quarters, only once the third is frozen', () => {
    const { t, director, frozen, call } = setUp();
    const [g1, g2, g3] = t.grids as [string, string, string];
    const c1 = t.communityGrid;
    frozen('grid', '2026Q1', [[g1, 90, 'excellent', 1], [g2, 80, 'pass', 2], [g3, 70, 'basic', 3], [c1, 60, 'basic', 4]]);
    frozen('grid', '2026Q2', [[g1, 90, 'excellent', 1], [g3, 80, 'pass', 2], [g2, 70, 'basic', 3], [c1, 60, 'basic', 4]]);
    const q3 = frozen('grid', '2026Q3', [[g1, 90, 'excellent', 1], [g2, 80, 'pass', 2], [c1, 70, 'basic', 3], [g3, 60, 'basic', 4]]);
    // 凤栖社区第1网格: 4th, 4th, 3rd → warned. 第3网格: 3rd, 2nd, 4th → not (2nd of four in Q2).
    expect(call(director, 'assessment.results', { runId: q3 }).warnings).toEqual([
      {
        subjectId: c1,
        name: '凤栖社区第1网格',
        kind: 'bottomThree',
        reason: '据已定版考核，2026年第一季度、2026年第二季度、2026年第三季度连续三个季度排名均列倒数两位（第4/4位、第4/4位、第3/4位），予以通报批评',
      },
    ]);
    // Reopened, the third quarter is not a frozen ranking any more: no warning.
    call(director, 'assessment.reopen', { runId: q3, reason: '核对数据后重新计算' });
    expect(call(director, 'assessment.results', { runId: q3 }).warnings.filter((w) => w.kind === 'bottomThree')).toEqual([]);
  });

  it('a survey under 80 asks the grid for a written self-examination; both surveys of the year under 80 name its workers', () => {
    const { r, t, director, call, survey } = setUp();
    const [g1, g2] = t.grids as [string, string];
    survey(g1, '2026H1', 76, 120);
    survey(g1, '2026H2', 78.5, 80);
    survey(g2, '2026H1', 85);
    survey(g2, '2026H2', 79);
    const q2 = call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q2' });
    expect(call(director, 'assessment.results', { runId: q2.id }).warnings).toEqual([
      { subjectId: g1, name: '青石村第1网格', kind: 'surveyLow', reason: '据满意度测评登记，2026年上半年群众满意度测评得分76分（样本120份），低于80分，网格长应作书面自查' },
    ]);
    const q4 = call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q4' });
    const warnings = call(director, 'assessment.results', { runId: q4.id }).warnings;
    expect(warnings.map((w) => [w.kind, w.name])).toEqual([
      ['surveyLow', '青石村第1网格'],
      ['surveyLow', '青石村第2网格'],
      ['surveyLowTwice', '甲（青石村第1网格）'],
      ['surveyLowTwice', '乙（青石村第1网格）'],
    ]);
    expect(warnings[2]).toEqual({
      subjectId: r.staff.jia,
      name: '甲（青石村第1网格）',
      kind: 'surveyLowTwice',
      reason: '据满意度测评登记，所在网格“青石村第1网格”2026年上半年（76分）、下半年（78.5分）两次满意度测评均低于80分，应调整出网格队伍',
    });
    // Village and department runs have no survey warnings (surveys are of grids).
    for (const level of ['village', 'department'] as const) {
      const v = call(director, 'assessment.openRun', { level, periodKey: '2026Q4' });
      expect(call(director, 'assessment.results', { runId: v.id }).warnings).toEqual([]);
    }
  });

  it('stars for quarters in a row graded 优秀; the annual review flags 培训 under 70 and 辞退 under 60 once the year is frozen', () => {
    const { r, director, frozen, call } = setUp();
    const { jia, yi, bing, ding } = r.staff;
    frozen('worker', '2026Q1', [[jia, 95, 'excellent', 1], [yi, 92, 'excellent', 2], [bing, 80, 'pass', 3], [ding, 70, 'basic', 4]]);
    frozen('worker', '2026Q2', [[jia, 95, 'excellent', 1], [bing, 91, 'excellent', 2], [yi, 85, 'pass', 3], [ding, 70, 'basic', 4]]);
    const q3 = frozen('worker', '2026Q3', [[jia, 96, 'excellent', 1], [yi, 93, 'excellent', 2], [bing, 90, 'excellent', 3], [ding, 50, 'fail', 4]]);
    const res = call(director, 'assessment.results', { runId: q3 });
    expect(Object.fromEntries(res.subjects.map((s) => [s.name, s.stars]))).toEqual({ 甲: 3, 乙: 1, 丙: 2, 丁: 0 });

    const year = frozen('worker', '2026', [[jia, 88, 'pass', 1], [yi, 70, 'basic', 2], [bing, 65, 'basic', 3], [ding, 59.5, 'fail', 4]]);
    expect(call(director, 'assessment.results', { runId: year }).warnings).toEqual([
      { subjectId: bing, name: '丙', kind: 'annualTrain', reason: '据已定版的2026年度网格员考核，年度得分65分，低于70分，应接受教育培训' },
      { subjectId: ding, name: '丁', kind: 'annualDismiss', reason: '据已定版的2026年度网格员考核，年度得分59.5分，低于60分，应予辞退' },
    ]);
  });

  it('the ranking: the latest frozen quarter of a level, first and last N with the change; for the wall display too; bad input in Chinese', () => {
    const { t, director, frozen, call, invoke } = setUp();
    const [g1, g2, g3] = t.grids as [string, string, string];
    const c1 = t.communityGrid;
    expect(call(director, 'assessment.ranking', { level: 'grid', top: 3, bottom: 3 })).toEqual({ run: null, previousPeriodLabel: null, count: 0, top: [], bottom: [] });
    frozen('grid', '2026Q2', [[g1, 95, 'excellent', 1], [g2, 80, 'pass', 2], [g3, 50, 'fail', 3]]);
    const q3 = frozen('grid', '2026Q3', [[g3, 96, 'excellent', 1], [g1, 90, 'excellent', 2], [c1, 70, 'basic', 3], [g2, 40, 'fail', 4]]);
    call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q4' }); // open: not a ranking yet
    const ranking = call(t.token('display'), 'assessment.ranking', { level: 'grid', top: 1, bottom: 2 });
    expect(ranking.run).toMatchObject({ id: q3, periodLabel: '2026年第三季度' });
    expect(ranking.count).toBe(4);
    expect(ranking.previousPeriodLabel).toBe('2026年第二季度');
    expect(ranking.top.map((s) => [s.name, s.previous?.rank])).toEqual([['青石村第3网格', 3]]);
    expect(ranking.bottom.map((s) => s.name)).toEqual(['凤栖社区第1网格', '青石村第2网格']);
    // Asking for more than there are: each subject once.
    const all = call(director, 'assessment.ranking', { level: 'grid', top: 3, bottom: 3 });
    expect([...all.top, ...all.bottom].map((s) => s.rank)).toEqual([1, 2, 3, 4]);
    expect(invoke(director, 'assessment.ranking', { level: 'grid', top: -1, bottom: 3 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('名次数不能为负') } });
  });

  it('results need 考核查看: a grid worker and the wall display are refused; an unknown run is not found', () => {
    const { t, director, frozen, invoke } = setUp();
    const q2 = frozen('grid', '2026Q2', [[t.grids[0]!, 95, 'excellent', 1]]);
    expect(invoke(t.token('grid_worker'), 'assessment.results', { runId: q2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke(t.token('display'), 'assessment.results', { runId: q2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke(null, 'assessment.ranking', { level: 'grid' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(invoke(director, 'assessment.results', { runId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '考核不存在' } });
  });
});
