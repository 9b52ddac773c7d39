/**
 * The `Course` schema: one CPD offering in a catalogue, exactly as `CONTRACT.md` describes it.
 * Unknown extra fields are kept (and ignored by scoring).
 * @module
 */
import * as z from 'zod';
import {
  ACADEMIC_CREDIT_UNITS,
  ASSESSMENT_TYPES,
  AUDIENCE_LEVELS,
  CREDENTIAL_STANDARDS,
  CREDENTIAL_TYPES,
  CREDIT_UNITS,
  FORMATS,
  OUTCOME_LEVELS,
  PARTNER_ROLES,
  PROVIDER_TYPES,
} from './enums.js';
import { LIMITS } from './limits.js';
import {
  caseInsensitiveEnum,
  countryCode,
  currencyCode,
  finiteNumber,
  flexibleBoolean,
  identifier,
  isoDate,
  languageTag,
  nonNegativeNumber,
  optionalText,
  text,
  textList,
  webAddress,
} from './primitives.js';

/** The organisation that runs an offering. */
export const ProviderSchema = z.looseObject({
  /** Name as the catalogue states it. */
  name: text,
  /** Kind of organisation; `unknown` when the catalogue does not say. */
  type: caseInsensitiveEnum(PROVIDER_TYPES).default('unknown'),
  /** The provider's web site; its domain is evidence of identity. */
  url: webAddress.optional(),
  /** ISO 3166-1 alpha-2 country code. */
  country: countryCode.optional(),
});

/** Another organisation involved in an offering, such as a university awarding credit. */
export const PartnerSchema = z.looseObject({
  name: text,
  type: caseInsensitiveEnum(PROVIDER_TYPES).default('unknown'),
  url: webAddress.optional(),
  role: caseInsensitiveEnum(PARTNER_ROLES).optional(),
});

/** One accreditation or credit claim, as the offering makes it. */
export const AccreditationClaimSchema = z.looseObject({
  /** Name or abbreviation of the accrediting or credit-designating body, as claimed. */
  body: text,
  /** The credit type claimed, e.g. "AMA PRA Category 1 Credit". */
  creditType: text.optional(),
  /** Amount of credit claimed. */
  credits: nonNegativeNumber.optional(),
  /** Unit of `credits`. */
  unit: caseInsensitiveEnum(CREDIT_UNITS).optional(),
  /** The accreditor's reference for the activity (e.g. an ACPE UAN). */
  reference: text.optional(),
  /** Last day on which the accreditation is valid. */
  validUntil: isoDate.optional(),
});

/** Academic credit that counts toward an award. */
export const AcademicCreditSchema = z.looseObject({
  value: nonNegativeNumber,
  unit: caseInsensitiveEnum(ACADEMIC_CREDIT_UNITS),
  /** The institution that awards the credit. */
  awardedBy: text.optional(),
  /** The award this credit stacks into. */
  stackableInto: text.optional(),
});

/** Who the offering is for. */
export const AudienceSchema = z.looseObject({
  professions: textList.optional(),
  level: caseInsensitiveEnum(AUDIENCE_LEVELS).optional(),
});

/** Price of an offering; `amount` 0 means free. */
export const CostSchema = z.looseObject({
  amount: nonNegativeNumber,
  currency: currencyCode,
});

/** How learning is assessed. */
export const AssessmentSchema = z.looseObject({
  type: caseInsensitiveEnum(ASSESSMENT_TYPES),
  /** Whether the assessment is supervised (proctored, observed). */
  supervised: flexibleBoolean.optional(),
  /** Whether the learner's identity is checked at assessment. */
  identityVerified: flexibleBoolean.optional(),
});

/** What a learner receives. */
export const CredentialSchema = z.looseObject({
  type: caseInsensitiveEnum(CREDENTIAL_TYPES).optional(),
  standard: caseInsensitiveEnum(CREDENTIAL_STANDARDS).optional(),
});

/** One CPD offering: a micro-credential, badge, CME/CE activity or short university module. */
export const CourseSchema = z.looseObject({
  /** Unique within a catalogue. */
  id: identifier,
  title: text,
  description: optionalText.optional(),
  /** The offering's own page; its web domain is evidence. */
  url: webAddress.optional(),
  provider: ProviderSchema,
  partners: z.array(PartnerSchema).max(LIMITS.maxArrayLength).optional(),
  accreditations: z.array(AccreditationClaimSchema).max(LIMITS.maxArrayLength).optional(),
  academicCredit: AcademicCreditSchema.optional(),
  learningOutcomes: textList.optional(),
  /** Taxonomy ids or free text. */
  skills: textList.optional(),
  audience: AudienceSchema.optional(),
  format: caseInsensitiveEnum(FORMATS).optional(),
  /** Notional learning time in hours. */
  durationHours: nonNegativeNumber.optional(),
  cost: CostSchema.optional(),
  assessment: AssessmentSchema.optional(),
  /** Who assures quality, and how. */
  qualityAssurance: text.optional(),
  credential: CredentialSchema.optional(),
  eqfLevel: finiteNumber.pipe(z.number().int().min(1).max(8)).optional(),
  language: languageTag.optional(),
  /** When the content was last reviewed. */
  lastReviewed: isoDate.optional(),
  /** Highest Moore outcome level the provider evaluated. */
  outcomesLevel: caseInsensitiveEnum(OUTCOME_LEVELS).optional(),
});

/** A validated, normalised course. */
export type Course = z.output<typeof CourseSchema>;
/** What a course looks like before validation (the JSON a catalogue holds). */
export type CourseInput = z.input<typeof CourseSchema>;
/** A validated provider. */
export type Provider = z.output<typeof ProviderSchema>;
/** A validated partner. */
export type Partner = z.output<typeof PartnerSchema>;
/** A validated accreditation claim. */
export type AccreditationClaim = z.output<typeof AccreditationClaimSchema>;
/** A validated academic-credit statement. */
export type AcademicCredit = z.output<typeof AcademicCreditSchema>;
/** A validated assessment statement. */
export type Assessment = z.output<typeof AssessmentSchema>;
