/**
 * Regression test (found by the hardening suite; owner: src/credibility/claim-text.ts, which now
 * reads claims; the cleaning below was `cleanBodyName` in claims.ts).
 * Failed before the fix: `cleanBodyName` backtracks quadratically. WRAPPERS contains the unanchored-start
 * alternative `\s+(?:accredited|approved|certified)$` (with /g), so for every run of whitespace
 * the engine scans to the end; `parenthetical` (`/^(.*?)\s*\(([^()]{2,80})\)\s*$/`) does the
 * same with `.*?` + `\s*`. Measured on 50 k characters:
 *   cleanBodyName('a' + ' '.repeat(50_000) + 'x')                     ≈ 8.7 s
 *   evaluateCredibility with accreditations[0].body = that string   ≈ 15 s
 *   compareCourses on such a course (claims resolved 3×)             ≈ 50–90 s
 * An accreditation body may be 100 000 characters (LIMITS.maxStringLength), so one scraped record
 * can stall a batch. Fix: match the trailing wrapper on `body.trimEnd()` with an anchored
 * `(?:^|\s)(?:accredited|…)$` test or a manual suffix check, and cap the text given to
 * `parenthetical` (names are never longer than a few hundred characters).
 */
import { describe, expect, it } from 'vitest';
import { readClaimText } from '../../src/credibility/claim-text.js';
import { evaluateCatalog, validateCourses } from '../../src/index.js';
import { ASOF, timed } from './support.js';

const N = 50_000;
const ADVERSARIAL = {
  spaces: `a${' '.repeat(N)}x`,
  spacesOnly: `${' '.repeat(N)}x`,
  tabsSpaces: `x${' \t'.repeat(N / 2)}y`,
  parenthetical: `a${' '.repeat(N)}(ab)x`,
};

// Linear work takes milliseconds; the quadratic regression took 8.7 s. The limits are generous
// so that a loaded machine never fails them (timings belong in benchmarks).
describe('accreditation claim reading is linear-time', () => {
  it.each(Object.entries(ADVERSARIAL))('readClaimText on %s in < 3 s', (_name, s) => {
    timed('readClaimText', () => readClaimText(s));
  });

  it.each(Object.entries(ADVERSARIAL))(
    'evaluating a course whose body is %s in < 3 s',
    (_name, s) => {
      const { courses } = validateCourses([
        { id: 'c', title: 'T', provider: { name: 'P' }, accreditations: [{ body: s }] },
      ]);
      expect(courses).toHaveLength(1);
      timed('evaluateCatalog', () => evaluateCatalog(courses, { asOf: ASOF }));
    },
  );
});
