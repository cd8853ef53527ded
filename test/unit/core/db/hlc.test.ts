import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Hlc, packHlc, unpackHlc } from '../../../../electron/core/db/hlc';

describe('hybrid logical clock', () => {
  it('issues strictly increasing stamps whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let i = 0;
        const clock = new Hlc(() => walls[Math.min(i++, walls.length - 1)]!);
        let prev = -1n;
        for (let k = 0; k < walls.length; k++) {
          const t = clock.next();
          expect(t > prev).toBe(true);
          prev = t;
        }
      }),
    );
  });

  it('keeps its order under a frozen clock for a bulk write of 200,000 stamps, carrying the counter into the milliseconds', () => {
    const frozen = 1_800_000_000_000;
    const clock = new Hlc(() => frozen);
    let prev = clock.next();
    for (let i = 0; i < 200_000; i++) {
      const t = clock.next();
      if (!(t > prev)) throw new Error(`out of order at ${i}: ${t} <= ${prev}`);
      prev = t;
    }
    // 200,001 stamps in one wall-clock millisecond: three carries of 65,536.
    expect(unpackHlc(prev)).toEqual({ ms: frozen + 3, counter: 200_000 - 3 * 65_536 });
    expect(prev - packHlc({ ms: frozen, counter: 0 })).toBe(200_000n);
  });

  it('keeps its order across a restart with the clock set back, and stays in a signed 64-bit integer', () => {
    let wall = 1_800_000_000_000;
    const first = new Hlc(() => wall);
    first.next();
    const last = first.next();
    wall -= 3_600_000;
    const restarted = new Hlc(() => wall, last);
    const next = restarted.next();
    expect(next > last).toBe(true);
    expect(packHlc({ ms: 4_102_444_800_000, counter: 65_535 }) < 2n ** 63n).toBe(true); // year 2100
  });

  it('moves past a stamp received from another device', () => {
    const clock = new Hlc(() => 1000);
    const remote = packHlc({ ms: 5000, counter: 7 });
    clock.receive(remote);
    expect(clock.next() > remote).toBe(true);
    const busy = packHlc({ ms: 5000, counter: 65_535 });
    clock.receive(busy);
    expect(clock.next() > busy).toBe(true);
  });

  it('round-trips through its packed form, in the same order as (ms, counter)', () => {
    const t = { ms: 1_763_683_200_123, counter: 42 };
    expect(unpackHlc(packHlc(t))).toEqual(t);
    fc.assert(
      fc.property(
        fc.record({ ms: fc.integer({ min: 0, max: 2 ** 44 }), counter: fc.integer({ min: 0, max: 65_535 }) }),
        fc.record({ ms: fc.integer({ min: 0, max: 2 ** 44 }), counter: fc.integer({ min: 0, max: 65_535 }) }),
        (a, b) => {
          const tupleLess = a.ms < b.ms || (a.ms === b.ms && a.counter < b.counter);
          expect(packHlc(a) < packHlc(b)).toBe(tupleLess);
        },
      ),
    );
  });
});
