import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/credibility/index.js';
import { type Course, parseCourse } from '../../src/model/index.js';

const asOf = '2026-12-07';
const course = (patch: Record<string, unknown>): Course =>
  parseCourse({ id: 'c', title: 'Dermal filler techniques', provider: { name: 'X' }, ...patch });
const flagOf = (c: Course, code: string) =>
  evaluateCredibility(c, { asOf }).flags.find((f) => f.code === code);

describe('an accreditor that accredits no company making health products', () => {
  const maker = { name: 'Lumivance Aesthetic Devices Inc.', type: 'industry' };

  it("flags such a company's own offering claiming the ACCME or the ANCC, and does not take it at its word", () => {
    for (const body of ['ACCME', 'American Nurses Credentialing Center']) {
      const c = course({ provider: maker, accreditations: [{ body }] });
      const found = flagOf(c, 'ineligible-company-accreditation');
      expect(found?.severity, body).toBe('warning');
      expect(found?.message).toMatch(/https:\/\//);
      expect(evaluateCredibility(c, { asOf }).grade, body).toBe('E');
    }
  });

  it("flags such an accreditor's credit awarded in the company's own name, not a sponsored provider's", () => {
    const own = course({
      provider: maker,
      accreditations: [{ body: maker.name, creditType: 'AMA PRA Category 1 Credit' }],
    });
    expect(flagOf(own, 'ineligible-company-accreditation')?.message).toMatch(
      /ACCME|Accreditation Council/,
    );
    const sponsored = course({
      provider: maker,
      accreditations: [
        { body: 'Quillmoor Medical Education', creditType: 'AMA PRA Category 1 Credit' },
      ],
    });
    expect(flagOf(sponsored, 'ineligible-company-accreditation')).toBeUndefined();
  });

  it('leaves dental CE recognition, which admits commercial providers, and other providers alone', () => {
    const dental = course({ provider: maker, accreditations: [{ body: 'ADA CERP' }] });
    expect(flagOf(dental, 'ineligible-company-accreditation')).toBeUndefined();
    const hospital = course({
      provider: { name: 'Springfield Clinic', type: 'healthcare-organisation' },
      accreditations: [{ body: 'ACCME' }],
    });
    expect(flagOf(hospital, 'ineligible-company-accreditation')).toBeUndefined();
  });
});

describe('"accredited" with no body named', () => {
  const description = 'A CPD accredited short course for clinical teachers.';

  it('warns when the provider is unverified', () => {
    const c = course({ provider: { name: 'Quillmoor Training' }, description });
    expect(flagOf(c, 'unsubstantiated-accreditation-claim')?.severity).toBe('warning');
  });

  it('only notes it when a university its address confirms says it (blind round 64)', () => {
    const c = course({
      provider: {
        name: 'Education Development Unit, Faculty of Health Sciences, University of Cape Town',
        url: 'https://health.uct.ac.za',
      },
      description,
    });
    expect(flagOf(c, 'unsubstantiated-accreditation-claim')?.severity).toBe('info');
  });

  it('only notes "nationally accredited" from an Australian provider: ASQA\'s register names it (blind round 115)', () => {
    const national =
      'This nationally accredited course is for nurses and allied health professionals.';
    const australian = course({
      provider: { name: 'Quillmoor Continence Foundation', url: 'https://quillmoor.org.au' },
      description: national,
    });
    const found = flagOf(australian, 'unsubstantiated-accreditation-claim');
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('training.gov.au');
    expect(
      flagOf(
        course({ provider: { name: 'Quillmoor Training', country: 'AU' }, description: national }),
        'unsubstantiated-accreditation-claim',
      )?.severity,
    ).toBe('info');
    // Elsewhere the words name no one.
    const elsewhere = course({
      provider: { name: 'Quillmoor Training', url: 'https://quillmoor.com' },
      description: national,
    });
    expect(flagOf(elsewhere, 'unsubstantiated-accreditation-claim')?.severity).toBe('warning');
  });
});
