// Hybrid logical clock: wall-clock milliseconds + counter + device id, encoded so
// that string order is causal order. Used to stamp every logged change.

export interface HlcTimestamp {
  ms: number;
  counter: number;
  device: string;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 9;

export function encodeHlc(t: HlcTimestamp): string {
  return `${String(t.ms).padStart(MS_WIDTH, '0')}.${String(t.counter).padStart(COUNTER_WIDTH, '0')}.${t.device}`;
}

export function decodeHlc(s: string): HlcTimestamp {
  const [ms, counter, device] = s.split('.');
  if (!ms || !counter || !device) throw new Error(`Bad HLC: ${s}`);
  return { ms: Number(ms), counter: Number(counter), device };
}

export class Hlc {
  private ms = 0;
  private counter = 0;

  constructor(
    private readonly device: string,
    private readonly now: () => number = Date.now,
    last?: string | null,
  ) {
    if (last) {
      const t = decodeHlc(last);
      this.ms = t.ms;
      this.counter = t.counter;
    }
  }

  /** A new timestamp, strictly greater than every one issued or received before. */
  next(): string {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return encodeHlc({ ms: this.ms, counter: this.counter, device: this.device });
  }

  /** Advance past a timestamp seen from another device (used by sync). */
  receive(remote: string): void {
    const r = decodeHlc(remote);
    const wall = this.now();
    const maxMs = Math.max(wall, this.ms, r.ms);
    if (maxMs === this.ms && maxMs === r.ms) this.counter = Math.max(this.counter, r.counter) + 1;
    else if (maxMs === this.ms) this.counter += 1;
    else if (maxMs === r.ms) this.counter = r.counter + 1;
    else this.counter = 0;
    this.ms = maxMs;
  }
}
