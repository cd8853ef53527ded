// A week's scores worked by hand (3–7 November 2025, five working days; figures as of 10 Nov).
// Grid 1 (甲, 乙): case A closed on time 满意; case B reworked once, then closed on time
// 基本满意; 甲 logged and patrolled every day. Grid 3 (丙): case C accepted, still open; 丙
// logged and patrolled 3 days. Grid 2 (no worker) and the community grid (丁, no log): no case.
//
// Grid scheme (百分制): 按期结案率 40 linear 50 %→100 %; 满意率 30 steps ≥ 90 % full;
// 返工 20, −5 per rework; 日志填写率 10 linear 50 %→100 %.
//   grid 1: 40 + 30 + (20 − 5) + 10             = 95
//   grid 3: 40 + 30 + 20 + (0.6 − 0.5) / 0.5 × 10 = 92   (no case closed: full weight)
//   grid 2: 40 + 30 + 20 + 0                     = 90   (no log: 0 of 5 days)
//   community grid: the same                     = 90
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../../shared/assessment/default-schemes';
import { schemeInput, type SchemeInput } from '../../../../shared/assessment/scheme';
import { scoreSubjects } from '../../../../electron/core/assessment/assessment-scores';
import { at, routineTown } from '../routine/routine-fixture';

const WEEK = { from: '2025-11-03', to: '2025-11-07' };
const TODAY = '2025-11-10';
const DAYS = ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07'];

const gridScheme: SchemeInput = {
  name: '网格周考核（百分制）',
  level: 'grid',
  periodKind: 'quarter',
  total: 100,
  items: [
    { indicator: 'onTimeRate', weight: 40, rule: { kind: 'linear', floor: 0.5, target: 1 } },
    { indicator: 'satisfactionRate', weight: 30, rule: { kind: 'steps', steps: [{ min: 0.9, share: 1 }] } },
    { indicator: 'reworkRate', weight: 20, rule: { kind: 'perEvent', deduct: 5 } },
    { indicator: 'logRate', weight: 10, rule: { kind: 'linear', floor: 0.5, target: 1 } },
  ],
  grades: { excellent: 0.9, pass: 0.75, basic: 0.6 },
};

function town() {
  const r = routineTown(at('2025-11-03', '08:00'));
  const { t } = r;
  const village = { kind: 'village' } as const;
  const handle = (id: string) => {
    t.act(id, { type: 'dispatch', target: village });
    t.act(id, { type: 'start' });
    t.act(id, { type: 'handle', result: '已处置完毕' });
    t.act(id, { type: 'verify' });
  };
  const A = t.register({ accept: true, title: '事件A' }).id;
  handle(A);
  t.act(A, { type: 'evaluate', satisfaction: 'satisfied' });
  t.act(A, { type: 'close' });
  const B = t.register({ accept: true, title: '事件B' }).id;
  handle(B);
  t.act(B, { type: 'evaluate', satisfaction: 'dissatisfied', rework: true });
  t.act(B, { type: 'handle', result: '返工完毕' });
  t.act(B, { type: 'verify' });
  t.act(B, { type: 'evaluate', satisfaction: 'basically' });
  t.act(B, { type: 'close' });
  for (const d of DAYS) {
    r.logDay('jia', d);
    if (d === DAYS[1]) t.register({ accept: true, title: '事件C', gridId: t.grids[2] });
    if (d <= DAYS[2]) r.logDay('bing', d);
  }
  t.advance(at(TODAY, '09:00'));
  return r;
}

