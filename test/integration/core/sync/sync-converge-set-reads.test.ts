// The convergence property again, with every keyed read of a batch (the receiver's stamps,
// cells and rows, the sender's values and cells, the mending) taken as one set query
// (db/keyed-read.ts). The property's small batches otherwise read key by key, and the big
// batches of a catch-up take the set path: both must merge alike. Fewer runs than the
// property itself (SYNC_PROPERTY_RUNS still overrides).
import { keyedReads } from '../../../../electron/core/db/keyed-read';

keyedReads.setMin = 1;
const runs = process.env.SYNC_PROPERTY_RUNS;
process.env.SYNC_PROPERTY_RUNS = runs ?? '250';
try {
  await import('./sync-converge.test');
} finally {
  if (runs === undefined) delete process.env.SYNC_PROPERTY_RUNS;
  else process.env.SYNC_PROPERTY_RUNS = runs;
}
