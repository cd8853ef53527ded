// The demo build's step is told by readers while the writer builds (system.setupProgress): the
// cell each worker gets in its workerData must be the same memory, not a copy.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SetupProgressCell } from '../../../../electron/core/system/setup-progress';
import { DEMO_SETUP_STEPS } from '../../../../shared/system/setup-progress';

describe('SetupProgressCell', () => {
  it('is idle until a step begins, and idle again when done', () => {
    const cell = new SetupProgressCell();
    expect(cell.read()).toEqual({ step: null, total: DEMO_SETUP_STEPS.length });
    cell.begin(0);
    expect(cell.read().step).toBe(0);
    cell.begin(4);
    expect(cell.read().step).toBe(4);
    cell.done();
    expect(cell.read().step).toBeNull();
  });

  it('shows another thread the step a worker thread set', async () => {
    const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const reader = new SetupProgressCell(buffer);
    // The worker does what SetupProgressCell.begin(3) does to its own view of the buffer.
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       Atomics.store(new Int32Array(workerData.buffer, 0, 1), 0, 3 + 1);
       parentPort.postMessage('set');`,
      { eval: true, workerData: { buffer } },
    );
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reader.read().step).toBe(3);
  });
});
