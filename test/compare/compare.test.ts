import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCourses } from '../../src/compare/compare.js';
import { evaluateCatalog } from '../../src/credibility/evaluate.js';
import { resolvePolicy } from '../../src/credibility/policy.js';
import { parseCatalog } from '../../src/ingest/index.js';

const courses = parseCatalog(readFileSync('data/samples/catalogue.json'), {
  format: 'auto',
}).courses;
const pick = (...ids: string[]) => ids.map((id) => courses.find((c) => c.id === id)!);

describe('compareCourses', () => {
  it('returns one row per course, in order, with credibility and accreditation', () => {
    const rows = compareCourses(
      pick('acep-pocus-essentials', 'mill-harvard-clinical-academy-pocus'),
      { asOf: '2026-11-28' },
    );
    expect(rows.map((r) => r.id)).toEqual([
      'acep-pocus-essentials',
      'mill-harvard-clinical-academy-pocus',
    ]);
    expect(rows[0]?.accreditation.join(' ')).toMatch(/AMA PRA Category 1/);
    expect((rows[0]?.credibility ?? 0) > (rows[1]?.credibility ?? 0)).toBe(true);
    expect(rows[0]?.gapsCovered).toBeUndefined();
  });
  it('adds gaps covered when a profile is given', () => {
    const rows = compareCourses(pick('acep-pocus-essentials'), {
      asOf: '2026-11-28',
      profile: { profession: 'physician', gaps: ['POCUS', 'sepsis'] },
    });
    expect(rows[0]?.gapsCovered).toEqual(['POCUS']);
  });
  it('names a university only when it is confirmed, never from a self-declared type', () => {
    const rows = compareCourses(pick('kcl-advanced-ecg', 'omhu-diploma-critical-care'), {
      asOf: '2026-11-28',
    });
    expect(rows[0]?.university).toBe("King's College London");
    // Declares itself a university; nothing confirms it.
    expect(courses.find((c) => c.id === 'omhu-diploma-critical-care')?.provider.type).toBe(
      'university',
    );
    expect(rows[1]?.university).toBeUndefined();
  });
  it('evaluates under the given policy', () => {
    const chosen = pick('acep-pocus-essentials', 'kcl-advanced-ecg', 'badge-sepsis-champion');
    const { policy } = resolvePolicy({ weights: { accreditation: 0.6 } });
    const rows = compareCourses(chosen, { asOf: '2026-11-28', policy });
    const expected = evaluateCatalog(chosen, { asOf: '2026-11-28', policy });
    expect(rows.map((r) => r.credibility)).toEqual(expected.map((r) => r.score));
    const defaults = compareCourses(chosen, { asOf: '2026-11-28' });
    expect(rows.map((r) => r.credibility)).not.toEqual(defaults.map((r) => r.credibility));
  });
});
