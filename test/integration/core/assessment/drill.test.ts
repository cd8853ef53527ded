// The drill-down from a routine score (assessment.drill) on the quarter of routine-indicators.test.ts
// and a week of logs: every list has exactly as many rows as the count it explains, row by row
// the records worked by hand there; household heads' names only for accounts that read the
// registry; an indicator not meant for the run's level refused in Chinese.
import { describe, expect, it } from 'vitest';
import { drillRows } from '../../../../electron/core/assessment/drill';
import { indicatorValues } from '../../../../electron/core/assessment/indicator-values';
import { INDICATORS, type IndicatorKey } from '../../../../shared/assessment/indicators';
import type { SubjectLevel } from '../../../../shared/assessment/scheme';
import { at, routineTown } from '../routine/routine-fixture';
import { Q4, quarterTown, TODAY } from './quarter-fixture';
const names = { showNames: true };

describe('drill-down of the routine indicators', () => {
  const { r, db } = quarterTown();
  const { t, staff } = r;

  it('lists as many records as each count, for every routine indicator, level and subject', () => {
    const subjects: Record<Exclude<SubjectLevel, 'department'>, string[]> = {
      grid: [...t.grids, t.communityGrid],
      village: [t.villageId, t.communityId],
      worker: Object.values(staff),
    };
    const keys = (Object.keys(INDICATORS) as IndicatorKey[]).filter((k) => INDICATORS[k].drill !== 'case' && INDICATORS[k].drill !== null);
    for (const level of ['grid', 'village', 'worker'] as const) {
      const values = indicatorValues(db, keys, level, Q4, TODAY);
      for (const key of keys) {
        for (const id of subjects[level]) {
          const v = values.get(key)!.get(id) ?? { numerator: 0, denominator: 0 };
          const count = (part: 'numerator' | 'denominator') => drillRows(db, level, id, Q4, TODAY, key, part, names).length;
          expect([key, level, id, count('numerator'), count('denominator')]).toEqual([key, level, id, v.numerator, v.denominator]);
        }
      }
    }
  });

  it('shows the visits due and done, household by household', () => {
    const rows = (part: 'numerator' | 'denominator') => drillRows(db, 'grid', t.grids[0]!, Q4, TODAY, 'visitRateClass2', part, names).map((x) => x.title);
    expect(rows('denominator')).toEqual([
      '2025-10-01至2025-10-31应访第1次：2025-10-05已走访',
      '2025-10-01至2025-10-31应访第2次：2025-10-20已走访',
      '2025-11-01至2025-11-30应访第1次：2025-11-03已走访',
      '2025-11-01至2025-11-30应访第2次：未走访',
      '2025-12-01至2025-12-31应访第1次：2025-12-01已走访',
      '2025-12-01至2025-12-31应访第2次：2025-12-02已走访',
    ]);
    expect(rows('numerator')).toHaveLength(5);
    expect(drillRows(db, 'grid', t.grids[0]!, Q4, TODAY, 'visitRateClass2', 'numerator', names)[0]).toMatchObject({ kind: 'visit', label: 'H1 户主H1户', link: null });
  });

  it('shows the verified visits with their outcome, and the half months screened or missed', () => {
    expect(drillRows(db, 'worker', staff.yi, Q4, TODAY, 'verificationRate', 'denominator', names).map((x) => x.title)).toEqual([
      '2025-10-20 乙走访，核实不属实',
      '2025-12-01 乙走访，核实属实',
    ]);
    const missed = drillRows(db, 'grid', t.grids[0]!, Q4, TODAY, 'screeningRate', 'denominator', names).filter((x) => x.title === '未排查');
    expect(missed.map((x) => x.label)).toEqual([expect.stringContaining('2025年11月下半月')]);
    // 丙 serves grids 2 and 3: twelve half months, two screened (grid 3's).
    const bing = drillRows(db, 'worker', staff.bing, Q4, TODAY, 'screeningRate', 'numerator', names);
    expect(bing.map((x) => x.id)).toEqual([`${t.grids[2]}|2025-10-1`, `${t.grids[2]}|2025-11-1`]);
  });

  it('shows household heads only to accounts that read the registry, and refuses an indicator not meant for the level', () => {
    const director = t.token('director');
    const presenter = t.token('presenter');
    const run = t.h.call(director, 'assessment.openRun', { level: 'grid', periodKey: '2025Q4' });
    const input = { runId: run.id, subjectId: t.grids[0]!, indicator: 'visitRate', part: 'denominator' } as const;
    const byDirector = t.h.call(director, 'assessment.drill', input);
    const byPresenter = t.h.call(presenter, 'assessment.drill', input);
    expect(byDirector.map((x) => x.label)).toContain('H2 户主H2户');
    expect(byPresenter).toHaveLength(byDirector.length);
    expect(byPresenter.map((x) => x.label).join()).not.toContain('户主');
    expect(t.h.core.invoke(t.token('grid_worker'), 'assessment.drill', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.core.invoke(director, 'assessment.drill', { ...input, indicator: 'nope' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '没有“nope”这个考核指标' } });
    const workers = t.h.call(director, 'assessment.openRun', { level: 'worker', periodKey: '2025Q4' });
    expect(t.h.core.invoke(director, 'assessment.drill', { runId: workers.id, subjectId: staff.jia, indicator: 'closeRate', part: 'numerator' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: '指标“结案率”不适用于网格员考核' },
    });
    expect(t.h.core.invoke(director, 'assessment.drill', { runId: workers.id, subjectId: t.grids[0]!, indicator: 'logRate', part: 'numerator' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

// A week of logs (3–7 November 2025, today 10 Nov), grid 1: 甲 logs Mon–Wed (patrols Mon and
// Tue, not Wed), is on leave Thu–Fri covered by 乙; 乙 logs Thursday only (with a patrol).
//   甲: due 5, logged 5 (3 logs + 2 days of leave), patrolled 2
//   乙: due 5, logged 1, patrolled 1 (Mon–Wed and Fri missing)
//   grid 1: due 5, covered 4 (Mon–Wed 甲, Thu 乙; Fri: 甲 away, 乙 did not log), patrolled 3
describe('drill-down of the log indicators', () => {
  const r = routineTown(at('2025-11-03', '08:00'));
  const { t, staff } = r;
  const WEEK = { from: '2025-11-03', to: '2025-11-07' };
  r.leave('jia', '2025-11-06', '2025-11-07', 'yi');
  r.logDay('jia', '2025-11-03');
  r.logDay('jia', '2025-11-04');
  r.logDay('jia', '2025-11-05', { patrolled: false, patrolStart: undefined, patrolEnd: undefined, places: [] });
  r.logDay('yi', '2025-11-06');
  t.advance(at('2025-11-10', '09:00'));
  const db = t.h.core.services.db;
  const list = (level: SubjectLevel, id: string, key: IndicatorKey, part: 'numerator' | 'denominator') => drillRows(db, level, id, WEEK, '2025-11-10', key, part, names);

  it('counts a worker across its leave and cover, and a grid by the days it was covered, as worked by hand', () => {
    const count = (level: SubjectLevel, id: string, key: IndicatorKey) => {
      const v = indicatorValues(db, [key], level, WEEK, '2025-11-10').get(key)!.get(id)!;
      expect([list(level, id, key, 'numerator').length, list(level, id, key, 'denominator').length]).toEqual([v.numerator, v.denominator]);
      return [v.numerator, v.denominator];
    };
    expect([count('worker', staff.jia, 'logRate'), count('worker', staff.jia, 'patrolRate')]).toEqual([[5, 5], [2, 5]]);
    expect([count('worker', staff.yi, 'logRate'), count('worker', staff.yi, 'patrolRate')]).toEqual([[1, 5], [1, 5]]);
    expect([count('grid', t.grids[0]!, 'logRate'), count('grid', t.grids[0]!, 'patrolRate')]).toEqual([[4, 5], [3, 5]]);
  });

  it('says what each day was', () => {
    expect(list('worker', staff.jia, 'logRate', 'numerator').map((x) => `${x.label} ${x.title}`)).toEqual([
      '2025-11-03 已提交日志，记录了巡查',
      '2025-11-04 已提交日志，记录了巡查',
      '2025-11-05 已提交日志，未记录巡查',
      '2025-11-06 请假，由乙顶岗（顶岗人已提交日志）',
      '2025-11-07 请假，由乙顶岗（顶岗人未提交日志）',
    ]);
    const friday = list('grid', t.grids[0]!, 'logRate', 'denominator').find((x) => x.label === '2025-11-07')!;
    expect(friday).toMatchObject({ kind: 'day', title: '甲请假，由乙顶岗（顶岗人未提交日志）；乙未填写日志' });
    expect(list('grid', t.grids[0]!, 'logRate', 'numerator').map((x) => x.label)).not.toContain('2025-11-07');
  });
});
