/**
 * Regression test (found by the hardening suite; owner: src/reference/taxonomy*.ts, src/relevance).
 * Failed before the fix: `resolvePhrase` is super-linear in the length of the phrase (it already cuts to
 * 500 characters, but the typo/fuzzy path over many tokens is ~quadratic). Measured:
 *   'Аccreditation ' repeated to  100 chars → 0.4 s;  200 → 1.1 s;  500 → 8.6 s
 *   'university '    repeated to  500 chars → 2.5 s;  '1.' × 250 → 4.7 s
 *   recommend({ gaps: [that 500-char text] }) on the sample catalogue → 9.8 s
 *   createRecommender on one course whose skills[0] is 50 k chars    → 2–4.5 s
 *   recommend with 200 ordinary gaps ("sepsis recognition and escalation on the ward 17", the
 *   profile maximum) on the 82-course sample                          → 9.4 s
 * A user-typed gap (up to 500 characters, accepted by the profile schema) can stall a request for
 * ~10 s. Fix idea: cap the number of tokens fed to fuzzy matching (e.g. the first 12 distinct
 * tokens / 120 characters) and de-duplicate tokens before matching.
 */
import { describe, it } from 'vitest';
import {
  createRecommender,
  createTaxonomyIndex,
  defaultReference,
  resolvePhrase,
  validateCourses,
} from '../../src/index.js';
import { ASOF, sampleCourses, timed } from './support.js';

const index = createTaxonomyIndex(defaultReference().data.concepts);
const PHRASES = ['Аccreditation ', 'university ', '1.', 'sepsis recogntion ', 'AB '].map((w) =>
  w.repeat(Math.ceil(500 / w.length)).slice(0, 500),
);

describe('phrase resolution is bounded', () => {
  it.each(PHRASES)('resolvePhrase on 500 chars of %s is not super-linear', (phrase) => {
    timed('resolvePhrase', () => resolvePhrase(index, phrase), 5_000);
  });

  it('recommend with a 500-character gap is not super-linear', () => {
    const r = createRecommender(sampleCourses(), { asOf: ASOF });
    timed('recommend', () => r.recommend({ profession: 'nurse', gaps: [PHRASES[0]!] }), 5_000);
  });

  it('indexing a course with a 50 k-character skill stays far from the seconds it once took', () => {
    const { courses } = validateCourses([
      { id: 'c', title: 'T', provider: { name: 'P' }, skills: ['Аccreditation '.repeat(3_500)] },
    ]);
    timed(
      'createRecommender',
      () =>
        createRecommender(courses, { asOf: ASOF }).recommend({
          profession: 'nurse',
          gaps: ['sepsis'],
        }),
      5_000,
    );
  });

  it('recommend with 200 ordinary 50-character gaps is not super-linear', () => {
    const r = createRecommender(sampleCourses(), { asOf: ASOF });
    const gaps = Array.from(
      { length: 200 },
      (_, i) => `sepsis recognition and escalation on the ward ${i}`,
    );
    timed('recommend(200 gaps)', () => r.recommend({ profession: 'nurse', gaps }), 5_000);
  });
});
