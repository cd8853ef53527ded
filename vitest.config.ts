import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One more fork than the CI machine's 2 cores: many files wait on child processes (stations,
    // workers, sockets) and a fresh clone has no durations to order the long files first, so two
    // forks left a core idle (the suite took 199 s with 2, about 120 s with 3 on the same machine).
    maxWorkers: 3,
    // The files share a fork's module cache instead of each loading the whole core again: importing
    // took 129 s of the suite's 143 s on CI's 2 cores (78 s in all without). Tests keep no state in
    // modules; a test that needs a fresh module must say so itself.
    isolate: false,
    testTimeout: 30_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
