import { describe, expect, it } from 'vitest';
import { leadsToRegulatedStatus } from '../../src/credibility/regulated-status.js';

describe('leadsToRegulatedStatus', () => {
  it('reads what regulators grant, as programmes that lead to it say it', () => {
    for (const text of [
      'Independent Prescribing programme for pharmacists',
      'Therapeutics for scheduled medicines endorsement',
      'Return to Practice (Nursing)',
      // Blind round 34: the words real programmes used.
      'Our Return to Professional Practice course is approved by the Nursing and Midwifery Council (NMC).',
      'approved by the Pharmacy Board of Australia as a qualification leading to registration as a pharmacist',
      'Pre-registration nursing degree',
      'Re-entry to practice program for registered nurses',
      'Prescribing annotation for paramedics',
      // Blind round 35: the Psychology Board of Australia approves supervisor training.
      'eligible psychologists to apply for Board Approved Supervisor (BAS) status',
      // Blind round 32: the Ontario College of Pharmacists approves injection training.
      'Injections and Immunizations Certificate Program for Pharmacists',
      'Immunization Training Program for pharmacists',
      // The same in the other order (blind round 155: the Ontario Pharmacists Association's).
      'Immunizations and Injections Certificate Program for Pharmacists',
      // The Nursing Council of New Zealand approves these, and no CPD course.
      'Professional Development Recognition Programme (PDRP) portfolio',
      'Certificate in Nursing (Competence Assessment Programme)',
      'for New Zealand registered nurses returning to practice',
      'Postgraduate Diploma in Nursing (Registered Nurse Prescriber)',
      // The College of Nurses of Ontario approves RN prescribing education programmes (blind
      // round 32).
      'Ontario University Consortium RN Prescribing Education Program (HLTH 7111)',
      'Registered Nurse - Prescribing (Ontario College Graduate Certificate)',
      'the educational criteria for registered nurses to be authorized to prescribe',
      // A programme of a year or more: the New Zealand Society of Cosmetic Medicine's diploma,
      // which the Medical Council of New Zealand recognises (blind round 158).
      'A two-year postgraduate training programme for doctors, with written and practical exams.',
      'a 3-year vocational training program',
    ]) {
      expect(leadsToRegulatedStatus(text), text).toBe(true);
    }
  });

  it('reads nothing of the kind in a CPD course', () => {
    for (const text of [
      'Wound care update for practice nurses',
      'This NMC-approved course meets all your revalidation requirements',
      'Safeguarding Adults Level 3 – NMC Accredited CPD',
      // Refreshers are CPD; injectables are no regulator's authorisation to immunise.
      'Injection Administration & Immunization Refresher for Pharmacists',
      'Pharmacist Immunisation Update 2025',
      'Botox and dermal filler injection training – NMC approved',
      // CPD for those who already prescribe (blind mills round 32).
      'Pharmacist Prescriber Update: Deprescribing in Older Adults',
      // A year's CPD is no programme of study.
      'Covers a full year of Professional Competence Scheme CPD',
      'Two-day training course in minor surgery',
    ]) {
      expect(leadsToRegulatedStatus(text), text).toBe(false);
    }
  });
});
