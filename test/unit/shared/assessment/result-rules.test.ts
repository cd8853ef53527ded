// The pure rules of a run's results: 红榜/黑榜, 星级网格员, the warnings (bottom two in three
// quarters, surveys under 80 once and twice in a year, the annual 100-point review) and the
// period arithmetic they stand on. Figures worked by hand in each case.
import { describe, expect, it } from 'vitest';
import { honourListOf, redListRanks } from '../../../../shared/assessment/honour-lists';
import { halfYearsOf, previousPeriodKey } from '../../../../shared/assessment/periods';
import { rankChange } from '../../../../shared/assessment/results-types';
import { annualReview, bottomTwoInThree, inBottomTwo, surveyFindings, surveyLowReason, surveyTwiceReason, type SurveyScore } from '../../../../shared/assessment/warning-rules';
import { starsOf } from '../../../../shared/assessment/worker-stars';

describe('periods', () => {
  it('steps back one period of the same kind', () => {
    expect(previousPeriodKey('2026Q1')).toBe('2025Q4');
    expect(previousPeriodKey('2026Q3')).toBe('2026Q2');
    expect(previousPeriodKey('2026H1')).toBe('2025H2');
    expect(previousPeriodKey('2026H2')).toBe('2026H1');
    expect(previousPeriodKey('2026')).toBe('2025');
    expect(previousPeriodKey('2026Q5')).toBeNull();
  });
  it('names the half-years a period lies in', () => {
    expect(halfYearsOf('2026Q2')).toEqual(['2026H1']);
    expect(halfYearsOf('2026Q3')).toEqual(['2026H2']);
    expect(halfYearsOf('2026H2')).toEqual(['2026H2']);
    expect(halfYearsOf('2026')).toEqual(['2026H1', '2026H2']);
  });
});

describe('红榜 and 黑榜', () => {
  it('红榜 takes 优秀 subjects in the top tenth (at least the first); 黑榜 不合格 or vetoed', () => {
    expect(redListRanks(30)).toBe(3);
    expect(redListRanks(31)).toBe(4);
    expect(redListRanks(4)).toBe(1);
    expect(honourListOf({ rank: 3, grade: 'excellent', vetoed: false }, 30)).toBe('red');
    expect(honourListOf({ rank: 4, grade: 'excellent', vetoed: false }, 30)).toBeNull();
    expect(honourListOf({ rank: 1, grade: 'pass', vetoed: false }, 30)).toBeNull();
    expect(honourListOf({ rank: 30, grade: 'fail', vetoed: false }, 30)).toBe('black');
    expect(honourListOf({ rank: 30, grade: 'fail', vetoed: true }, 30)).toBe('black');
    expect(honourListOf({ rank: 20, grade: 'basic', vetoed: false }, 30)).toBeNull();
  });
});

describe('星级网格员', () => {
  it('one star per period in a row graded 优秀, ending with the period assessed, at most five', () => {
    expect(starsOf(['excellent', 'excellent', 'pass', 'excellent'])).toBe(2);
    expect(starsOf(['pass', 'excellent', 'excellent'])).toBe(0);
    expect(starsOf(['excellent', null, 'excellent'])).toBe(1);
    expect(starsOf(Array(7).fill('excellent'))).toBe(5);
    expect(starsOf([])).toBe(0);
  });
});

describe('change of rank', () => {
  it('is up when the rank number falls; new without a previous', () => {
    const prev = (rank: number) => ({ periodLabel: '2026年第二季度', rank, total: 80, grade: 'pass' as const });
    expect(rankChange({ rank: 2, previous: prev(5) })).toBe(3);
    expect(rankChange({ rank: 6, previous: prev(4) })).toBe(-2);
    expect(rankChange({ rank: 6, previous: null })).toBeNull();
  });
});

