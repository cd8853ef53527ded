// The visit plan's rule on its own (electron/core/routine/visit-rules.ts) and the one mapping of
// care tags and ages to classes (shared/routine/visit-classes.ts): periods, standing at month,
// quarter and year edges, the yearly floor, and period figures.
import { describe, expect, it } from 'vitest';
import { figuresOf, periodOf, periodsWithin, standingOf } from '../../../../electron/core/routine/visit-rules';
import { DEFAULT_VISIT_PLAN, householdClassKind, type VisitPlanSettings } from '../../../../shared/routine/visit-classes';

const plan = DEFAULT_VISIT_PLAN;

describe('periods', () => {
  it('are calendar months, quarters and years', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('month', '2024-02-29')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('quarter', '2026-12-31')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodOf('quarter', '2026-04-01')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('year', '2026-07-01')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodsWithin('month', '2026-01-15', '2026-04-30').map((p) => p.start)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
  });
});

describe('household class from care tags and age', () => {
  const m = (careTags: string[], birthDate: string | null = '1990-05-01') => ({ careTags, birthDate });
  it('takes the first kind that applies: vulnerable, then empty-nest/alone elderly, then elderly, then others', () => {
    expect(householdClassKind([m(['empty_nest'], '1950-01-01'), m(['disabled'])], '2026-01-01')).toBe('vulnerable');
    for (const t of ['low_income', 'extreme_poverty', 'disabled', 'seriously_ill']) expect(householdClassKind([m([t])], '2026-01-01')).toBe('vulnerable');
    expect(householdClassKind([m(['living_alone'], '1950-01-01')], '2026-01-01')).toBe('elderly_alone');
    expect(householdClassKind([m([], '1950-01-01'), m([])], '2026-01-01')).toBe('elderly');
    expect(householdClassKind([m(['unemployed']), m([], null)], '2026-01-01')).toBe('other');
    expect(householdClassKind([], '2026-01-01')).toBe('other');
  });
  it('counts a member as elderly from the day it turns 60', () => {
    expect(householdClassKind([m([], '1966-04-01')], '2026-03-31')).toBe('other');
    expect(householdClassKind([m([], '1966-04-01')], '2026-04-01')).toBe('elderly');
  });
});

