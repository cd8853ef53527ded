// Scoring worked by hand: an item's points under each rule, rounding, grades with the veto,
// ranks with ties, and the scheme's own checks (weights adding up to the total, in Chinese).
import { describe, expect, it } from 'vitest';
import { schemeInput, type SchemeInput } from '../../../../shared/assessment/scheme';
import { gradeOf, itemPoints, rankSubjects, roundPoints } from '../../../../electron/core/assessment/scoring';

const scheme: SchemeInput = {
  name: '网格季度考核（百分制）',
  level: 'grid',
  periodKind: 'quarter',
  total: 100,
  items: [
    { indicator: 'onTimeRate', weight: 40, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'satisfactionRate', weight: 30, rule: { kind: 'steps', steps: [{ min: 0.9, share: 1 }, { min: 0.8, share: 0.6 }] } },
    { indicator: 'reworkRate', weight: 30, rule: { kind: 'perEvent', deduct: 2.5 } },
  ],
  grades: { excellent: 0.9, pass: 0.75, basic: 0.6 },
};

describe('scoring', () => {
  it('linear: full at the target, none at the floor, in proportion between; capped both ends', () => {
    const rule = scheme.items[0]!.rule;
    expect(itemPoints(rule, 40, 0.95)).toBe(40);
    expect(itemPoints(rule, 40, 1)).toBe(40);
    expect(itemPoints(rule, 40, 0.6)).toBe(0);
    expect(itemPoints(rule, 40, 0.3)).toBe(0);
    // (0.8 − 0.6) / (0.95 − 0.6) × 40 = 0.2 / 0.35 × 40 = 22.857… → 22.86
    expect(itemPoints(rule, 40, 0.8)).toBe(22.86);
    // Lower is better (返工率): floor above target. 0.05 → (0.05 − 0.2) / (0.02 − 0.2) × 10 = 8.333… → 8.33
    expect(itemPoints({ kind: 'linear', floor: 0.2, target: 0.02 }, 10, 0.05)).toBe(8.33);
    // Nothing counted (no closed case): no value, full weight.
    expect(itemPoints(rule, 40, null)).toBe(40);
  });

  it('steps: the best step reached; below every step, nothing', () => {
    const rule = scheme.items[1]!.rule;
    expect(itemPoints(rule, 30, 0.92)).toBe(30);
    expect(itemPoints(rule, 30, 0.85)).toBe(18);
    expect(itemPoints(rule, 30, 0.79)).toBe(0);
    expect(itemPoints({ kind: 'steps', steps: [{ min: 0.05, share: 1 }, { min: 0.1, share: 0.5 }] }, 10, 0.08, true)).toBe(5);
  });

  it('perEvent: a fixed deduction per event, never below zero', () => {
    const rule = scheme.items[2]!.rule;
    expect(itemPoints(rule, 30, 0)).toBe(30);
    expect(itemPoints(rule, 30, 3)).toBe(22.5);
    expect(itemPoints(rule, 30, 20)).toBe(0);
  });

  it('rounds half away from zero to two decimals, as printed', () => {
    expect(roundPoints(2.675)).toBe(2.68);
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(-2.675)).toBe(-2.68);
    expect(roundPoints(89.994999)).toBe(89.99);
  });

  it('grades by share of the total; a veto fails whatever the points', () => {
    expect(gradeOf(90, scheme, false)).toBe('excellent');
    expect(gradeOf(89.99, scheme, false)).toBe('pass');
    expect(gradeOf(75, scheme, false)).toBe('pass');
    expect(gradeOf(60, scheme, false)).toBe('basic');
    expect(gradeOf(59.99, scheme, false)).toBe('fail');
    expect(gradeOf(98, scheme, true)).toBe('fail');
    expect(gradeOf(900, { ...scheme, total: 1000 }, false)).toBe('excellent');
  });

  it('ranks with ties sharing a rank and the next skipping; a vetoed subject ranks last', () => {
    const ranked = rankSubjects([
      { id: 'a', total: 88.5, vetoed: false },
      { id: 'b', total: 92, vetoed: false },
      { id: 'c', total: 88.499999, vetoed: false },
      { id: 'd', total: 99, vetoed: true },
      { id: 'e', total: 70, vetoed: false },
    ]);
    expect(ranked.map((s) => [s.id, s.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['e', 4],
      ['d', 5],
    ]);
  });

  it("refuses a scheme whose weights do not add up to its total, in Chinese, and other bad schemes", () => {
    expect(schemeInput.safeParse(scheme).success).toBe(true);
    const bad = schemeInput.safeParse({ ...scheme, items: scheme.items.slice(0, 2) });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toContain('各指标分值合计为70分，应等于方案总分100分');
    const twice = schemeInput.safeParse({ ...scheme, items: [...scheme.items.slice(0, 2), { ...scheme.items[0]!, weight: 30 }] });
    expect(twice.error!.issues.map((i) => i.message)).toContain('同一指标只能出现一次');
    const grades = schemeInput.safeParse({ ...scheme, grades: { excellent: 0.7, pass: 0.75, basic: 0.6 } });
    expect(grades.error!.issues.map((i) => i.message)).toContain('等次分数线应为：优秀 > 合格 > 基本合格');
    const flat = schemeInput.safeParse({ ...scheme, items: [{ ...scheme.items[0]!, rule: { kind: 'linear', floor: 0.9, target: 0.9 } }, ...scheme.items.slice(1)] });
    expect(flat.error!.issues.map((i) => i.message)).toContain('得分下限与目标值不能相同');
  });
});
