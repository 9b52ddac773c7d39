/** Accreditation asserted in an offering's own words without naming a body (src/credibility/accreditation-text.ts). */
import { describe, expect, it } from 'vitest';
import { unnamedAccreditation } from '../../src/credibility/accreditation-text.js';

describe('unnamedAccreditation', () => {
  it.each([
    'Fully Accredited Course – Botox & Fillers',
    'CPD accredited webinar with certificate',
    'Our accredited training leads to a certificate',
    'Accreditation included in the price',
    'accredited by CPD',
  ])('finds accreditation asserted without a body: %s', (text) => {
    expect(unnamedAccreditation(text)).toBeDefined();
  });

  it.each([
    // A body named before or after the words.
    "WGU's online, CCNE-accredited BSN to MSN program",
    'ICGP Accredited: Women’s Health in General Practice',
    'This event is accredited by the Royal College of Physicians of Ireland.',
    'Accredited by the CPD Certification Service for 6 CPD points',
    // Another institution's standing: eligibility, not a claim about the offering.
    "Master's in Health Information Management from an accredited school",
    '60 semester hours from a regionally accredited college/university',
    'training at an accredited laboratory within the last five years',
    // No accreditation words at all.
    'A one-hour webinar on sepsis',
  ])('finds none in: %s', (text) => {
    expect(unnamedAccreditation(text)).toBeUndefined();
  });
});
