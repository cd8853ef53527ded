import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files, slowest first (seconds on CI's 2 cores). Vitest orders the files it has no
 * durations for, as on every fresh clone, largest first; these are small files, so they started
 * last and the suite waited a minute or more for them alone at its end.
 */
const SLOWEST_FIRST = [
  'test/integration/core/demo/demo-data.test.ts', // ~80 s: generates the demo town
  'test/integration/core/sync/sync-converge.test.ts', // ~78 s: 400 seeded replica runs
  'test/integration/station/station-sync.test.ts', // ~24 s
  'test/integration/core/sync/sync-converge-set-reads.test.ts', // ~19 s
  'test/integration/core/registry/import-large.test.ts', // ~17 s
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOWEST_FIRST.indexOf(relative(f.project.config.root, f.moduleId).split('\\').join('/'));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i, r: rank(f) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map(({ f }) => f);
  }
}

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
    sequence: { sequencer: SlowestFirst },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
