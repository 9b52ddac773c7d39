import { describe, expect, it } from 'vitest';
import { namedBodies } from '../../src/credibility/accreditation-text.js';
import { evaluateCredibility } from '../../src/credibility/evaluate.js';
import type { Course } from '../../src/model/index.js';
import { rowsFrom } from '../support/rows.js';

const asOf = '2026-12-07';

const row = rowsFrom('Maple Ridge Point-of-Care Academy');

const named = (course: Course) =>
  evaluateCredibility(course, { asOf }).flags.filter((f) =>
    f.message.startsWith('Its own words name'),
  );

describe('a listed mill or a look-alike named as accreditor in the offering’s own words', () => {
  it('reads names after "by" and acronyms before accreditation words', () => {
    expect(namedBodies('Fully accredited by Accrediting Commission International (ACI)')).toEqual([
      'Accrediting Commission International',
    ]);
    expect(namedBodies('Level 7 Diploma (BOUA Accredited, 120 credits)')).toEqual(['BOUA']);
    // A credit's acronym is no body.
    expect(namedBodies('CPD accredited course')).toEqual([]);
    // Acronyms joined by "and" are each a body (blind mills round 130); a name with "and" in it
    // stays whole.
    expect(namedBodies('Dual-accredited by IAAOU and UCOEA')).toEqual(['IAAOU', 'UCOEA']);
    expect(
      namedBodies('Approved by the Royal College of Physicians and Surgeons of Canada'),
    ).toEqual(['Royal College of Physicians and Surgeons of Canada']);
  });

  it('flags a listed mill among acronyms joined by "and" (blind mills round 130)', () => {
    const joined = row({
      title: 'Allied Health Professional Development Diploma – 60 CE Credits',
      description: 'Dual-accredited by IAAOU and UCOEA.',
    });
    expect(named(joined)).toEqual([
      expect.objectContaining({ code: 'unrecognised-accreditor', severity: 'critical' }),
    ]);
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
    // A fake university named as the awarder, on Pakistan's HEC list (blind mills round 104).
    expect(
      named(
        row({
          title: 'Diploma in Hospital Infection Control – Awarded by Glamshire University, Karachi',
        }),
      ),
    ).toEqual([expect.objectContaining({ code: 'unrecognised-accreditor' })]);
  });

  it('flags a name imitating a known body, as in a claim (blind mills round 103)', () => {
    expect(
      namedBodies('accredited by the Accreditation Council for Continuing Medical Educators'),
    ).toEqual(['Accreditation Council for Continuing Medical Educators']);
    const swapped = row({
      title:
        'Hospital Medicine Board Review Intensive – 45 Category 1 Credits, accredited by the Accreditation Council for Continuing Medical Educators',
    });
    expect(named(swapped)).toEqual([expect.objectContaining({ code: 'lookalike-accreditor' })]);
    // The body's own name is no imitation.
    expect(
      named(
        row({
          title: 'Hospital Medicine Update',
          description:
            'Accredited by the Accreditation Council for Continuing Medical Education to provide CME.',
        }),
      ),
    ).toEqual([]);
  });

  it('flags a recognised accreditor named from an address imitating it, as in a claim', () => {
    // Blind mills round 110: a course page on a copy of ACPE's domain under another suffix.
    const copy = row({
      title: 'Pharmacy Law & Controlled Substances Update (2.0 contact hours, ACPE)',
      url: 'https://www.acpe-accredit.net/providers/rxnova/pharmacy-law-2h',
      description: 'ACPE-accredited – confirm our provider listing on acpe-accredit.net.',
    });
    expect(named(copy)).toEqual([
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'critical' }),
    ]);
    // The same words from the provider's own site name ACPE as accredited providers do.
    expect(named({ ...copy, url: 'https://www.rxnova-ce.com/pharmacy-law-2h' } as Course)).toEqual(
      [],
    );
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
