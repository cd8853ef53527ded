// What every demo generator needs: the write transaction, its own random stream, a
// deterministic id source and the creation timestamp.
import type { WriteTx } from '../db/change-writer';
import type { SeededRandom } from './seeded-random';

export interface DemoContext {
  tx: WriteTx;
  rng: SeededRandom;
  /** A new ULID; deterministic for a given seed and time. */
  newId: () => string;
  /** ISO timestamp written to created_at columns. */
  createdAt: string;
}
