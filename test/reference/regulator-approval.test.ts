import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/reference/data.js';
import { compileRegulatorApprovals } from '../../src/reference/regulator-approval.js';

describe('compileRegulatorApprovals', () => {
  const find = compileRegulatorApprovals(bundledData().regulators);

  it('finds a regulator that approves no CPD courses said to have approved something', () => {
    expect(find('Safeguarding Adults Level 3 – NMC Accredited CPD')?.regulator.name).toBe(
      'Nursing and Midwifery Council',
    );
    expect(find('Approved by the GMC for your annual appraisal')?.regulator.name).toBe(
      'General Medical Council',
    );
    expect(find('This HCPC-endorsed course')?.regulator.name).toBe(
      'Health and Care Professions Council',
    );
    // The country in one word (blind mills round 26).
    expect(find('Medical Council of NZ Endorsed Recertification Bundle')?.regulator.name).toBe(
      'Medical Council of New Zealand',
    );
    // A place in brackets said with "of", and the regulator's other names (blind mills round 16).
    expect(
      find('Approved by the Medical Council of Ireland for 8 External CPD credits')?.regulator.id,
    ).toBe('medical-council-ireland');
    expect(find('Approved by the Irish Medical Council')?.regulator.id).toBe(
      'medical-council-ireland',
    );
    // With an adverb before "by" (blind mills round 122).
    expect(
      find('The only CPD bundle approved directly by the Medical Council of Ireland.')?.regulator
        .id,
    ).toBe('medical-council-ireland');
    // The name its own standards shorten it to (blind mills round 56).
    expect(
      find('Paramedicine Board approved: satisfies your mandatory 8 hours of CPD')?.regulator.id,
    ).toBe('paramedicine-board-australia');
  });

  it('tells an approval of CPD itself from one of a programme, curriculum or trainer', () => {
    expect(find('Safeguarding Adults Level 3 – NMC Accredited CPD')?.ofCpd).toBe(true);
    expect(find('CPD accredited by the NMC')?.ofCpd).toBe(true);
    // The kind of CPD a regulator's scheme names (blind mills round 41).
    expect(find('GDC Approved Verifiable CPD: Dental Radiography')?.ofCpd).toBe(true);
    // A course presented as serving the regulator's own CPD scheme (blind mills rounds 22 and 24).
    for (const text of [
      'This NMC-approved course meets all your revalidation requirements in one purchase.',
      'GPhC Approved Revalidation Course for Pharmacy Technicians',
      'Approved by the GMC for your annual appraisal',
      'This module is approved by the Medical Council of New Zealand and on its own meets your annual recertification requirement.',
      'Approved by the Medical Council of Ireland for 8 External CPD credits towards your Professional Competence Scheme.',
      // A US board's scheme is its licence renewal (blind mills round 107).
      'Every hour pre-approved by the Nebraska Board of Nursing - guaranteed for renewal.',
    ]) {
      expect(find(text)?.forScheme, text).toBe(true);
    }
    // US boards' words for CE, and a board said to have pre-approved it (blind mills round 106).
    expect(find('Contact hours approved by the Nebraska Board of Nursing')?.ofCpd).toBe(true);
    expect(
      find('Nebraska Board of Nursing Pre-Approved 20 Contact Hour Bundle')?.regulator.id,
    ).toBe('nebraska-board-of-nursing');
    // A renewal it does not approve anything for is no approval.
    expect(find('Counts toward your Nebraska Board of Nursing license renewal')).toBeUndefined();
    // What such regulators do approve (a sweep of UK phrasings at the end of the session).
    for (const text of [
      'Delivered to the GMC-approved curriculum for core surgical training.',
      'For doctors in GMC-approved training posts.',
      'This course supports GMC recognised trainers.',
      'An HCPC approved programme in paramedic science.',
      // A subject, not the GMC's appraisal.
      'Critical appraisal of the evidence, for GMC-approved trainers.',
    ]) {
      expect(find(text)?.ofCpd, text).toBe(false);
      expect(find(text)?.forScheme, text).toBe(false);
    }
  });

  it('finds nothing in a mention of a requirement, or for a regulator that approves CE itself', () => {
    expect(find('Counts towards your NMC revalidation')).toBeUndefined();
    expect(find('Meets HCPC CPD standards')).toBeUndefined();
    // The Florida Board of Nursing approves CE providers (approvesCpd: true).
    expect(find('Approved by the Florida Board of Nursing')).toBeUndefined();
    // Letters inside another word are no acronym.
    expect(find('Hanmc approved')).toBeUndefined();
  });
});
