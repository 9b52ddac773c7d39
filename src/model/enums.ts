/**
 * The closed vocabularies of the public contract (`CONTRACT.md`). Each list is the normalised,
 * lower-case form that credence outputs; input is matched case-insensitively.
 * @module
 */

/** Who runs an offering. `unknown` is the default when a catalogue does not say. */
export const PROVIDER_TYPES = [
  'university',
  'professional-body',
  'healthcare-organisation',
  'education-company',
  'industry',
  'individual',
  'unknown',
] as const;
/** One of {@link PROVIDER_TYPES}. */
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** What a partner organisation does for an offering. */
export const PARTNER_ROLES = ['co-issuer', 'credit-awarding', 'endorser', 'host'] as const;
/** One of {@link PARTNER_ROLES}. */
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** Units in which an accreditation claim states its credit. */
export const CREDIT_UNITS = ['hours', 'credits', 'contact-hours', 'ceu', 'ects', 'points'] as const;
/** One of {@link CREDIT_UNITS}. */
export type CreditUnit = (typeof CREDIT_UNITS)[number];
/** How each credit unit is written for people. */
export const CREDIT_UNIT_NAMES: Readonly<Record<CreditUnit, string>> = {
  hours: 'hours',
  credits: 'credits',
  'contact-hours': 'contact hours',
  ceu: 'CEUs',
  ects: 'ECTS credits',
  points: 'points',
};

/** Units of academic credit that count toward an award. */
export const ACADEMIC_CREDIT_UNITS = [
  'ects',
  'uk-credits',
  'us-credit-hours',
  'nz-credits',
] as const;
/** One of {@link ACADEMIC_CREDIT_UNITS}. */
export type AcademicCreditUnit = (typeof ACADEMIC_CREDIT_UNITS)[number];
/** How each academic credit unit is written for people. */
export const ACADEMIC_CREDIT_UNIT_NAMES: Readonly<Record<AcademicCreditUnit, string>> = {
  ects: 'ECTS credits',
  'uk-credits': 'UK (CATS) credits',
  'us-credit-hours': 'US credit hours',
  'nz-credits': 'NZQCF credits',
};

/** Audience level of an offering. */
export const AUDIENCE_LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
/** One of {@link AUDIENCE_LEVELS}. */
export type AudienceLevel = (typeof AUDIENCE_LEVELS)[number];

/** How an offering is delivered. */
export const FORMATS = [
  'self-paced-online',
  'live-online',
  'in-person',
  'blended',
  'workplace',
] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Assessment types, from weakest to strongest evidence of learning. */
export const ASSESSMENT_TYPES = [
  'none',
  'self-assessment',
  'quiz',
  'exam',
  'practical',
  'portfolio',
  'observed-practice',
] as const;
/** One of {@link ASSESSMENT_TYPES}. */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/** What a learner receives on completion. */
export const CREDENTIAL_TYPES = [
  'micro-credential',
  'digital-badge',
  'certificate',
  'certificate-of-completion',
  'none',
] as const;
/** One of {@link CREDENTIAL_TYPES}. */
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/** The technical standard a credential is issued in. */
export const CREDENTIAL_STANDARDS = [
  'open-badges-3',
  'open-badges-2',
  'verifiable-credential',
  'pdf',
  'none',
] as const;
/** One of {@link CREDENTIAL_STANDARDS}. */
export type CredentialStandard = (typeof CREDENTIAL_STANDARDS)[number];

/**
 * Moore, Green & Gallis (2009) outcome levels, lowest first: the highest level an offering's
 * provider has evaluated.
 */
export const OUTCOME_LEVELS = [
  'participation',
  'satisfaction',
  'learning',
  'competence',
  'performance',
  'patient-health',
  'community-health',
] as const;
/** One of {@link OUTCOME_LEVELS}. */
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

/** Priority of a clinician's skill gap. */
export const GAP_PRIORITIES = ['high', 'medium', 'low'] as const;
/** One of {@link GAP_PRIORITIES}. */
export type GapPriority = (typeof GAP_PRIORITIES)[number];

/** Severity of a red flag. */
export const FLAG_SEVERITIES = ['info', 'warning', 'critical'] as const;
/** One of {@link FLAG_SEVERITIES}. */
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

/**
 * Letter grades, best first, then `U`: unrated, too little is known to grade (the report still
 * carries its score and confidence). D and E are earned by evidence and red flags, never by
 * missing information.
 */
export const GRADES = ['A', 'B', 'C', 'D', 'E', 'U'] as const;
/** One of {@link GRADES}. */
export type Grade = (typeof GRADES)[number];
