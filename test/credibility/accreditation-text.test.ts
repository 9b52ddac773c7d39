/**
 * Accreditation asserted in an offering's own words without naming a body
 * (src/credibility/accreditation-text.ts). The texts not flagged are real providers' words.
 */
import { describe, expect, it } from 'vitest';
import { namesNoBody, unnamedAccreditation } from '../../src/credibility/accreditation-text.js';
import { evaluateCredibility } from '../../src/index.js';

describe('unnamedAccreditation', () => {
  it.each([
    ['Fully Accredited Course – Botox & Fillers', ''],
    ['Emergency First Aid at Work (blended)', 'This course is CPD Certified.'],
    ['Introduction to Dementia', 'The course is CPD accredited and offers carers a certificate.'],
    ['Phlebotomy refresher', 'Our accredited training leads to a certificate.'],
    ['CPR/AED Certification', 'Learn CPR in a day. CPD Accredited.'],
    // Capitalised words before "Accredited" that are no organisation's name.
    ['Botox', 'The Botox And Dermal Fillers Accredited Course: injectables in a day.'],
  ])('finds the offering claimed accredited with no body named: %s', (title, description) => {
    expect(unnamedAccreditation(title, description)).toBeDefined();
  });

  it.each([
    // A title's accreditation words alone: a kind of activity, or what is left of a page that
    // names the body (the GPCE's "Accredited Learning Module" is RACGP-accredited).
    ['Accredited Learning Module (ALM)', ''],
    ['Accredited CME at BayCare', ''],
    ['CPR/AED Certification – CPD Accredited', 'Learn CPR in a day.'],
    // A body named before or after the words, in the title or the description.
    ['BSN to MSN', "WGU's online, CCNE-accredited BSN to MSN program prepares educators."],
    ['ICGP Accredited: Women’s Health in General Practice', ''],
    // NHS England's Centre for Advancing Practice, of its own advanced-practice badge.
    [
      'Advanced digital badge',
      'Practitioners who have completed a Centre for Advancing Practice accredited programme are eligible for an Advanced digital badge.',
    ],
    ['Moving and handling', 'Skills for Care endorsed training for care workers.'],
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
    // The provider's other offerings in the plural, beside this one (blind round 80: the European
    // Atherosclerosis Society's certificate "alongside … courses and accredited webinars").
    [
      'EAS Certificate of Excellence in Lipidology',
      'In 2021 the certificate attracted 750 registrants alongside EAS rare lipid disorder courses and accredited webinars.',
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

describe('namesNoBody: a claim column holding only the claim', () => {
  it.each([
    'CPD accredited',
    'Accredited CPD',
    'Fully Accredited Course',
    'CME Accredited',
    'CPD approved',
    'CPD Certified',
    'Fully accredited – CPD points',
    'CME/CPD Accredited Conference',
    'CPD Accredited Event – Certificate of Attendance',
    // A provider said to be accredited, by no one named (blind mills round 60).
    'Accredited CPD Provider',
  ])('%s names no body', (body) => {
    expect(namesNoBody(body)).toBe(true);
  });

  it.each([
    'RCN accredited',
    'Quillmore Accreditation Council accredited course',
    'The CPD Certification Service',
    'Nationally Recognised Training',
    'CPD points',
    'Fully accredited with ARAP',
    'Fully Accredited Course (CPD accreditation group)',
  ])('%s is not read as naming no body', (body) => {
    expect(namesNoBody(body)).toBe(false);
  });
});

describe('an unnamed claim in the accreditation column', () => {
  const course = (description?: string) => ({
    id: 'x',
    title: 'Lip filler foundation course',
    provider: { name: 'Velvet Diamond Aesthetics', type: 'education-company' as const },
    accreditations: [{ body: 'CPD Accredited' }],
    ...(description ? { description } : {}),
  });
  const codes = (description?: string) =>
    evaluateCredibility(course(description), { asOf: '2026-12-06' }).flags.map((f) => f.code);

  it('is warned about as the same words in a description are', () => {
    expect(codes()).toContain('unsubstantiated-accreditation-claim');
  });

  it('is not, when the description names who accredits it', () => {
    expect(codes('Accredited by the CPD Standards Office.')).not.toContain(
      'unsubstantiated-accreditation-claim',
    );
  });

  it('still is, when the description names only credit ("with CPD points")', () => {
    expect(codes('Fully accredited with CPD points on completion.')).toContain(
      'unsubstantiated-accreditation-claim',
    );
  });
});