describe('通报批评: bottom two in three consecutive quarters', () => {
  const q = (label: string, ranks: [string, number][]) => ({ label, subjects: ranks.map(([id, rank]) => ({ subjectId: id, name: `${id}网格`, rank })) });

  it('bottom two means fewer than two subjects below; ties at the bottom all count; two subjects have no bottom two', () => {
    expect(inBottomTwo(4, [1, 2, 3, 4])).toBe(true);
    expect(inBottomTwo(3, [1, 2, 3, 4])).toBe(true);
    expect(inBottomTwo(2, [1, 2, 3, 4])).toBe(false);
    expect(inBottomTwo(2, [1, 2, 2, 2])).toBe(true);
    expect(inBottomTwo(2, [1, 2])).toBe(false);
  });

  it('warns only who was in the bottom two in each of the three quarters, with the places', () => {
    const w = bottomTwoInThree([
      q('2026年第一季度', [['甲', 1], ['乙', 2], ['丙', 3], ['丁', 4]]),
      q('2026年第二季度', [['甲', 1], ['丙', 2], ['乙', 3], ['丁', 4]]),
      q('2026年第三季度', [['丙', 1], ['甲', 2], ['丁', 3], ['乙', 4]]),
    ]);
    // 丁: 4, 4, 3 → warned. 乙: 2 in Q1 is not bottom two → not warned. 丙: 3, 2, 1 → not.
    expect(w).toEqual([
      {
        subjectId: '丁',
        name: '丁网格',
        kind: 'bottomThree',
        reason: '据已定版考核，2026年第一季度、2026年第二季度、2026年第三季度连续三个季度排名均列倒数两位（第4/4位、第4/4位、第3/4位），予以通报批评',
      },
    ]);
  });

  it('a subject missing from one quarter is not warned', () => {
    const w = bottomTwoInThree([q('Q1', [['甲', 1], ['乙', 2], ['丙', 3]]), q('Q2', [['甲', 1], ['乙', 2]]), q('Q3', [['甲', 1], ['乙', 2], ['丙', 3]])]);
    expect(w).toEqual([]);
  });
});

describe('satisfaction surveys under 80', () => {
  const s = (halfYear: string, score: number): SurveyScore => ({ halfYear, label: `${halfYear.slice(0, 4)}年${halfYear.endsWith('1') ? '上' : '下'}半年`, score, sampleSize: 50 });
  const of = (...list: SurveyScore[]) => new Map(list.map((x) => [x.halfYear, x]));

  it('one survey under 80 in the half-year looked at: 书面自查; 80 itself passes', () => {
    expect(surveyFindings(of(s('2026H1', 79.5)), ['2026H1'])).toEqual({ low: [s('2026H1', 79.5)], twice: null });
    expect(surveyFindings(of(s('2026H1', 80)), ['2026H1'])).toEqual({ low: [], twice: null });
    expect(surveyLowReason(s('2026H1', 79.5))).toBe('据满意度测评登记，2026年上半年群众满意度测评得分79.5分（样本50份），低于80分，网格长应作书面自查');
    expect(surveyLowReason(s('2026H1', 79.5), '青石村第1网格')).toBe('据满意度测评登记，所在网格“青石村第1网格”2026年上半年群众满意度测评得分79.5分（样本50份），低于80分，应作书面自查');
  });

  it('both surveys of one year under 80: 调整出网格队伍; one of a different year does not count', () => {
    const both = surveyFindings(of(s('2026H1', 76), s('2026H2', 78.5)), ['2026H2']);
    expect(both.low).toEqual([s('2026H2', 78.5)]);
    expect(both.twice).toEqual([s('2026H1', 76), s('2026H2', 78.5)]);
    expect(surveyTwiceReason('一网格', both.twice!)).toBe('据满意度测评登记，所在网格“一网格”2026年上半年（76分）、下半年（78.5分）两次满意度测评均低于80分，应调整出网格队伍');
    expect(surveyFindings(of(s('2025H2', 70), s('2026H1', 70)), ['2026H1']).twice).toBeNull();
    // A first half's period does not look ahead to the second survey.
    expect(surveyFindings(of(s('2026H1', 76), s('2026H2', 78.5)), ['2026H1']).twice).toBeNull();
    expect(surveyFindings(of(s('2026H1', 76), s('2026H2', 78.5)), ['2026H1', '2026H2']).twice).not.toBeNull();
    expect(surveyFindings(of(s('2026H1', 70), s('2026H2', 85)), ['2026H2'])).toEqual({ low: [], twice: null });
  });
});

describe('annual 100-point staff review', () => {
  it('under 70 培训, under 60 辞退; 70 and 60 themselves do not; a 千分制 total is scaled', () => {
    expect(annualReview(70, 100, '2026年度')).toBeNull();
    expect(annualReview(69.99, 100, '2026年度')).toEqual({ kind: 'annualTrain', reason: '据已定版的2026年度网格员考核，年度得分69.99分，低于70分，应接受教育培训' });
    expect(annualReview(60, 100, '2026年度')?.kind).toBe('annualTrain');
    expect(annualReview(59.5, 100, '2026年度')?.kind).toBe('annualDismiss');
    expect(annualReview(655, 1000, '2026年度')).toEqual({ kind: 'annualTrain', reason: '据已定版的2026年度网格员考核，年度得分655分（折合百分制65.5分），低于70分，应接受教育培训' });
    expect(annualReview(590, 1000, '2026年度')?.reason).toContain('应予辞退');
  });
});
