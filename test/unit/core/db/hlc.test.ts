import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, Hlc } from '../../../../electron/core/db/hlc';

describe('hybrid logical clock', () => {
  it('issues strictly increasing timestamps whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let i = 0;
        const clock = new Hlc('DEV', () => walls[Math.min(i++, walls.length - 1)]!);
        let prev = '';
        for (let k = 0; k < walls.length; k++) {
          const t = clock.next();
          expect(t > prev).toBe(true);
          prev = t;
        }
      }),
    );
  });

  it('keeps string order under a frozen clock for a bulk write of 200,000 cells', () => {
    const clock = new Hlc('DEV', () => 1_800_000_000_000);
    let prev = clock.next();
    for (let i = 0; i < 200_000; i++) {
      const t = clock.next();
      if (!(t > prev)) throw new Error(`out of order at ${i}: ${t} <= ${prev}`);
      prev = t;
    }
    expect(decodeHlc(prev).counter).toBe(200_000);
  });

  it('moves past a timestamp received from another device', () => {
    const clock = new Hlc('A', () => 1000);
    const remote = encodeHlc({ ms: 5000, counter: 7, device: 'B' });
    clock.receive(remote);
    expect(clock.next() > remote).toBe(true);
  });

  it('round-trips through its string form', () => {
    const t = { ms: 1_763_683_200_123, counter: 42, device: '01JDEVICE' };
    expect(decodeHlc(encodeHlc(t))).toEqual(t);
  });
});