describe('standing today', () => {
  it('class 2 (monthly ≥2): one visit in March is due on 31 March and overdue on 1 April, until the next visit', () => {
    expect(standingOf(plan, 'vulnerable', ['2026-03-10'], '2026-03-31')).toMatchObject({ status: 'due', done: 1, required: 2, nextBy: '2026-03-31', missed: null });
    expect(standingOf(plan, 'vulnerable', ['2026-03-10'], '2026-04-01')).toMatchObject({
      status: 'overdue',
      done: 0,
      nextBy: '2026-04-15',
      missed: { per: 'month', start: '2026-03-01', end: '2026-03-31', done: 1, required: 2 },
    });
    expect(standingOf(plan, 'vulnerable', ['2026-03-10', '2026-04-02'], '2026-04-02')).toMatchObject({ status: 'due', done: 1, nextBy: '2026-04-30', missed: null });
    expect(standingOf(plan, 'vulnerable', ['2026-03-10', '2026-03-20', '2026-04-02', '2026-04-09'], '2026-04-09')).toMatchObject({ status: 'done', nextBy: null });
  });

  it('class 1 elderly (quarterly ≥1) and empty-nest (monthly ≥1) at quarter and month edges', () => {
    const q1 = ['2026-01-15'];
    expect(standingOf(plan, 'elderly', q1, '2026-03-31')).toMatchObject({ status: 'done', done: 1, required: 1 });
    expect(standingOf(plan, 'elderly', q1, '2026-04-01')).toMatchObject({ status: 'due', done: 0, nextBy: '2026-06-30', missed: null });
    expect(standingOf(plan, 'elderly', q1, '2026-06-30')).toMatchObject({ status: 'due' });
    expect(standingOf(plan, 'elderly', q1, '2026-07-01')).toMatchObject({ status: 'overdue', missed: { per: 'quarter', start: '2026-04-01', end: '2026-06-30', done: 0 } });
    expect(standingOf(plan, 'elderly_alone', q1, '2026-01-31')).toMatchObject({ status: 'done' });
    expect(standingOf(plan, 'elderly_alone', q1, '2026-02-01')).toMatchObject({ status: 'due', nextBy: '2026-02-28' });
    expect(standingOf(plan, 'elderly_alone', q1, '2026-03-01')).toMatchObject({ status: 'overdue', missed: { per: 'month', start: '2026-02-01' } });
  });

  it('class 3 (quarterly ≥2): the first visit is planned by mid-quarter; one visit in the quarter is overdue from the next', () => {
    expect(standingOf(plan, 'other', ['2025-11-03', '2025-12-01'], '2026-01-05')).toMatchObject({ status: 'due', nextBy: '2026-02-14' });
    // Never visited: the last quarter and the last year ended short.
    expect(standingOf(plan, 'other', [], '2026-01-05')).toMatchObject({ status: 'overdue', missed: { per: 'quarter', start: '2025-10-01' } });
    expect(standingOf(plan, 'other', ['2025-11-03', '2025-12-01', '2026-02-01'], '2026-03-31')).toMatchObject({ status: 'due', done: 1, nextBy: '2026-03-31' });
    expect(standingOf(plan, 'other', ['2025-11-03', '2025-12-01', '2026-02-01'], '2026-04-01')).toMatchObject({ status: 'overdue', missed: { per: 'quarter', done: 1, required: 2 } });
  });

  it('every household at least once a year: with a class asking nothing, a year without a visit is overdue from 1 January', () => {
    const lax: VisitPlanSettings = { ...plan, rules: { ...plan.rules, other: { per: 'quarter', times: 0 } } };
    expect(standingOf(lax, 'other', ['2025-06-01'], '2026-01-01')).toMatchObject({ status: 'due', nextBy: '2026-12-31', missed: null });
    expect(standingOf(lax, 'other', [], '2026-01-01')).toMatchObject({ status: 'overdue', missed: { per: 'year', start: '2025-01-01', end: '2025-12-31', done: 0, required: 1 } });
    expect(standingOf(lax, 'other', ['2026-05-01'], '2026-05-01')).toMatchObject({ status: 'done' });
    expect(standingOf({ ...lax, yearly: 0 }, 'other', [], '2026-01-01')).toMatchObject({ status: 'done' });
  });
});

describe('period figures', () => {
  it('count the rule periods wholly inside the query period: ended ones as required and done, the running one as open', () => {
    const dates = ['2026-01-05', '2026-01-20', '2026-02-10'];
    // Class 2 in Q1, asked on 15 March: January and February ended (4 asked, 3 made), March open.
    expect(figuresOf(plan, 'vulnerable', dates, '2026-01-01', '2026-03-31', '2026-03-15')).toEqual({ required: 4, done: 3, short: true, yearlyShort: false, open: 2, visits: 3 });
    // Asked after the quarter: March ended with none.
    expect(figuresOf(plan, 'vulnerable', dates, '2026-01-01', '2026-03-31', '2026-04-01')).toMatchObject({ required: 6, done: 3, open: 0 });
    // A class 3 household with 3 visits in one quarter counts 2 done (at most what was asked).
    expect(figuresOf(plan, 'other', dates, '2026-01-01', '2026-03-31', '2026-04-01')).toMatchObject({ required: 2, done: 2, short: false });
    // The yearly floor: a whole year without a visit.
    expect(figuresOf(plan, 'other', [], '2025-01-01', '2025-12-31', '2026-01-02')).toMatchObject({ required: 8, done: 0, short: true, yearlyShort: true });
  });
});
