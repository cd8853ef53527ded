import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_DAYS, resolveSla, type SlaRule } from '../../../../shared/cases/sla-rules';

const rule = (id: string, o: Partial<SlaRule>, days: number): SlaRule => ({ id, categoryId: null, handlingType: null, level: null, note: '', days, ...o });
const RULES: SlaRule[] = [
  rule('grid', { level: 'grid' }, 1),
  rule('village', { level: 'village' }, 3),
  rule('town', { level: 'town' }, 5),
  rule('county', { level: 'county' }, 2),
  rule('emergency', { handlingType: 'emergency' }, 1),
  rule('policy', { categoryId: 'ZCZX' }, 2),
  rule('policy-sub', { categoryId: 'ZCZX-1' }, 1),
  rule('dispute-town', { categoryId: 'MDJF', level: 'town' }, 7),
];
const subject = (o: Partial<Parameters<typeof resolveSla>[1]>) => ({ categoryId: 'HJWS', subcategoryId: null, handlingType: 'coordination' as const, level: 'village' as const, ...o });

describe('time-limit rules: the most specific wins', () => {
  it('uses the SPEC §3 level defaults', () => {
    expect(resolveSla(RULES, subject({ level: 'village' })).days).toBe(3);
    expect(resolveSla(RULES, subject({ level: 'town' })).days).toBe(5);
    expect(resolveSla(RULES, subject({ level: 'county' })).days).toBe(2);
    expect(resolveSla(RULES, subject({ level: 'grid', handlingType: 'general' })).days).toBe(1);
  });
  it('an emergency is urgent whatever its category or level', () => {
    expect(resolveSla(RULES, subject({ handlingType: 'emergency', level: 'town', categoryId: 'MDJF' }))).toMatchObject({ days: 1, rule: { id: 'emergency' } });
  });
  it('a category beats a level, a subcategory its parent, category + level beats category', () => {
    expect(resolveSla(RULES, subject({ categoryId: 'ZCZX', level: 'town' })).rule?.id).toBe('policy');
    expect(resolveSla(RULES, subject({ categoryId: 'ZCZX', subcategoryId: 'ZCZX-1' })).rule?.id).toBe('policy-sub');
    expect(resolveSla(RULES, subject({ categoryId: 'MDJF', level: 'town' })).days).toBe(7);
    expect(resolveSla(RULES, subject({ categoryId: 'MDJF', level: 'village' })).days).toBe(3);
  });
  it('falls back to the default without a matching rule', () => {
    expect(resolveSla([], subject({}))).toEqual({ days: DEFAULT_SLA_DAYS, rule: null });
  });
});
