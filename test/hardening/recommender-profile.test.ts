/**
 * Regression test (found by the hardening suite; owner: src/recommend, src/compare).
 * Failed before the fix: Recommender.recommend/plan/whyNot/explain and compareCourses({ profile }) parse the
 * profile with `ClinicianProfileSchema.parse`, so an invalid profile throws a raw `ZodError`
 * (message: a JSON dump of zod issues) instead of `CredenceValidationError` with readable
 * messages (`the profile: gaps must be a list, got "sepsis"`). parseProfile already does this.
 *   recommend({ profession: 'nurse', gaps: 'sepsis' })  → ZodError [{"expected":"array",…}]
 *   plan({})                                           → ZodError
 *   whyNot({ gaps: [] }, 'x')                          → ZodError
 *   explain(null, 'x')                                 → ZodError
 *   compareCourses(cs, { profile: { profession: 'nurse' } }) → ZodError
 *   recommend({ profession: 'nurse', gaps: ['x'.repeat(600)] }) → ZodError (too_big, 500)
 * Fix: use parseProfile (src/model/parse.ts) in recommender.ts `parse`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CredenceValidationError, compareCourses, createRecommender } from '../../src/index.js';
import { ASOF, anyValue, params, sampleCourses } from './support.js';

const r = createRecommender(sampleCourses(), { asOf: ASOF });
const calls = {
  recommend: (p: unknown) => r.recommend(p as never),
  plan: (p: unknown) => r.plan(p as never),
  whyNot: (p: unknown) => r.whyNot(p as never, 'x'),
  explain: (p: unknown) => r.explain(p as never, 'x'),
  compare: (p: unknown) =>
    compareCourses(sampleCourses().slice(0, 2), { asOf: ASOF, profile: p as never }),
};

describe('recommender and compare reject invalid profiles with CredenceValidationError', () => {
  it.each(Object.entries(calls))('%s', (_name, call) => {
    for (const bad of [
      { profession: 'nurse', gaps: 'sepsis' },
      {},
      null,
      { gaps: [] },
      { profession: 'nurse', gaps: ['x'.repeat(600)] },
    ]) {
      expect(() => call(bad)).toThrow(CredenceValidationError);
    }
    fc.assert(
      fc.property(anyValue, (value) => {
        try {
          call(value);
        } catch (error) {
          expect(error).toBeInstanceOf(CredenceValidationError);
          expect((error as Error).message).toMatch(/^credence: the profile is invalid/);
        }
      }),
      params(100),
    );
  });
});
