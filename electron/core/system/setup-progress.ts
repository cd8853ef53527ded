// Which step of the demo build the writer is on. The build is one transaction on the writer, so
// the writer cannot answer while it runs: the step is kept in memory shared by the host's
// workers (a SharedArrayBuffer handed to each at start), and any reader tells it.
import { DEMO_SETUP_STEPS, type SetupProgress } from '../../../shared/system/setup-progress';

const IDLE = 0;

export class SetupProgressCell {
  private readonly cell: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer, 0, 1);
  }

  /** Marks step `index` (of DEMO_SETUP_STEPS) as the one running. */
  begin(index: number): void {
    Atomics.store(this.cell, 0, index + 1);
  }

  done(): void {
    Atomics.store(this.cell, 0, IDLE);
  }

  read(): SetupProgress {
    const v = Atomics.load(this.cell, 0);
    return { step: v === IDLE ? null : v - 1, total: DEMO_SETUP_STEPS.length };
  }
}
