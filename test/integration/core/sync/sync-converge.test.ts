// Convergence of LAN sync's merge as a seeded property (sync-converge-property.ts): 400 runs
// of 3–7 replicas in every `npm test` (SYNC_PROPERTY_RUNS sets another count, e.g. 5000 for a
// long run). Each replica is a fresh connection, and preparing a write statement compiles the
// triggers of the derived tables (stored counts, tallies, search indexes) into it: a run costs
// about three times what it did before them, so 400 runs take the time 1,000 took.
import { describeConvergence } from './sync-converge-property';

describeConvergence(400);
