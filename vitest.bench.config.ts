// `npm run bench`: performance measurements (ratios to a baseline in the same run), kept out
// of `npm test`. Each bench prints a table and merges its rows into test-results/bench.json.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The first county bench builds the county database (test/bench/county-fixture.ts): about
    // 6 minutes on an idle 2-core machine, over 20 on a busy one.
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
  },
});
