/**
 * Credibility benchmark: `evaluateCatalog` on catalogues that look like real ones (see
 * `realistic.ts`: web addresses in four shapes, claims written in variants, descriptions of real
 * length) at 10,000, 100,000 and 200,000 offerings, against evaluating one by one with
 * `evaluateCredibility` (which shares nothing) in the same run. Times the built package (see
 * `shipped.ts`). Each catalogue is built just before its benchmark and let go just after, so
 * that, as in an application, one catalogue is in memory at a time (the garbage collector's work
 * grows with everything alive). Run with `npm run bench`; figures go in docs/benchmarks.md.
 */
import { type BenchOptions, bench, describe } from 'vitest';
import type { Course } from '../../src/model/course.js';
import { bundledData } from '../../src/reference/index.js';
import { type AddressShape, realisticCatalogue } from './realistic.js';
import { shipped } from './shipped.js';

const { evaluateCatalog, evaluateCredibility, validateCourses } = shipped;
const asOf = '2026-12-06';
const data = bundledData();

/**
 * A catalogue of `n` offerings in one address shape, built when its benchmark starts (tinybench
 * calls `setup` before the warm-up and the run) and let go when it ends.
 */
function catalogueFor(
  n: number,
  shape: AddressShape,
): { courses: () => readonly Course[]; hooks: Pick<BenchOptions, 'setup' | 'teardown'> } {
  let courses: readonly Course[] | undefined;
  return {
    courses: () => courses ?? [],
    hooks: {
      setup: () => {
        courses ??= validateCourses(realisticCatalogue(data, n, shape)).courses;
      },
      teardown: (_task, mode) => {
        if (mode === 'run') courses = undefined;
      },
    },
  };
}

for (const shape of ['provider-address', 'course-address-only', 'platform'] as const) {
  describe(`credibility, ${shape}`, () => {
    for (const n of [10_000, 100_000, 200_000]) {
      const { courses, hooks } = catalogueFor(n, shape);
      bench(
        `evaluateCatalog, ${n.toLocaleString('en-GB')} offerings`,
        () => {
          evaluateCatalog(courses(), { asOf });
        },
        { iterations: n >= 100_000 ? 3 : 5, warmupIterations: 1, ...hooks },
      );
    }
    const sample = catalogueFor(10_000, shape);
    bench(
      'one by one (evaluateCredibility), 10,000 offerings',
      () => {
        for (const course of sample.courses()) evaluateCredibility(course, { asOf });
      },
      { iterations: 2, warmupIterations: 0, ...sample.hooks },
    );
  });
}

// The extreme: every offering on a host of its own, so no identity can be shared.
describe('credibility, distinct-hosts (every offering on its own host)', () => {
  const { courses, hooks } = catalogueFor(100_000, 'distinct-hosts');
  bench(
    'evaluateCatalog, 100,000 offerings',
    () => {
      evaluateCatalog(courses(), { asOf });
    },
    { iterations: 2, warmupIterations: 1, ...hooks },
  );
});

// The floor: one offering 100,000 times under different ids, so every identity, claim and factor
// result is shared and what remains is the work each offering costs however much is shared (its
// own text read, the results combined, its report built).
describe('credibility, one offering repeated (the per-offering floor)', () => {
  let courses: readonly Course[] | undefined;
  bench(
    'evaluateCatalog, 100,000 offerings',
    () => {
      evaluateCatalog(courses ?? [], { asOf });
    },
    {
      iterations: 3,
      warmupIterations: 1,
      setup: () => {
        const [first] = validateCourses(realisticCatalogue(data, 1, 'provider-address')).courses;
        courses ??= Array.from({ length: 100_000 }, (_, i) => ({
          ...(first as Course),
          id: `same-${i}`,
        }));
      },
      teardown: (_task, mode) => {
        if (mode === 'run') courses = undefined;
      },
    },
  );
});
