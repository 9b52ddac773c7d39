import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateCatalog,
  evaluateCredibility,
  summarizeCatalog,
} from '../../src/credibility/index.js';
import {
  ASSESSMENT_TYPES,
  OUTCOME_LEVELS,
  PROVIDER_TYPES,
  parseCourse,
} from '../../src/model/index.js';

const asOf = '2026-11-28';
const BODIES = [
  'ACCME',
  'ANCC',
  'Royal College of Nursing Centre for Professional Accreditation',
  'The CPD Certification Service',
  'Unknown Board',
  'Accreditation Council for Continuing Medical Educaton',
];

const courseArb = fc.record(
  {
    id: fc.constant('c'),
    title: fc.constantFrom('Sepsis recognition', 'Diploma in ECG', 'ECG certification'),
    provider: fc.record(
      {
        name: fc.constantFrom(
          'Royal College of Nursing',
          'Fictional Ltd',
          'Harvard Clinical Academy',
        ),
        type: fc.constantFrom(...PROVIDER_TYPES),
        url: fc.constantFrom(
          'https://www.rcn.org.uk',
          'https://fictional.example',
          'https://www.kcl.ac.uk',
        ),
      },
      { requiredKeys: ['name'] },
    ),
    accreditations: fc.array(
      fc.record(
        { body: fc.constantFrom(...BODIES), credits: fc.integer({ min: 0, max: 30 }) },
        { requiredKeys: ['body'] },
      ),
      { maxLength: 3 },
    ),
    durationHours: fc.integer({ min: 0, max: 200 }),
    assessment: fc.record(
      { type: fc.constantFrom(...ASSESSMENT_TYPES), supervised: fc.boolean() },
      { requiredKeys: ['type'] },
    ),
    lastReviewed: fc.constantFrom('2012-01-01', '2020-06-01', '2025-01-01', '2026-10-01'),
    outcomesLevel: fc.constantFrom(...OUTCOME_LEVELS),
    learningOutcomes: fc.array(fc.constantFrom('Recognise sepsis', 'Interpret ECGs'), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['id', 'title', 'provider'] },
);

const score = (c: unknown) => evaluateCredibility(parseCourse(c), { asOf });

describe('credibility invariants', () => {
  it('keeps score in 0–100 and confidence in 0–1, deterministically', () => {
    fc.assert(
      fc.property(courseArb, (c) => {
        const a = score(c);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(score(c)).toEqual(a);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('never raises the score when information is removed', () => {
    const optional = [
      'accreditations',
      'durationHours',
      'assessment',
      'lastReviewed',
      'outcomesLevel',
      'learningOutcomes',
    ] as const;
    fc.assert(
      fc.property(courseArb, fc.constantFrom(...optional), (c, field) => {
        const without = { ...c } as Record<string, unknown>;
        delete without[field];
        const full = score(c);
        const less = score(without);
        // Removing a field that triggered a red-flag penalty lifts the penalty by design (the
        // penalty is for the deceptive claim, not for information); compare penalty-free cases.
        if (full.factors.some((f) => f.id === 'red-flags')) return;
        expect(less.score).toBeLessThanOrEqual(full.score + 1e-9);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('never lowers the score when assessment improves', () => {
    fc.assert(
      fc.property(courseArb, (c) => {
        const weaker = { ...c, assessment: { type: 'none' } };
        const stronger = {
          ...c,
          assessment: { type: 'observed-practice', supervised: true, identityVerified: true },
        };
        expect(score(stronger).score).toBeGreaterThanOrEqual(score(weaker).score);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('gives every offering of a batch its one-by-one report, in any catalogue order', () => {
    // The batch shares results between offerings whose deciding inputs are equal (claims across
    // providers, accreditation across durations that pass the same checks, whole reports):
    // any key that misses an input shows up here as a batch report that differs.
    // Small pools make offerings collide on claims, providers and durations, so shared results
    // are exercised (including the implausible-credit checks and self-designated credit).
    // Claims that differ in one field only must not share a resolution.
    const claimArb = fc.record({
      body: fc.constantFrom('ACCME', 'Fictional Ltd', 'Unknown Board'),
      credits: fc.constantFrom(1, 20),
      creditType: fc.constantFrom('AMA PRA Category 1 Credit', undefined),
      unit: fc.constantFrom('hours', undefined),
      validUntil: fc.constantFrom('2020-01-01', '2030-01-01', undefined),
      reference: fc.constantFrom('retroactive approval', undefined),
    });
    const batchArb = fc
      .array(
        fc.record({
          course: courseArb,
          provider: fc.constantFrom('Fictional Ltd', 'Royal College of Nursing', 'Other Co'),
          claims: fc.array(claimArb, { maxLength: 2 }),
          durationHours: fc.constantFrom(0.5, 2, 8, 30),
          format: fc.constantFrom('in-person', 'live-online', 'self-paced-online', undefined),
        }),
        { minLength: 1, maxLength: 12 },
      )
      .map((items) =>
        items.map(({ course, provider, claims, durationHours, format }, i) =>
          parseCourse({
            ...course,
            id: `c${i}`,
            provider: { ...course.provider, name: provider },
            durationHours,
            ...(format ? { format } : {}),
            accreditations: claims.map((c) =>
              Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)),
            ),
          }),
        ),
      );
    fc.assert(
      fc.property(batchArb, fc.nat(), (courses, shift) => {
        const alone = courses.map((c) => evaluateCredibility(c, { asOf }));
        expect(evaluateCatalog(courses, { asOf })).toEqual(alone);
        // The recommender's summaries are the same reports without their factor entries.
        expect(summarizeCatalog(courses, { asOf })).toEqual(
          alone.map(({ factors: _, ...summary }) => summary),
        );
        const k = shift % courses.length;
        const rotated = [...courses.slice(k), ...courses.slice(0, k)];
        const byId = new Map(evaluateCatalog(rotated, { asOf }).map((r) => [r.id, r]));
        expect(courses.map((c) => byId.get(c.id))).toEqual(alone);
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it('does not depend on the rest of the catalogue', () => {
    fc.assert(
      fc.property(courseArb, courseArb, (a, b) => {
        const alone = score(a);
        score({ ...b, id: 'other' });
        expect(score(a)).toEqual(alone);
      }),
      { numRuns: 50, seed: 3 },
    );
  });
});
