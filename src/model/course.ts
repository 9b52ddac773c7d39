/**
 * The `Course` schema: one CPD offering in a catalogue, exactly as `CONTRACT.md` describes it.
 * Unknown extra fields are kept (and ignored by scoring).
 * @module
 */
import * as z from 'zod/mini';
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
  type: z._default(caseInsensitiveEnum(PROVIDER_TYPES), 'unknown'),
  /** The provider's web site; its domain is evidence of identity. */
  url: z.optional(webAddress),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.optional(countryCode),
});

/** Another organisation involved in an offering, such as a university awarding credit. */
export const PartnerSchema = z.looseObject({
  name: text,
  type: z._default(caseInsensitiveEnum(PROVIDER_TYPES), 'unknown'),
  url: z.optional(webAddress),
  role: z.optional(caseInsensitiveEnum(PARTNER_ROLES)),
});

/** One accreditation or credit claim, as the offering makes it. */
export const AccreditationClaimSchema = z.looseObject({
  /** Name or abbreviation of the accrediting or credit-designating body, as claimed. */
  body: text,
  /** The credit type claimed, e.g. "AMA PRA Category 1 Credit". */
  creditType: z.optional(text),
  /** Amount of credit claimed. */
  credits: z.optional(nonNegativeNumber),
  /** Unit of `credits`. */
  unit: z.optional(caseInsensitiveEnum(CREDIT_UNITS)),
  /** The accreditor's reference for the activity (e.g. an ACPE UAN). */
  reference: z.optional(text),
  /** Last day on which the accreditation is valid. */
  validUntil: z.optional(isoDate),
});

/** Academic credit that counts toward an award. */
export const AcademicCreditSchema = z.looseObject({
  value: nonNegativeNumber,
  unit: caseInsensitiveEnum(ACADEMIC_CREDIT_UNITS),
  /** The institution that awards the credit. */
  awardedBy: z.optional(text),
  /** The award this credit stacks into. */
  stackableInto: z.optional(text),
});

/** Who the offering is for. */
export const AudienceSchema = z.looseObject({
  professions: z.optional(textList),
  level: z.optional(caseInsensitiveEnum(AUDIENCE_LEVELS)),
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
  supervised: z.optional(flexibleBoolean),
  /** Whether the learner's identity is checked at assessment. */
  identityVerified: z.optional(flexibleBoolean),
});

/** What a learner receives. */
export const CredentialSchema = z.looseObject({
  type: z.optional(caseInsensitiveEnum(CREDENTIAL_TYPES)),
  standard: z.optional(caseInsensitiveEnum(CREDENTIAL_STANDARDS)),
});

/** One CPD offering: a micro-credential, badge, CME/CE activity or short university module. */
export const CourseSchema = z.looseObject({
  /** Unique within a catalogue. */
  id: identifier,
  title: text,
  description: z.optional(optionalText),
  /** The offering's own page; its web domain is evidence. */
  url: z.optional(webAddress),
  provider: ProviderSchema,
  partners: z.optional(z.array(PartnerSchema).check(z.maxLength(LIMITS.maxArrayLength))),
  accreditations: z.optional(
    z.array(AccreditationClaimSchema).check(z.maxLength(LIMITS.maxArrayLength)),
  ),
  academicCredit: z.optional(AcademicCreditSchema),
  learningOutcomes: z.optional(textList),
  /** Taxonomy ids or free text. */
  skills: z.optional(textList),
  audience: z.optional(AudienceSchema),
  format: z.optional(caseInsensitiveEnum(FORMATS)),
  /** Notional learning time in hours. */
  durationHours: z.optional(nonNegativeNumber),
  cost: z.optional(CostSchema),
  assessment: z.optional(AssessmentSchema),
  /** Who assures quality, and how. */
  qualityAssurance: z.optional(text),
  credential: z.optional(CredentialSchema),
  eqfLevel: z.optional(z.pipe(finiteNumber, z.number().check(z.int(), z.gte(1), z.lte(8)))),
  language: z.optional(languageTag),
  /** When the content was last reviewed. */
  lastReviewed: z.optional(isoDate),
  /** Highest Moore outcome level the provider evaluated. */
  outcomesLevel: z.optional(caseInsensitiveEnum(OUTCOME_LEVELS)),
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
