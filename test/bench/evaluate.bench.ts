import { bench, describe } from 'vitest';
import { evaluateCatalog } from '../../src/credibility/index.js';
import { type Course, parseCourse } from '../../src/model/index.js';
import { defaultReference } from '../../src/reference/index.js';

/** Deterministic synthetic catalogue built from the reference data's real and fake names. */
function synthetic(n: number): Course[] {
  const ref = defaultReference().data;
  const bodies = [
    ...ref.accreditors.map((a) => a.name),
    ...ref.unrecognised.map((u) => u.name),
    'Accreditation Council for Continuing Medical Educaton',
    'Regional Training Board',
  ];
  const providers = [
    ...ref.providers.map((p) => ({
      name: p.name,
      type: p.type,
      url: `https://${p.domains[0] ?? 'x.example'}`,
    })),
    { name: 'Fictional Skills Ltd', type: 'education-company', url: 'https://skills.example' },
  ];
  let seed = 12345;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: n }, (_, i) =>
    parseCourse({
      id: `c${i}`,
      title: `Course ${i}`,
      provider: pick(providers),
      accreditations:
        rand() < 0.7 ? [{ body: pick(bodies), credits: Math.floor(rand() * 10) }] : [],
      durationHours: Math.floor(rand() * 20) + 1,
      assessment: { type: pick(['none', 'quiz', 'exam']) },
      lastReviewed: pick(['2016-01-01', '2022-05-01', '2025-09-01']),
      learningOutcomes: ['Outcome'],
    }),
  );
}

const sizes = [1_000, 10_000, 100_000];
for (const n of sizes) {
  const courses = synthetic(n);
  describe(`evaluateCatalog ${n.toLocaleString('en-GB')} offerings`, () => {
    bench(
      'evaluateCatalog',
      () => {
        evaluateCatalog(courses, { asOf: '2026-11-28' });
      },
      { iterations: n >= 100_000 ? 2 : 5, warmupIterations: 1 },
    );
  });
}
