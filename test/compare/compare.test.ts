import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCourses } from '../../src/compare/compare.js';
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
    expect(rows[0]?.accreditation.join(' ')).toMatch(/ama-pra-category-1/);
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
});
