import { describe, expect, it } from 'vitest';
import { namedBodies } from '../../src/credibility/accreditation-text.js';
import { evaluateCredibility } from '../../src/credibility/evaluate.js';
import { type Course, parseCourse } from '../../src/model/index.js';

const asOf = '2026-12-07';

const row = (course: Partial<Course> & { title: string }): Course =>
  parseCourse({ id: 'c', provider: { name: 'Maple Ridge Point-of-Care Academy' }, ...course });

const named = (course: Course) =>
  evaluateCredibility(course, { asOf }).flags.filter((f) =>
    f.message.startsWith('Its own words name'),
  );

describe('a listed mill named as accreditor in the offering’s own words (blind mills round 102)', () => {
  it('reads names after "by" and acronyms before accreditation words', () => {
    expect(namedBodies('Fully accredited by Accrediting Commission International (ACI)')).toEqual([
      'Accrediting Commission International',
    ]);
    expect(namedBodies('Level 7 Diploma (BOUA Accredited, 120 credits)')).toEqual(['BOUA']);
    // A credit's acronym is no body.
    expect(namedBodies('CPD accredited course')).toEqual([]);
  });

  it('flags the listed body, critical, in a description or a title', () => {
    const inWords = row({
      title: 'Emergency Ultrasound Online Certificate',
      description: 'Fully accredited by Accrediting Commission International (ACI).',
    });
    expect(named(inWords)).toEqual([
      expect.objectContaining({ code: 'unrecognised-accreditor', severity: 'critical' }),
    ]);
    expect(evaluateCredibility(inWords, { asOf }).grade).toBe('E');
    expect(
      named(
        row({ title: 'Level 7 Diploma in Healthcare Management (BOUA Accredited, 120 credits)' }),
      ),
    ).toHaveLength(1);
  });

  it('says nothing of a body the list does not hold, nor twice of one a claim names', () => {
    expect(
      named(
        row({ title: 'Sepsis update', description: 'Accredited by the Royal College of Nursing.' }),
      ),
    ).toEqual([]);
    const claimed = row({
      title: 'Emergency Ultrasound Online Certificate',
      description: 'Fully accredited by Accrediting Commission International.',
      accreditations: [{ body: 'Accrediting Commission International' }],
    });
    expect(named(claimed)).toEqual([]);
    expect(
      evaluateCredibility(claimed, { asOf }).flags.filter(
        (f) => f.code === 'unrecognised-accreditor',
      ),
    ).toHaveLength(1);
  });
});
