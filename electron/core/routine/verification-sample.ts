// The verification sample (入户核实抽样, docs/routine.md): which of a quarter's visits in an area a
// supervisor checks. Random but reproducible: every visit gets a sort key, the SHA-256 of the
// seed (quarter and the area's grids) and its id, and each class takes its visits in key order
// until the configured rate is met, rounded up. No clock, no Math.random: the same quarter,
// area and visits give the same sample on every PC, and another quarter shuffles anew.
// A draw only ever adds: visits already drawn stay (whatever their outcome); a drawn visit
// marked 未核实 does not count towards the rate, so the next draw adds one in its place.
import { createHash } from 'node:crypto';
import { HOUSEHOLD_CLASSES, type VerificationOutcome, type VerificationRates } from '../../../shared/routine/verification-types';
import type { HouseholdClass } from '../../../shared/routine/visit-classes';

/** A visit as the sample sees it. */
export interface SampleVisit {
  id: string;
  householdClass: HouseholdClass;
}

/** The seed of an area's sample in a quarter: the quarter and the area's grids (null: the whole town), in a fixed order. */
export function sampleSeed(quarter: string, gridIds: readonly string[] | null): string {
  const area = gridIds === null ? 'town' : [...gridIds].sort().join(',');
  return createHash('sha256').update(`${quarter}|${area}`).digest('hex');
}

/** A visit's place in the draw order: the hash of the seed and its id. */
export function sampleKey(seed: string, visitId: string): string {
  return createHash('sha256').update(`${seed}|${visitId}`).digest('hex');
}

/** How many of `visits` a rate of `pct` percent requires, rounded up (integer arithmetic: 30 % of 10 is 3, not 3.0000000004). */
export function requiredCount(visits: number, pct: number): number {
  return Math.floor((visits * pct + 99) / 100);
}

/** Whether a drawn visit counts towards the rate: drawn and not marked 未核实. */
export function countsForRate(outcome: VerificationOutcome | null): boolean {
  return outcome !== 'unverified';
}

/**
 * The visits to add to the sample now, in draw order per class (class 1, 2, 3): for each class,
 * the first visits by key not yet drawn until the drawn ones that count reach the rate.
 * `drawn` maps a visit already drawn to its outcome (null: not yet recorded).
 */
export function visitsToDraw(
  visits: readonly SampleVisit[],
  drawn: ReadonlyMap<string, VerificationOutcome | null>,
  rates: VerificationRates,
  seed: string,
): string[] {
  const out: string[] = [];
  for (const c of HOUSEHOLD_CLASSES) {
    const pool = visits.filter((v) => v.householdClass === c);
    const need = requiredCount(pool.length, rates[`class${c}`]);
    let have = pool.filter((v) => drawn.has(v.id) && countsForRate(drawn.get(v.id) ?? null)).length;
    if (have >= need) continue;
    const candidates = pool
      .filter((v) => !drawn.has(v.id))
      .map((v) => ({ id: v.id, key: sampleKey(seed, v.id) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
    for (const cand of candidates) {
      if (have >= need) break;
      out.push(cand.id);
      have++;
    }
  }
  return out;
}
