/**
 * Regression test (found by the hardening suite; owners: src/credibility for 1 and 3, src/relevance for 2).
 * 1. Failed before the fix: any `qualityAssurance` text earns the transparency element "quality assurance"
 *    (transparency.ts: `present: c.qualityAssurance !== undefined`), so adding
 *    `qualityAssurance: "Fully accredited."` to a course raises its score (e.g. 68.1 → 70 for a
 *    generated course; the sample's fake diploma says "Internationally accredited."). A bare
 *    claim of accreditation is not a description of quality assurance; it should not count (or
 *    should count only when it names a process or a recognised body).
 * 2. Failed before the fix: repeating the same skill in `skills` raises relevance: ['sepsis'] → 0.9029,
 *    ['sepsis','sepsis'] → 0.9115 (and ×5…×100 → 0.9118). Exact duplicates should be ignored.
 *    (The gain is small and saturates, so stuffing does not beat an honest course — that is
 *    tested in test/hardening/gaming.test.ts.)
 * 3. Failed before the fix: a host that embeds a short registered domain is not flagged as a look-alike
 *    domain: `https://rcn.org.uk.evil.example/` and `https://rcn-org-uk.example/` raise no
 *    `lookalike-domain` flag, because identity.ts only indexes registrable labels of ≥ 4
 *    characters ("rcn" is 3). Matching the whole registered domain (`rcn.org.uk`, `rcn-org-uk`)
 *    inside a host that is not under it would catch these without noise from short labels.
 */
import { describe, expect, it } from 'vitest';
import { createRecommender, evaluateCredibility, parseCourse } from '../../src/index.js';
import { ASOF, sampleCourses } from './support.js';

describe('gaming (regressions)', () => {
  it('"Fully accredited." as qualityAssurance does not raise credibility', () => {
    for (const course of sampleCourses().filter((c) => c.qualityAssurance === undefined)) {
      const claimed = parseCourse({ ...course, qualityAssurance: 'Fully accredited.' });
      expect(evaluateCredibility(claimed, { asOf: ASOF }).score).toBeLessThanOrEqual(
        evaluateCredibility(course, { asOf: ASOF }).score,
      );
    }
  });

  it('duplicate skills add no relevance', () => {
    const nurse = {
      profession: 'nurse',
      gaps: [{ skill: 'sepsis recognition', priority: 'high' }],
    };
    const once = parseCourse({
      id: 'once',
      title: 'Sepsis',
      skills: ['sepsis'],
      provider: { name: 'Q' },
    });
    const twice = parseCourse({ ...once, id: 'twice', skills: ['sepsis', 'sepsis', 'Sepsis'] });
    const r = createRecommender([once, twice], { asOf: ASOF });
    expect(r.explain(nurse, 'twice')!.relevance).toBe(r.explain(nurse, 'once')!.relevance);
  });

  it.each(['https://rcn.org.uk.evil.example/', 'https://rcn-org-uk.example/'])(
    'flags the look-alike domain %s',
    (url) => {
      const report = evaluateCredibility(
        parseCourse({ id: 'x', title: 'Wound care', url, provider: { name: 'Learning Ltd', url } }),
        { asOf: ASOF },
      );
      expect(report.flags.map((f) => f.code)).toContain('lookalike-domain');
    },
  );
});
