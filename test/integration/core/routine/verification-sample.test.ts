// The verification sample's rule (入户核实抽样), over generated quarters: the same quarter, area
// and visits give the same sample whatever order the visits come in; another quarter or area
// another; each class meets its rate rounded up; and a later draw over more visits only adds,
// keeping every visit drawn before, with a 未核实 one replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredCount, sampleSeed, visitsToDraw, type SampleVisit } from '../../../../electron/core/routine/verification-sample';
import { DEFAULT_VERIFICATION_RATES, type VerificationOutcome, type VerificationRates } from '../../../../shared/routine/verification-types';

const visitArb = fc.record({ id: fc.uuid(), householdClass: fc.constantFrom(1 as const, 2 as const, 3 as const) });
const visitsArb = fc.uniqueArray(visitArb, { selector: (v) => v.id, maxLength: 120 });
const ratesArb = fc.record({ class1: fc.integer({ min: 1, max: 100 }), class2: fc.integer({ min: 1, max: 100 }), class3: fc.integer({ min: 1, max: 100 }) });
const quarterArb = fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`);
const gridsArb = fc.option(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 5 }), { nil: null });

const none = new Map<string, VerificationOutcome | null>();

function countOf(visits: readonly SampleVisit[], ids: Iterable<string>, c: 1 | 2 | 3): number {
  const set = new Set(ids);
  return visits.filter((v) => v.householdClass === c && set.has(v.id)).length;
}

describe('verification sample', () => {
  it('rounds the rate up, in whole visits', () => {
    expect([requiredCount(0, 50), requiredCount(1, 20), requiredCount(3, 50), requiredCount(10, 30), requiredCount(7, 30), requiredCount(4, 100)]).toEqual([0, 1, 2, 3, 3, 4]);
  });

  it('meets each class rate exactly (rounded up) on a first draw', () => {
    fc.assert(
      fc.property(visitsArb, ratesArb, quarterArb, gridsArb, (visits, rates: VerificationRates, quarter, grids) => {
        const drawn = visitsToDraw(visits, none, rates, sampleSeed(quarter, grids));
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const c of [1, 2, 3] as const) {
          const n = visits.filter((v) => v.householdClass === c).length;
          // The least whole number of visits that is at least the rate's share.
          let least = 0;
          while (least * 100 < n * rates[`class${c}`]) least++;
          expect(countOf(visits, drawn, c)).toBe(least);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is reproducible: the same quarter, area and visits in any order give the same sample', () => {
    fc.assert(
      fc.property(visitsArb, quarterArb, gridsArb, fc.func(fc.integer()), (visits, quarter, grids, shuffleKey) => {
        const shuffled = [...visits].sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id));
        const gridsReordered = grids ? [...grids].reverse() : null;
        const a = visitsToDraw(visits, none, DEFAULT_VERIFICATION_RATES, sampleSeed(quarter, grids));
        const b = visitsToDraw(shuffled, none, DEFAULT_VERIFICATION_RATES, sampleSeed(quarter, gridsReordered));
        expect([...b].sort()).toEqual([...a].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('draws another sample in another quarter or another area', () => {
    const visits: SampleVisit[] = Array.from({ length: 200 }, (_, i) => ({ id: `visit-${i}`, householdClass: ((i % 3) + 1) as 1 | 2 | 3 }));
    const draw = (quarter: string, grids: string[] | null) => visitsToDraw(visits, none, DEFAULT_VERIFICATION_RATES, sampleSeed(quarter, grids)).sort();
    const q1 = draw('2026-Q1', ['g1', 'g2']);
    expect(draw('2026-Q1', ['g2', 'g1'])).toEqual(q1);
    expect(draw('2026-Q2', ['g1', 'g2'])).not.toEqual(q1);
    expect(draw('2027-Q1', ['g1', 'g2'])).not.toEqual(q1);
    expect(draw('2026-Q1', ['g1'])).not.toEqual(q1);
    expect(draw('2026-Q1', null)).not.toEqual(q1);
  });

  it('a later draw over more visits keeps every visit drawn before, replaces 未核实 ones, and meets the rate again', () => {
    fc.assert(
      fc.property(visitsArb, visitsArb, quarterArb, fc.func(fc.constantFrom<VerificationOutcome | null>('accurate', 'inaccurate', 'unverified', null)), (early, late, quarter, outcomeOf) => {
        const seed = sampleSeed(quarter, null);
        const lateOnly = late.filter((v) => !early.some((e) => e.id === v.id));
        const first = visitsToDraw(early, none, DEFAULT_VERIFICATION_RATES, seed);
        const drawn = new Map(first.map((id) => [id, outcomeOf(id)]));
        const all = [...early, ...lateOnly];
        const added = visitsToDraw(all, drawn, DEFAULT_VERIFICATION_RATES, seed);
        // Only visits not drawn before are added; nothing is taken away (the caller stores additions only).
        for (const id of added) expect(drawn.has(id)).toBe(false);
        const after = new Map(drawn);
        for (const id of added) after.set(id, null);
        for (const c of [1, 2, 3] as const) {
          const pool = all.filter((v) => v.householdClass === c);
          const counting = pool.filter((v) => after.has(v.id) && after.get(v.id) !== 'unverified').length;
          const notDrawn = pool.filter((v) => !after.has(v.id)).length;
          // The rate is met, unless every visit of the class is already drawn.
          expect(counting >= requiredCount(pool.length, DEFAULT_VERIFICATION_RATES[`class${c}`]) || notDrawn === 0).toBe(true);
        }
        // A second draw with nothing new adds nothing.
        expect(visitsToDraw(all, after, DEFAULT_VERIFICATION_RATES, seed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
