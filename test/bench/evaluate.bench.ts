/**
 * Credibility benchmark: `evaluateCatalog` on catalogues that look like real ones (see
 * `realistic.ts`: web addresses in four shapes, claims written in variants, descriptions of real
 * length) at 10,000, 100,000 and 200,000 offerings, against evaluating one by one with
 * `evaluateCredibility` (which shares nothing) in the same run. Times the built package (see
 * `shipped.ts`). Run with `npm run bench`; figures go in docs/benchmarks.md.
 */
import { bench, describe } from 'vitest';
import { bundledData } from '../../src/reference/index.js';
import { type AddressShape, realisticCatalogue } from './realistic.js';
import { shipped } from './shipped.js';

const { evaluateCatalog, evaluateCredibility, validateCourses } = shipped;
const asOf = '2026-12-06';
const data = bundledData();

const catalogue = (n: number, shape: AddressShape) =>
  validateCourses(realisticCatalogue(data, n, shape)).courses;

for (const shape of ['provider-address', 'course-address-only', 'platform'] as const) {
  describe(`credibility, ${shape}`, () => {
    for (const n of [10_000, 100_000, 200_000]) {
      const courses = catalogue(n, shape);
      bench(
        `evaluateCatalog, ${n.toLocaleString('en-GB')} offerings`,
        () => {
          evaluateCatalog(courses, { asOf });
        },
        { iterations: n >= 100_000 ? 3 : 5, warmupIterations: 1 },
      );
    }
    const sample = catalogue(10_000, shape);
    bench(
      'one by one (evaluateCredibility), 10,000 offerings',
      () => {
        for (const course of sample) evaluateCredibility(course, { asOf });
      },
      { iterations: 2, warmupIterations: 0 },
    );
  });
}

// The extreme: every offering on a host of its own, so no identity can be shared.
describe('credibility, distinct-hosts (every offering on its own host)', () => {
  const courses = catalogue(100_000, 'distinct-hosts');
  bench(
    'evaluateCatalog, 100,000 offerings',
    () => {
      evaluateCatalog(courses, { asOf });
    },
    { iterations: 2, warmupIterations: 1 },
  );
});
