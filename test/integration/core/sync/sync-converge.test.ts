// Convergence of LAN sync's merge as a seeded property (sync-converge-property.ts): 1,000 runs
// of 3–7 replicas in every `npm test` (SYNC_PROPERTY_RUNS sets another count).
import { describeConvergence } from './sync-converge-property';

describeConvergence(1000);
