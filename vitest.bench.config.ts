// `npm run bench`: performance measurements (ratios to a baseline in the same run), kept out
// of `npm test`. Each bench prints a table and merges its rows into test-results/bench.json.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
