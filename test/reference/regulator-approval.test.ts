import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/reference/data.js';
import { compileRegulatorApprovals } from '../../src/reference/regulator-approval.js';

describe('compileRegulatorApprovals', () => {
  const find = compileRegulatorApprovals(bundledData().regulators);

  it('finds a regulator that approves no CPD courses said to have approved something', () => {
    expect(find('Safeguarding Adults Level 3 – NMC Accredited CPD')?.name).toBe(
      'Nursing and Midwifery Council',
    );
    expect(find('Approved by the GMC for your annual appraisal')?.name).toBe(
      'General Medical Council',
    );
    expect(find('This HCPC-endorsed course')?.name).toBe('Health and Care Professions Council');
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
