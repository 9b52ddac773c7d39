/**
 * Accreditation asserted in an offering's own words without naming a body
 * (src/credibility/accreditation-text.ts). The texts not flagged are real providers' words.
 */
import { describe, expect, it } from 'vitest';
import { unnamedAccreditation } from '../../src/credibility/accreditation-text.js';

describe('unnamedAccreditation', () => {
  it.each([
    ['Fully Accredited Course – Botox & Fillers', ''],
    ['Emergency First Aid at Work (blended, CPD Certified)', ''],
    ['Introduction to Dementia', 'The course is CPD accredited and offers carers a certificate.'],
    ['Phlebotomy refresher', 'Our accredited training leads to a certificate.'],
    ['CPR/AED Certification – CPD Accredited', 'Learn CPR in a day.'],
  ])('finds the offering claimed accredited with no body named: %s', (title, description) => {
    expect(unnamedAccreditation(title, description)).toBeDefined();
  });

  it.each([
    // A body named before or after the words, in the title or the description.
    ['BSN to MSN', "WGU's online, CCNE-accredited BSN to MSN program prepares educators."],
    ['ICGP Accredited: Women’s Health in General Practice', ''],
    [
      'Infection Control in Health and Social Care (CPD accredited)',
      'Accredited CPD training online, fully backed by the CPD Standards Office.',
    ],
    [
      'Recognising Sepsis (enduring CNE activity)',
      "The Council is accredited as a provider of continuing nursing education by the American Nurses Credentialing Center's Commission on Accreditation.",
    ],
    // Accreditation said of another institution, or as the topic.
    [
      'Nursing, Post-Baccalaureate Certificate',
      'Applicants must hold a baccalaureate degree in nursing from a program accredited by a nationally recognized accrediting agency.',
    ],
    [
      'Health Information Management',
      "Master's in Health Information Management from an accredited school.",
    ],
    [
      'Regulatory & Accreditation Micro-credential',
      'Regulation and accreditation for quality staff.',
    ],
    [
      'Dementia Knowledge to Action Program',
      "It delivers the Government's program, which also funds accredited dementia care vocational training courses.",
    ],
    // No accreditation words at all.
    ['A one-hour webinar on sepsis', 'Recorded for later viewing.'],
  ])('finds none in: %s', (title, description) => {
    expect(unnamedAccreditation(title, description)).toBeUndefined();
  });
});
