#!/usr/bin/env node
/**
 * `npm run fuzz`: the hardening properties (test/hardening) with many more runs.
 *
 *   npm run fuzz                      # FUZZ_RUNS=50: every property runs 50× its CI count
 *   FUZZ_RUNS=200 npm run fuzz        # longer
 *   FUZZ_SEED=123 npm run fuzz        # replay one seed (a failure prints its seed)
 *
 * Without FUZZ_SEED a long run uses a fresh seed each time (printed by fast-check on failure);
 * CI runs the same files with a fixed seed and FUZZ_RUNS=1.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '50' };
console.log(
  `credence fuzz: FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ' (random seed)'}`,
);
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'test/hardening', '--testTimeout', '0', ...process.argv.slice(2)],
  { stdio: 'inherit', env, shell: process.platform === 'win32' },
);
process.exit(result.status ?? 1);
