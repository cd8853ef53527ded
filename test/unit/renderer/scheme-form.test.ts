// The scheme editor's values ↔ the stored scheme: percentages typed, shares stored, every rule
// kind kept; server detail paths land on the field they name.
import { describe, expect, it } from 'vitest';
import type { SchemeRow } from '../../../shared/assessment/assessment-types';
import { defaultScheme } from '../../../shared/assessment/default-schemes';
import { SUBJECT_LEVELS, schemeInput } from '../../../shared/assessment/scheme';
import { formPath, indicatorOptions, toFormValues, toSchemeInput } from '../../../renderer/src/pages/assessment/scheme-form';

const row = (level: (typeof SUBJECT_LEVELS)[number]): SchemeRow => ({
  ...defaultScheme(level, 'quarter'),
  id: 'S1',
  familyId: 'F1',
  version: 1,
  isDefault: true,
  retired: false,
  inUse: false,
  createdAt: 0,
});

describe('scheme form', () => {
  it('round-trips every default scheme, with rates shown as percentages', () => {
    for (const level of SUBJECT_LEVELS) {
      const s = row(level);
      const values = toFormValues(s);
      expect(values.excellent).toBe(s.grades.excellent * 100);
      const back = toSchemeInput(values);
      expect(back.items.map((i) => i.indicator)).toEqual(s.items.map((i) => i.indicator));
      back.items.forEach((item, n) => {
        const rule = s.items[n]!.rule;
        if (rule.kind === 'linear' && item.rule.kind === 'linear') {
          expect(item.rule.floor).toBeCloseTo(rule.floor, 10);
          expect(item.rule.target).toBeCloseTo(rule.target, 10);
        } else if (rule.kind === 'steps' && item.rule.kind === 'steps') {
          item.rule.steps.forEach((st, k) => expect(st.min).toBeCloseTo(rule.steps[k]!.min, 10));
        } else expect(item.rule).toEqual(rule);
      });
      expect(schemeInput.safeParse(back).success).toBe(true);
    }
  });

  it('turns a linear floor of 60 % and target of 95 % into 0.6 and 0.95', () => {
    const v = toFormValues(null);
    v.name = '测试方案';
    v.items = [{ indicator: 'onTimeRate', weight: 100, kind: 'linear', floor: 60, target: 95 }];
    expect(toSchemeInput(v).items[0]!.rule).toEqual({ kind: 'linear', floor: 0.6, target: 0.95 });
  });

  it('leaves an empty field empty, so the server names it instead of taking 0', () => {
    const v = toFormValues(null);
    v.name = '测试方案';
    v.items = [{ indicator: 'onTimeRate', kind: 'perEvent' }];
    const parsed = schemeInput.safeParse(toSchemeInput(v));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['items.0.weight', 'items.0.rule.deduct']));
  });

  it('offers only the indicators of the level', () => {
    const worker = indicatorOptions('worker').map((o) => o.value);
    expect(worker).toContain('logRate');
    expect(worker).not.toContain('onTimeRate');
  });

  it('maps server detail paths to the form fields', () => {
    expect(formPath('scheme.items.2.weight')).toEqual(['items', 2, 'weight']);
    expect(formPath('scheme.items.1.rule.deduct')).toEqual(['items', 1, 'deduct']);
    expect(formPath('scheme.items.0.rule.steps.1.share')).toEqual(['items', 0, 'steps', 1, 'share']);
    expect(formPath('scheme.grades.excellent')).toEqual(['excellent']);
    expect(formPath('scheme.name')).toEqual(['name']);
    expect(formPath('scheme.items')).toBeNull();
    expect(formPath('scheme.grades')).toBeNull();
  });
});