describe('assessment scores', () => {
  it('scores, grades and ranks the grids as worked by hand; ties share a rank', () => {
    const r = town();
    const { t } = r;
    const scores = scoreSubjects(t.h.core.services.db, gridScheme, WEEK, TODAY);
    const byId = new Map(scores.map((s) => [s.subjectId, s]));
    const rows = scores.map((s) => [s.subjectId, s.total, s.rank, s.grade]);
    expect(rows.slice(0, 2)).toEqual([
      [t.grids[0], 95, 1, 'excellent'],
      [t.grids[2], 92, 2, 'excellent'],
    ]);
    // The tie, in either order.
    expect(rows.slice(2)).toHaveLength(2);
    expect(rows.slice(2)).toEqual(
      expect.arrayContaining([
        [t.grids[1], 90, 3, 'excellent'],
        [t.communityGrid, 90, 3, 'excellent'],
      ]),
    );
    // Each item keeps its counts for the review table's drill-down.
    expect(byId.get(t.grids[0]!)!.items.map((i) => [i.indicator, i.value && [i.value.numerator, i.value.denominator], i.points])).toEqual([
      ['onTimeRate', [2, 2], 40],
      ['satisfactionRate', [2, 2], 30],
      ['reworkRate', [1, 2], 15],
      ['logRate', [5, 5], 10],
    ]);
    expect(byId.get(t.grids[2]!)!.items.map((i) => [i.indicator, i.value && i.value.value, i.points])).toEqual([
      ['onTimeRate', null, 40],
      ['satisfactionRate', null, 30],
      ['reworkRate', null, 20],
      ['logRate', 0.6, 2],
    ]);
  });

  it('a veto fails a subject and ranks it last; a deduction moves the total, the grade and the rank', () => {
    const r = town();
    const { t } = r;
    const scores = scoreSubjects(t.h.core.services.db, gridScheme, WEEK, TODAY, {
      vetoed: new Set([t.grids[0]!]),
      adjustments: new Map([[t.grids[2]!, -5]]),
    });
    const view = Object.fromEntries(scores.map((s) => [s.subjectId, [s.total, s.rank, s.grade]]));
    expect(view[t.grids[0]!]).toEqual([95, 4, 'fail']);
    expect(view[t.grids[2]!]).toEqual([87, 3, 'pass']);
    expect(view[t.grids[1]!]).toEqual([90, 1, 'excellent']);
    expect(view[t.communityGrid]).toEqual([90, 1, 'excellent']);
  });

  it('scores workers on their own logs and patrols', () => {
    const r = town();
    const { t } = r;
    const scheme: SchemeInput = {
      name: '网格员周考核',
      level: 'worker',
      periodKind: 'quarter',
      total: 100,
      items: [
        { indicator: 'logRate', weight: 60, rule: { kind: 'linear', floor: 0.5, target: 1 } },
        { indicator: 'patrolRate', weight: 40, rule: { kind: 'linear', floor: 0, target: 1 } },
      ],
      grades: { excellent: 0.9, pass: 0.75, basic: 0.6 },
    };
    const scores = scoreSubjects(t.h.core.services.db, scheme, WEEK, TODAY);
    // 甲 5/5 and 5/5: 100. 丙 3/5: (0.6 − 0.5) / 0.5 × 60 = 12, 0.6 × 40 = 24 → 36. 乙 and 丁 nothing.
    const rows = scores.map((s) => [s.name, s.total, s.rank]);
    expect(rows.slice(0, 2)).toEqual([
      ['甲', 100, 1],
      ['丙', 36, 2],
    ]);
    expect(rows.slice(2)).toHaveLength(2);
    expect(rows.slice(2)).toEqual(expect.arrayContaining([['乙', 0, 3], ['丁', 0, 3]]));
  });

  it('scores the town departments on the default department scheme; the routine indicators do not apply to them', () => {
    const db = town().t.h.core.services.db;
    const scheme = defaultScheme('department', 'quarter');
    expect(schemeInput.safeParse(scheme).success).toBe(true);
    const depts = db.prepare('SELECT id, name FROM department WHERE archived = 0').all() as { id: string; name: string }[];
    const scored = scoreSubjects(db, scheme, WEEK, TODAY);
    expect(scored.map((s) => s.name).sort()).toEqual(depts.map((d) => d.name).sort());
    // No case went to a department this week: nothing to count, every item earns its weight.
    for (const s of scored) expect([s.total, s.rank]).toEqual([100, 1]);
    const withLog = schemeInput.safeParse({ ...scheme, items: [...scheme.items.slice(1), { indicator: 'logRate', weight: 35, rule: { kind: 'linear', floor: 0.8, target: 1 } }] });
    expect(withLog.error?.issues.map((i) => i.message)).toEqual(['指标“日志填写率”不适用于镇职能部门考核']);
  });
});
