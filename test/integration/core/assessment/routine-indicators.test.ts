// The routine's indicators on a small town worked by hand, the fourth quarter of 2025 (today
// 2026-01-05: every month, quarter and half month of it has ended). Grid 1 is kept by 甲 (A) and
// 乙 (B); grid 3 by 丙, who also serves grid 2 here; the community grid by 丁. Default visit plan:
// 二类户 (困难) twice a month, 一类户 (老年) once a quarter, 三类户 twice a quarter.
//
// 走访完成率 (visits counted per ended period, at most what the rule asks):
//   grid 1  H1 二类  Oct 10-05 甲, 10-20 乙 → 2/2; Nov 11-03 甲 → 1/2; Dec 12-01 乙, 12-02, 12-03 → 2/2
//                    → done 5 of 6
//           H2 一类  11-11 甲 → 1 of 1
//           H3 三类  10-10 甲 → 1 of 2
//           grid 1: 7/9; 一类 1/1, 二类 5/6, 三类 1/2
//   grid 3  H4 三类  no visit → 0/2          community grid: no household → no value
//   village (grids 1–3): 7/11; 三类 1/4 · 甲, 乙 (grid 1): 7/9 each · 丙 (grids 2, 3): 0/2
//   A September visit to H1 (09-30) is outside the quarter and counts nowhere.
//
// 入户核实属实率 (属实 ÷ (属实 + 不属实), by the visit's worker and grid):
//   H1 10-05 甲 属实, 10-20 乙 不属实, 11-03 甲 未核实, 12-01 乙 属实; H2 11-11 甲 属实;
//   H3 10-10 甲 drawn, not yet verified; H1 09-30 属实 (September: not counted)
//   甲 2/2 · 乙 1/2 · grid 1 3/4 · village 3/4 · grid 3 and 丙: nothing verified → no value
//
// 排查完成率 (half months with a screening ÷ half months due; six in the quarter per grid):
//   grid 1: all but 2025-11-2 → 5/6 · grid 2: none → 0/6 · grid 3: Oct, Nov first halves → 2/6
//   community grid: all six → 6/6 · village: 7/18 · community: 6/6
//   甲, 乙: 5/6 · 丙 (grids 2 and 3): 2/12 · 丁: 6/6
import { describe, expect, it } from 'vitest';
import { indicatorValues } from '../../../../electron/core/assessment/indicator-values';
import { scoreSubjects } from '../../../../electron/core/assessment/assessment-scores';
import type { IndicatorKey } from '../../../../shared/assessment/indicators';
import { defaultScheme } from '../../../../shared/assessment/default-schemes';
import { Q4, quarterTown, TODAY } from './quarter-fixture';

type Pair = [number, number] | null;

function values(db: ReturnType<typeof quarterTown>['db'], key: IndicatorKey, level: 'grid' | 'village' | 'worker'): (id: string) => Pair {
  const m = indicatorValues(db, [key], level, Q4, TODAY).get(key)!;
  return (id) => {
    const v = m.get(id);
    return v && v.value !== null ? [v.numerator, v.denominator] : null;
  };
}

