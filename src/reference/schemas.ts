/**
 * zod schemas for the reference data files in `data/`. The same schemas validate user-supplied
 * reference data, so a regional accreditor list is checked exactly like the bundled one.
 * @module
 */
import * as z from 'zod';
import { CREDIT_UNITS, FORMATS, PROVIDER_TYPES } from '../model/enums.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case' });
const country = z.string().regex(/^(?:[A-Z]{2}|EU|INT)$/);
const domain = z
  .string()
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'must be a bare lower-case host name' });
const sourced = {
  source: z.url({ protocol: /^https?$/ }),
  checked: z.iso.date(),
  notes: z.string().optional(),
};

/** A kind of accrediting or approving body. */
export const ACCREDITOR_KINDS = [
  'regulator',
  'healthcare-accreditor',
  'professional-body-approval',
  'generic-cpd-accreditor',
  'higher-education-qa',
] as const;

/** A credit type a body grants, with its unit and rules. */
export const CreditTypeSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  unit: z.enum(CREDIT_UNITS),
  minutesPerUnit: z.number().positive().nullable().optional(),
  minMinutesPerUnit: z.number().positive().optional(),
  maxMinutesPerUnit: z.number().positive().optional(),
  increment: z.number().positive().optional(),
  maxPerDay: z.number().positive().optional(),
  multiplier: z.number().positive().optional(),
  notes: z.string().optional(),
});

/** A recognised accreditor, credit designator, regulator or QA agency. */
export const AccreditorSchema = z.object({
  id,
  name: z.string().min(1),
  abbreviations: z.array(z.string()).default([]),
  formerNames: z.array(z.string()).default([]),
  /** Other official names in use (e.g. the expansion of an acronym without its prefix). */
  aliases: z.array(z.string()).default([]),
  country,
  recognisedIn: z.array(country).default([]),
  professions: z.array(z.string()).default([]),
  kind: z.enum(ACCREDITOR_KINDS),
  credits: z.array(CreditTypeSchema).default([]),
  creditRefs: z.array(id).default([]),
  domains: z.array(domain).default([]),
  /**
   * The body's standard accreditation or designation statements, verbatim as it requires
   * providers to print them, with bracketed slots for what each provider fills in ("[provider]",
   * "[learning format]") and "[n]" for amounts, each with the page it was read on, so that
   * claims written as that sentence resolve to the body. Never a "credit pending" statement.
   */
  statements: z
    .array(z.object({ text: z.string().min(20), source: z.url({ protocol: /^https$/ }) }))
    .default([]),
  ...sourced,
});

/** A body official or attributed secondary sources name as unrecognised. */
export const UnrecognisedBodySchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  domains: z.array(domain).default([]),
  country: country.nullable().optional(),
  kind: z.enum(['accreditation-mill', 'unrecognised-accreditor']),
  mimics: id.nullable().optional(),
  listings: z.array(z.object({ by: z.string(), source: z.url(), checked: z.iso.date() })).min(1),
  notes: z.string().optional(),
});

/** A degree-, accreditation- or CPD-mill indicator. */
export const IndicatorSchema = z.object({
  id,
  appliesTo: z.enum(['accreditor', 'provider', 'course']),
  text: z.string(),
  detectable: z.string(),
  /**
   * Phrases that show the indicator in an offering's own words (title, description, or the text
   * of a claim naming a body credence does not recognise), compared case-insensitively as whole
   * words. Empty when the indicator cannot be read from a catalogue.
   */
  phrases: z.array(z.string().min(3)).default([]),
  source: z.url(),
});

/** A CPD provider: professional body, royal college, society, health service, company. */
export const ProviderEntrySchema = z.object({
  id,
  name: z.string().min(1),
  abbreviations: z.array(z.string()).default([]),
  formerNames: z.array(z.string()).default([]),
  /** Other names in use (a trading name, the name without "The"…). */
  aliases: z.array(z.string()).default([]),
  type: z.enum(PROVIDER_TYPES),
  /**
   * A statutory or government body (NICE, CDC, WHO, NHS England): its own education needs no
   * external accreditation to be credible.
   */
  publicBody: z.boolean().default(false),
  country,
  domains: z.array(domain).default([]),
  professions: z.array(z.string()).default([]),
  ...sourced,
});

/** What a class of web domain tells about whoever holds it. */
export const DOMAIN_CLASSES = ['academic', 'government', 'health-service'] as const;

/**
 * A rule that tells what kind of organisation holds a web domain under a suffix: academic
 * (`.ac.uk`, `.edu`), government (`.gov.uk`, `.govt.nz`) or a public health service (`.nhs.uk`).
 */
export const DomainRuleSchema = z.object({
  suffix: z.string().regex(/^[a-z]+(?:\.[a-z]+)*$/),
  class: z.enum(DOMAIN_CLASSES).default('academic'),
  country,
  strength: z.enum(['restricted', 'conventional']),
  rule: z.string(),
  ...sourced,
});

