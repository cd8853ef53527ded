// The convergence property again, with every keyed read of a batch (the receiver's stamps,
// cells and rows, the sender's values and cells, the mending) taken as one set query
// (db/keyed-read.ts). The property's small batches otherwise read key by key, and the big
// batches of a catch-up take the set path: both must merge alike. Fewer runs than the
// property itself (SYNC_PROPERTY_RUNS still overrides).
import { afterAll, beforeAll } from 'vitest';
import { keyedReads } from '../../../../electron/core/db/keyed-read';
import { describeConvergence } from './sync-converge-property';

const setMin = keyedReads.setMin;
beforeAll(() => {
  keyedReads.setMin = 1;
});
afterAll(() => {
  keyedReads.setMin = setMin;
});

describeConvergence(120, 'LAN sync merge, keyed reads as sets');