describe('routine indicators', () => {
  const { r, db } = quarterTown();
  const { t, staff } = r;

  it('走访完成率 overall and by class, per grid, village and worker, as worked by hand', () => {
    const grid = (k: IndicatorKey) => values(db, k, 'grid');
    expect(grid('visitRate')(t.grids[0]!)).toEqual([7, 9]);
    expect(grid('visitRateClass1')(t.grids[0]!)).toEqual([1, 1]);
    expect(grid('visitRateClass2')(t.grids[0]!)).toEqual([5, 6]);
    expect(grid('visitRateClass3')(t.grids[0]!)).toEqual([1, 2]);
    expect(grid('visitRate')(t.grids[2]!)).toEqual([0, 2]);
    expect(grid('visitRateClass1')(t.grids[2]!)).toBeNull();
    expect(grid('visitRate')(t.communityGrid)).toBeNull();
    expect(values(db, 'visitRate', 'village')(t.villageId)).toEqual([7, 11]);
    expect(values(db, 'visitRateClass3', 'village')(t.villageId)).toEqual([1, 4]);
    const worker = values(db, 'visitRate', 'worker');
    expect([worker(staff.jia), worker(staff.yi), worker(staff.bing), worker(staff.ding)]).toEqual([[7, 9], [7, 9], [0, 2], null]);
  });

  it('入户核实属实率 per worker (its own visits), grid and village', () => {
    const worker = values(db, 'verificationRate', 'worker');
    expect([worker(staff.jia), worker(staff.yi), worker(staff.bing)]).toEqual([[2, 2], [1, 2], null]);
    expect(values(db, 'verificationRate', 'grid')(t.grids[0]!)).toEqual([3, 4]);
    expect(values(db, 'verificationRate', 'grid')(t.grids[2]!)).toBeNull();
    expect(values(db, 'verificationRate', 'village')(t.villageId)).toEqual([3, 4]);
  });

  it('排查完成率 per grid, village, and a worker across the grids it serves', () => {
    const grid = values(db, 'screeningRate', 'grid');
    expect([grid(t.grids[0]!), grid(t.grids[1]!), grid(t.grids[2]!), grid(t.communityGrid)]).toEqual([[5, 6], [0, 6], [2, 6], [6, 6]]);
    const village = values(db, 'screeningRate', 'village');
    expect([village(t.villageId), village(t.communityId)]).toEqual([[7, 18], [6, 6]]);
    const worker = values(db, 'screeningRate', 'worker');
    expect([worker(staff.jia), worker(staff.yi), worker(staff.bing), worker(staff.ding)]).toEqual([[5, 6], [5, 6], [2, 12], [6, 6]]);
  });

  it('reads each source once for all the indicators of a scheme', () => {
    const seen: string[] = [];
    const counting = new Proxy(db, {
      get(target, prop) {
        const v = Reflect.get(target, prop) as unknown;
        if (prop === 'cached' || prop === 'prepare') {
          return (sql: string) => {
            seen.push(sql);
            return (v as (s: string) => unknown).call(target, sql);
          };
        }
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const keys: IndicatorKey[] = ['logRate', 'patrolRate', 'visitRate', 'visitRateClass1', 'visitRateClass2', 'visitRateClass3', 'verificationRate', 'screeningRate'];
    for (const level of ['grid', 'village', 'worker'] as const) {
      seen.length = 0;
      indicatorValues(counting, keys, level, Q4, TODAY);
      const times = (fragment: string) => seen.filter((sql) => sql.includes(fragment)).length;
      expect([level, times('FROM work_log WHERE'), times('v.visit_date BETWEEN @from AND @to AND hh.archived'), times('LEFT JOIN visit_verification vv ON vv.visit_id = v.id'), times('FROM dispute_screening s')]).toEqual([level, 1, 1, 1, 1]);
    }
  });

  it('the default worker scheme scores them: 丙 as worked by hand', () => {
    // 丙: no log in the quarter (日志 0, 巡查 0); 一类, 二类: nothing due (full 10 + 10);
    // 三类 0/2 (floor 50 %: 0); 属实率 nothing verified (full 15); 排查 2/12 = 16.7 % (below the
    // 50 % floor: 0) → 35.
    const scores = scoreSubjects(db, defaultScheme('worker', 'quarter'), Q4, TODAY);
    const bing = scores.find((s) => s.subjectId === staff.bing)!;
    expect(bing.items.map((i) => [i.indicator, i.points])).toEqual([
      ['logRate', 0],
      ['patrolRate', 0],
      ['visitRateClass1', 10],
      ['visitRateClass2', 10],
      ['visitRateClass3', 0],
      ['verificationRate', 15],
      ['screeningRate', 0],
    ]);
    expect(bing.total).toBe(35);
  });
});
