import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Benchmarks collect garbage between phases (global.gc) so each figure bills its own work
    // and heap deltas are real.
    execArgv: ['--expose-gc'],
  },
});
