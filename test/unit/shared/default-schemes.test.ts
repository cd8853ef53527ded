// The schemes that ship pass the checks every saved scheme passes (weights add up to the total,
// each indicator known and meant for the level), and use the routine's indicators where towns do.
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../../shared/assessment/default-schemes';
import { schemeInput, SUBJECT_LEVELS } from '../../../shared/assessment/scheme';

describe('default schemes', () => {
  it.each(SUBJECT_LEVELS)('the %s scheme is a valid scheme of 100 points', (level) => {
    const scheme = defaultScheme(level, 'quarter');
    expect(schemeInput.safeParse(scheme).success).toBe(true);
    expect(scheme.items.reduce((n, i) => n + i.weight, 0)).toBe(100);
  });

  it('grids weigh visits, screening and timely reports, villages visits; workers their visits by class and verification', () => {
    const keys = (level: (typeof SUBJECT_LEVELS)[number]) => defaultScheme(level, 'quarter').items.map((i) => i.indicator);
    expect(keys('grid')).toEqual(expect.arrayContaining(['visitRate', 'screeningRate', 'reportTimelyRate']));
    expect(keys('village')).toEqual(expect.arrayContaining(['visitRate']));
    expect(keys('worker')).toEqual(expect.arrayContaining(['visitRateClass1', 'visitRateClass2', 'visitRateClass3', 'verificationRate', 'screeningRate']));
  });
});
