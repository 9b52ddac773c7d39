/**
 * Default policy values, each with its reason. Users override any part with a policy file.
 * @module
 */
import type { Policy } from '../model/policy.js';

/** The default policy. */
export const DEFAULT_POLICY: Policy = {
  weights: {
    // Who stands behind the offering: the usual advice is to prefer organisations that specialise
    // in educating health professionals (professional bodies, royal colleges, universities).
    provider: 0.2,
    // Independent accreditation by a recognised healthcare accreditor (ACCME, ANCC, RCN, …) is
    // the strongest single signal a clinician can check; DOMAIN.md §5 evidence tiers.
    accreditation: 0.3,
    // University backing / academic credit (EU Recommendation 2022/C 243/02: QA and credit).
    // An alternative to accreditation, not an addition: see docs/credibility-model.md.
    university: 0.1,
    // Assessment is required by the Australian NMF and UNESCO's definition (DOMAIN.md §1.2, §1.4).
    assessment: 0.15,
    // EU Annex I elements and the essentials a clinician needs before paying (DOMAIN.md §1.1).
    transparency: 0.1,
    // Healthcare guidance moves: NICE and resuscitation guidelines are revised every few years.
    currency: 0.1,
    // Moore's outcome levels (DOMAIN.md §3): evidence of effect beyond attendance.
    outcomes: 0.05,
  },
  // Grade bands on the 0–100 score: A needs strong backing and transparency together.
  gradeBands: { A: 80, B: 65, C: 50, D: 35 },
  // A critical red flag (mill accreditor, look-alike name) caps the grade at D whatever the rest.
  criticalGradeCap: 'D',
  thresholds: {
    // Reviewed within 2 years: current. NICE surveillance reviews guidelines on a rolling basis
    // and resuscitation guidelines (ERC/RCUK) are revised about every 5 years (2015, 2021, 2025).
    freshYears: 2,
    // Older than 5 years: at least one guideline cycle has passed without review.
    staleYears: 5,
    // Below half the evidence weight known, the score says more about the catalogue than the course.
    minConfidence: 0.5,
    // Edit similarity from which a near-miss of a recognised name is flagged (≈1 edit per 10 letters).
    lookalikeSimilarity: 0.9,
    // NZQA: micro-credential titles may not use qualification words; a diploma or degree is far
    // more than 40 hours of learning (NZQA 1 credit = 10 h; micro-credentials 5–40 credits).
    qualificationWordMinHours: 40,
    // Credits may exceed the hours they need by 25 % (rounding to ¼ credit, breaks counted).
    creditPerHourTolerance: 1.25,
  },
  penalties: {
    // A critical flag (accreditation mill, look-alike accreditor, impersonated provider) means the
    // offering misrepresents itself: keep 60 % of its weighted score per flag.
    critical: 0.6,
    // Each deceptive warning (a "Diploma" of 3 hours, "certified" with nothing assessed, credit
    // beyond the hours) keeps 85 %.
    deceptiveWarning: 0.85,
    // Never below 25 %: the factors' evidence still says what is there.
    floor: 0.25,
  },
  ranking: {
    // Relevance first: a credible course on the wrong topic closes no gap.
    relevance: 0.6,
    credibility: 0.25,
    fit: 0.15,
    excludeCritical: true,
    minRelevance: 0.2,
    diversity: 0.3,
  },
};

/** Assessment strength by type (none < self-assessment < quiz < exam/practical/portfolio/observed). */
export const ASSESSMENT_SCORES: Readonly<Record<string, number>> = {
  none: 0,
  'self-assessment': 0.25,
  quiz: 0.5,
  exam: 0.8,
  practical: 0.85,
  portfolio: 0.85,
  'observed-practice': 0.85,
};

/** Moore, Green & Gallis (2009) levels as evidence of effect. */
export const OUTCOME_SCORES: Readonly<Record<string, number>> = {
  participation: 0.1,
  satisfaction: 0.2,
  learning: 0.45,
  competence: 0.65,
  performance: 0.85,
  'patient-health': 1,
  'community-health': 1,
};

/** Provider type strength when the identity is verified, and when it is only claimed. */
export const PROVIDER_TYPE_SCORES: Readonly<Record<string, { verified: number; claimed: number }>> =
  {
    university: { verified: 1, claimed: 0.3 },
    'professional-body': { verified: 1, claimed: 0.45 },
    'healthcare-organisation': { verified: 0.9, claimed: 0.45 },
    'education-company': { verified: 0.6, claimed: 0.35 },
    // Makers and sellers of health products are ineligible to provide accredited CE (ACCME, ANCC).
    industry: { verified: 0.25, claimed: 0.2 },
    individual: { verified: 0.3, claimed: 0.15 },
  };

/** Value of a recognised accreditation by the body's kind. */
export const ACCREDITOR_KIND_SCORES: Readonly<Record<string, number>> = {
  'healthcare-accreditor': 1,
  regulator: 1,
  'professional-body-approval': 0.85,
  'higher-education-qa': 0.7,
  // Generic CPD services accredit any sector; no regulator recognises them specifically.
  'generic-cpd-accreditor': 0.4,
};