/** The kinds of learning platform (hosts of other organisations' courses). */
export const PLATFORM_KINDS = [
  'mooc',
  'marketplace',
  'cpd-portal',
  'learning-management-system',
  'badge-issuer',
] as const;

/**
 * A learning platform that hosts other organisations' offerings (Coursera, edX, FutureLearn,
 * Udemy, Credly…): its web domain says where a course is hosted, never who provides it.
 */
export const PlatformSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  domains: z.array(domain).min(1),
  kind: z.enum(PLATFORM_KINDS),
  /**
   * Whether only vetted partner institutions publish under their own names (Coursera, edX,
   * FutureLearn): then a partner's name on the platform identifies it. False for open
   * marketplaces, where anyone may publish under any name.
   */
  curated: z.boolean(),
  ...sourced,
});

/** A university with health faculties. */
export const UniversityEntrySchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country,
  domains: z.array(domain).min(1),
  health: z.array(z.string()).default([]),
  ...sourced,
});

/** A requirement category, e.g. NMC participatory hours. */
export const RequirementCategorySchema = z.object({
  id,
  label: z.string(),
  minimum: z.number().min(0).nullable().optional(),
  maximum: z.number().min(0).nullable().optional(),
  unit: z.string().nullable().optional(),
  countsFormats: z.array(z.enum(FORMATS)).optional(),
  countsCreditTypes: z.array(z.string()).optional(),
  note: z.string().nullable().optional(),
});

/**
 * A statutory regulator of health professions, with its CPD requirement when one is encoded.
 * Regulators set standards and keep registers; a regulator that also approves CPD activities or
 * providers is listed in `accreditors.json` too (kind `regulator`).
 */
export const RegulatorSchema = z.object({
  id,
  name: z.string().min(1),
  abbreviations: z.array(z.string()).default([]),
  formerNames: z.array(z.string()).default([]),
  /** Other official names in use (the name in another official language…). */
  aliases: z.array(z.string()).default([]),
  country,
  professions: z.array(z.string()).default([]),
  domains: z.array(domain).default([]),
  /**
   * A statutory (licensing) regulator. False for the national certifying programmes whose CPD
   * requirement licensing regulators adopt (RCPSC MOC, CFPC Mainpro+, NCCPA): they are listed
   * for their requirement, and certify CPD credit themselves.
   */
  statutory: z.boolean().default(true),
  /** The CPD requirement; absent when it is not encoded (not: "no requirement"). */
  requirement: z
    .object({
      kind: z.enum(['hours', 'credits', 'records', 'none']),
      amount: z.number().min(0).nullable(),
      unit: z.string().nullable().optional(),
      cycleYears: z.number().positive().nullable().optional(),
      minimumPerYear: z.number().min(0).nullable().optional(),
      categories: z.array(RequirementCategorySchema).default([]),
      acceptedAccreditors: z.array(z.string()).default([]),
      acceptedCreditTypes: z.array(z.string()).default([]),
      otherRequirements: z.array(z.string()).default([]),
      notes: z.string().optional(),
    })
    .optional(),
  ...sourced,
});

/** An abbreviation of a concept; `context` words decide an ambiguous one. */
export const AbbreviationSchema = z.object({
  text: z.string().min(1),
  context: z.array(z.string()).optional(),
});

/** A skills-taxonomy concept. */
export const ConceptSchema = z.object({
  id,
  label: z.string().min(1),
  altLabels: z.array(z.string()).default([]),
  abbreviations: z.array(AbbreviationSchema).default([]),
  broader: z.array(id).default([]),
  related: z.array(id).default([]),
  professions: z.array(z.string()).default([]),
  ...sourced,
});

/** A validated accreditor. */
export type Accreditor = z.output<typeof AccreditorSchema>;
/** A validated credit type. */
export type CreditType = z.output<typeof CreditTypeSchema>;
/** A validated unrecognised body. */
export type UnrecognisedBody = z.output<typeof UnrecognisedBodySchema>;
/** A validated indicator. */
export type Indicator = z.output<typeof IndicatorSchema>;
/** A validated provider entry. */
export type ProviderEntry = z.output<typeof ProviderEntrySchema>;
/** A validated web-domain rule. */
export type DomainRule = z.output<typeof DomainRuleSchema>;
/** A class of web domain. */
export type DomainClass = (typeof DOMAIN_CLASSES)[number];
/** A validated learning platform. */
export type Platform = z.output<typeof PlatformSchema>;
/** A validated university entry. */
export type UniversityEntry = z.output<typeof UniversityEntrySchema>;
/** A validated regulator. */
export type Regulator = z.output<typeof RegulatorSchema>;
/** A validated taxonomy concept. */
export type Concept = z.output<typeof ConceptSchema>;
/** The kind of an accreditor. */
export type AccreditorKind = (typeof ACCREDITOR_KINDS)[number];
