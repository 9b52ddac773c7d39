/**
 * Credibility benchmark: `evaluateCatalog` on synthetic catalogues of 1,000, 10,000 and 100,000
 * offerings, against the naive baseline in the same run (evaluating one by one with
 * `evaluateCredibility`, which shares no lookups). Times the built package (see `shipped.ts`).
 * Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { type Course, parseCourse } from '../../src/model/index.js';
import { bundledData, defaultReference } from '../../src/reference/index.js';
import { shipped } from './shipped.js';
import { asLoaded, syntheticCatalogue } from './synthetic.js';

const { evaluateCatalog, evaluateCredibility } = shipped;

/**
 * A deterministic catalogue shaped like a scraped one: real accreditors, unrecognised bodies and
 * look-alikes; real providers plus a long tail of one fictional provider per 50 offerings; every
 * title and description distinct.
 */
function synthetic(n: number): Course[] {
  const ref = defaultReference().data;
  const bodies = [
    ...ref.accreditors.map((a) => a.name),
    ...ref.unrecognised.map((u) => u.name),
    'Accreditation Council for Continuing Medical Educaton',
    'Regional Training Board',
  ];
  const real = ref.providers.map((p) => ({
    name: p.name,
    type: p.type,
    url: `https://${p.domains[0] ?? 'x.example'}`,
  }));
  let seed = 12345;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const tail = Math.max(1, Math.floor(n / 50));
  return Array.from({ length: n }, (_, i) => {
    const t = Math.floor(rand() * tail);
    const provider =
      rand() < 0.5
        ? pick(real)
        : {
            name: `Fictional Provider ${t} Ltd`,
            type: 'education-company',
            url: `https://p${t}.example`,
          };
    return parseCourse({
      id: `c${i}`,
      title: `${pick(['Sepsis', 'ECG', 'Wound care', 'Diploma in NIV'])} course ${i}`,
      description: `Offering ${i}: ${pick(['accredited CPD', 'interactive workshop', 'e-learning'])}.`,
      provider,
      accreditations:
        rand() < 0.7 ? [{ body: pick(bodies), credits: Math.floor(rand() * 10) }] : [],
      durationHours: Math.floor(rand() * 20) + 1,
      assessment: { type: pick(['none', 'quiz', 'exam']) },
      lastReviewed: pick(['2016-01-01', '2022-05-01', '2025-09-01']),
      learningOutcomes: ['Outcome'],
    });
  });
}

const asOf = '2026-11-28';
for (const n of [1_000, 10_000, 100_000]) {
  const courses = synthetic(n);
  describe(`credibility, ${n.toLocaleString('en-GB')} offerings`, () => {
    bench(
      'evaluateCatalog (batch, shared lookups)',
      () => {
        evaluateCatalog(courses, { asOf });
      },
      { iterations: n >= 100_000 ? 3 : 5, warmupIterations: 1 },
    );
    if (n <= 10_000) {
      bench(
        'naive baseline: evaluateCredibility one by one',
        () => {
          for (const course of courses) evaluateCredibility(course, { asOf });
        },
        { iterations: 2, warmupIterations: 0 },
      );
    }
  });
}

// The recommender benchmark's catalogue: every offering differs in duration, review date, price
// and wording, so no two credibility reports can be shared (the worst case for the batch).
describe('credibility, 100,000 fully diverse offerings (recommender synthetic)', () => {
  const diverse = asLoaded(syntheticCatalogue(bundledData().concepts, 100_000));
  bench(
    'evaluateCatalog',
    () => {
      evaluateCatalog(diverse, { asOf });
    },
    { iterations: 2, warmupIterations: 1 },
  );
});
