// Plausible, unique mainland mobile numbers (11 digits, 13x/15x/18x prefixes).
import type { SeededRandom } from './seeded-random';

const PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
] as const;

export class MobileNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly rng: SeededRandom) {}

  next(): string {
    for (;;) {
      let n: string = this.rng.pick(PREFIXES);
      for (let i = 0; i < 8; i++) n += String(this.rng.int(0, 9));
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }
}
