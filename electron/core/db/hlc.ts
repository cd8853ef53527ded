// Hybrid logical clock packed into one 64-bit integer: wall-clock milliseconds in the high
// 48 bits, a counter in the low 16, so integer order is causal order. The device is not part
// of the stamp: it is stored beside it (a small id) and breaks ties, (HLC, device).
// When more than 65,536 stamps are issued within one millisecond (a bulk write under a frozen
// clock) the counter carries into the milliseconds: the clock runs a few ms ahead of the wall,
// and order is kept.

export interface HlcParts {
  ms: number;
  counter: number;
}

const COUNTER_BITS = 16n;
const COUNTER_SPAN = 1 << 16;

export function packHlc(t: HlcParts): bigint {
  return (BigInt(t.ms) << COUNTER_BITS) + BigInt(t.counter);
}

export function unpackHlc(h: bigint): HlcParts {
  return { ms: Number(h >> COUNTER_BITS), counter: Number(h & BigInt(COUNTER_SPAN - 1)) };
}

/** The wall-clock milliseconds of a stamp (as read from SQLite: bigint, or a number when small). */
export function hlcMs(h: bigint | number): number {
  return unpackHlc(BigInt(h)).ms;
}

export class Hlc {
  private ms = 0;
  private counter = 0;

  constructor(
    private readonly now: () => number = Date.now,
    last?: bigint | null,
  ) {
    if (last) ({ ms: this.ms, counter: this.counter } = unpackHlc(last));
  }

  /** A new stamp, strictly greater than every one issued or received before. */
  next(): bigint {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.tick(this.counter + 1);
    }
    return packHlc({ ms: this.ms, counter: this.counter });
  }

  /** Advance past a stamp seen from another device (used by sync). */
  receive(remote: bigint): void {
    const r = unpackHlc(remote);
    const wall = this.now();
    const maxMs = Math.max(wall, this.ms, r.ms);
    let counter: number;
    if (maxMs === this.ms && maxMs === r.ms) counter = Math.max(this.counter, r.counter) + 1;
    else if (maxMs === this.ms) counter = this.counter + 1;
    else if (maxMs === r.ms) counter = r.counter + 1;
    else counter = 0;
    this.ms = maxMs;
    this.tick(counter);
  }

  private tick(counter: number): void {
    if (counter < COUNTER_SPAN) {
      this.counter = counter;
    } else {
      this.ms += 1;
      this.counter = 0;
    }
  }
}
