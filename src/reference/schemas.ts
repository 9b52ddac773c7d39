/**
 * zod schemas for the reference data files in `data/`. The same schemas validate user-supplied
 * reference data, so a regional accreditor list is checked exactly like the bundled one.
 * @module
 */
import * as z from 'zod/mini';
import { CREDIT_UNITS, FORMATS, PROVIDER_TYPES } from '../model/enums.js';
import { idFromName } from './entry-id.js';

/**
 * A pattern check with its message spelled out. zod/mini loads no locale, so a check without
 * its own message would read "Invalid input" — or zod classic's English wording when the host
 * application happens to load it (zod's configuration is global) — and the message must not
 * depend on that. This is the wording zod classic gave.
 */
const matching = (pattern: RegExp) =>
  z.regex(pattern, { error: `Invalid string: must match pattern ${pattern}` });

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case' }));
const country = z.string().check(matching(/^(?:[A-Z]{2}|EU|INT)$/));
const domain = z
  .string()
  .check(
    z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'must be a bare lower-case host name' }),
  );
/**
 * An entry whose `id` may be left out: it is then its `field` (an organisation's name, a skills
 * concept's label) in kebab case ({@link idFromName}). A text without Latin letters or digits
 * needs its id stated.
 */
function identifiedBy<
  K extends 'name' | 'label',
  S extends z.ZodMiniType<{ id?: string | undefined } & Record<K, string>>,
>(field: K, schema: S) {
  return z.pipe(
    schema.check(
      z.refine((entry) => entry.id !== undefined || idFromName(entry[field]) !== '', {
        error: `id is required when the ${field} has no Latin letters or digits`,
        path: ['id'],
      }),
    ),
    z.transform((entry: z.output<S>) => ({ ...entry, id: entry.id ?? idFromName(entry[field]) })),
  );
}

/** An organisation entry whose `id` may be left out ({@link identifiedBy} its name). */
const identifiedByName = <S extends z.ZodMiniType<{ id?: string | undefined; name: string }>>(
  schema: S,
) => identifiedBy('name', schema);

/**
 * A rule a body states, in its words and with the page that states it: the page is cited in the
 * red flag the rule raises (kept in the bundle, unlike entries' `source`).
 */
const statedRule = z.object({
  statement: z.string().check(z.minLength(1)),
  page: z.url({ protocol: /^https?$/ }),
});

/** How an organisation is named; its id may be left out ({@link identifiedByName}). */
const organisationNames = {
  id: z.optional(id),
  name: z.string().check(z.minLength(1)),
  abbreviations: z._default(z.array(z.string()), []),
  formerNames: z._default(z.array(z.string()), []),
  /**
   * Other official names in use: a trading name, the name without "The", the expansion of an
   * acronym without its prefix, the name in another official language.
   */
  aliases: z._default(z.array(z.string()), []),
};

/**
 * Where an entry's facts come from, and when they were checked. Every entry in the repository's
 * data/ files has both (test/reference/integrity.test.ts); builds inline the data without them
 * where no evidence cites them (scripts/build/reference-data-plugin.mjs), so they are optional
 * here. Your own entries should say where their facts come from too.
 */
const sourced = {
  source: z.optional(z.url({ protocol: /^https?$/ })),
  checked: z.optional(z.iso.date()),
  notes: z.optional(z.string()),
};

/** Provenance that evidence cites ("… hold (source)"): required. */
const cited = {
  source: z.url({ protocol: /^https?$/ }),
  checked: z.optional(z.iso.date()),
  notes: z.optional(z.string()),
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
  name: z.string().check(z.minLength(1)),
  aliases: z._default(z.array(z.string()), []),
  unit: z.enum(CREDIT_UNITS),
  minutesPerUnit: z.optional(z.nullable(z.number().check(z.positive()))),
  minMinutesPerUnit: z.optional(z.number().check(z.positive())),
  maxMinutesPerUnit: z.optional(z.number().check(z.positive())),
  increment: z.optional(z.number().check(z.positive())),
  maxPerDay: z.optional(z.number().check(z.positive())),
  maxPerActivity: z.optional(z.number().check(z.positive())),
  multiplier: z.optional(z.number().check(z.positive())),
  notes: z.optional(z.string()),
});

/** Whether a text is a regular expression's source (an activity number's pattern). */
function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A recognised accreditor, credit designator, regulator or QA agency. */
export const AccreditorSchema = identifiedByName(
  z.object({
    ...organisationNames,
    country,
    recognisedIn: z._default(z.array(country), []),
    professions: z._default(z.array(z.string()), []),
    kind: z.enum(ACCREDITOR_KINDS),
    credits: z._default(z.array(CreditTypeSchema), []),
    creditRefs: z._default(z.array(id), []),
    domains: z._default(z.array(domain), []),
    /**
     * The body's standard accreditation or designation statements, verbatim as it requires
     * providers to print them, with bracketed slots for what each provider fills in ("[provider]",
     * "[learning format]") and "[n]" for amounts, each with the page it was read on, so that
     * claims written as that sentence resolve to the body. Never a "credit pending" statement.
     */
    statements: z._default(
      z.array(
        z.object({
          text: z.string().check(z.minLength(20)),
          source: z.optional(z.url({ protocol: /^https$/ })),
        }),
      ),
      [],
    ),
    /**
     * The body's rule that companies making or selling healthcare products cannot be accredited
     * by it, nor have their activities approved (the ACCME's and ANCC's eligibility rules), with
     * the page that states it: such a company's own offering claiming this body's accreditation
     * claims what the body says it never grants. `page` is cited in the red flag (kept in the
     * bundle, unlike entries' `source`).
     */
    excludesIneligibleCompanies: z.optional(statedRule),
    /**
     * The body's rule that an activity may not be advertised as pending its accreditation (the
     * Royal College of Physicians and Surgeons of Canada's for MOC credit), with the page that
     * states it: "Section 1 (accreditation pending)" says what the body forbids saying. `page` is
     * cited in the red flag.
     */
    forbidsPendingClaims: z.optional(statedRule),
    /**
     * The body's statement that it accredits or recognises providers and approves none of their
     * courses or activities (the ACCME, ADA CERP, IACET), with the page that states it: a claim
     * that it approved or accredited a course or activity says what the body says it never does.
     * `page` is cited in the red flag.
     */
    approvesNoActivities: z.optional(statedRule),
    /**
     * The form of the number the body gives each activity it accredits: the number's names
     * ("UAN"), a regular expression its every number matches whole, and the body's or its
     * registry's statement of the form with the page (ACPE's Universal Activity Number, "always
     * 17 letters/numbers long in the following format: XXXX-XXXX-XX-XXX-XXX-X"). A claim giving a
     * number by one of those names in another form gives a number the body never issued.
     */
    activityNumber: z.optional(
      z.object({
        names: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
        pattern: z
          .string()
          .check(z.minLength(1), z.refine(compiles, { error: 'is not a regular expression' })),
        statement: z.string().check(z.minLength(1)),
        page: z.url({ protocol: /^https?$/ }),
      }),
    ),
    ...sourced,
  }),
);

/** A body official or attributed secondary sources name as unrecognised. */
export const UnrecognisedBodySchema = identifiedByName(
  z.object({
    id: z.optional(id),
    name: z.string().check(z.minLength(1)),
    aliases: z._default(z.array(z.string()), []),
    domains: z._default(z.array(domain), []),
    country: z.optional(z.nullable(country)),
    kind: z.enum([
      'accreditation-mill',
      'unrecognised-accreditor',
      'diploma-mill',
      'deceptive-conference-organiser',
    ]),
    mimics: z.optional(z.nullable(id)),
    listings: z
      .array(
        z.object({
          by: z.string(),
          source: z.optional(z.url()),
          checked: z.optional(z.iso.date()),
        }),
      )
      .check(z.minLength(1)),
    notes: z.optional(z.string()),
  }),
);

/**
 * A body that accredits no courses, by its own or an official statement (WHO, UNESCO, the
 * European Union, ISO 9001, the NHS), which mills name as if it had approved theirs.
 */
export const NonAccreditorSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  aliases: z._default(z.array(z.string()), []),
  /** Acronyms, matched only as words written in capitals ("WHO", never "who"). */
  abbreviations: z._default(z.array(z.string()), []),
  /** What the body does not do, as its statement says it (quoted in the red flag). */
  statement: z.string().check(z.minLength(1)),
  /**
   * When set, only a claim that names the body with one of these words is the false claim its
   * statement means ("AHA Approved", "AHA Certified"): naming the body otherwise may be true (an
   * AHA course taught by an AHA training centre). Empty: any claim naming the body.
   */
  claimWords: z._default(z.array(z.string().check(z.minLength(1))), []),
  ...cited,
});

/** A degree-, accreditation- or CPD-mill indicator. */
export const IndicatorSchema = z.object({
  id,
  appliesTo: z.enum(['accreditor', 'provider', 'course']),
  text: z.string(),
  /** What in catalogue data can show it: a maintainers' note no rule reads (builds leave it out). */
  detectable: z.optional(z.string()),
  /**
   * Phrases that show the indicator in an offering's own words (title, description, or the text
   * of a claim naming a body credence does not recognise), compared case-insensitively as whole
   * words. Empty when the indicator cannot be read from a catalogue.
   */
  phrases: z._default(z.array(z.string().check(z.minLength(3))), []),
  source: z.optional(z.url()),
});

/** A CPD provider: professional body, royal college, society, health service, company. */
export const ProviderEntrySchema = identifiedByName(
  z.object({
    ...organisationNames,
    type: z.enum(PROVIDER_TYPES),
    /**
     * A statutory or government body (NICE, CDC, WHO, NHS England): its own education needs no
     * external accreditation to be credible.
     */
    publicBody: z._default(z.boolean(), false),
    /** Where it is based (no rule reads it; the inlined default data leaves it out). */
    country: z.optional(country),
    domains: z._default(z.array(domain), []),
    professions: z._default(z.array(z.string()), []),
    ...sourced,
  }),
);

/** What a class of web domain tells about whoever holds it. */
export const DOMAIN_CLASSES = ['academic', 'government', 'health-service'] as const;

/**
 * A rule that tells what kind of organisation holds a web domain under a suffix: academic
 * (`.ac.uk`, `.edu`), government (`.gov.uk`, `.govt.nz`) or a public health service (`.nhs.uk`).
 */
export const DomainRuleSchema = z.object({
  suffix: z.string().check(matching(/^[a-z]+(?:\.[a-z]+)*$/)),
  class: z._default(z.enum(DOMAIN_CLASSES), 'academic'),
  country,
  strength: z.enum(['restricted', 'conventional']),
  /** The registry's policy in a sentence: a maintainers' note no rule reads (builds leave it out). */
  rule: z.optional(z.string()),
  ...cited,
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
  name: z.string().check(z.minLength(1)),
  aliases: z._default(z.array(z.string()), []),
  domains: z.array(domain).check(z.minLength(1)),
  kind: z.enum(PLATFORM_KINDS),
  /**
   * Whether only vetted partner institutions publish under their own names (Coursera, edX,
   * FutureLearn): then a partner's name on the platform identifies it. False for open
   * marketplaces, where anyone may publish under any name.
   */
  curated: z.boolean(),
  ...cited,
});

/** A university with health faculties. */
export const UniversityEntrySchema = identifiedByName(
  z.object({
    id: z.optional(id),
    name: z.string().check(z.minLength(1)),
    aliases: z._default(z.array(z.string()), []),
    /** Where it is (no rule reads it; the inlined default data leaves it out). */
    country: z.optional(country),
    domains: z.array(domain).check(z.minLength(1)),
    health: z._default(z.array(z.string()), []),
    ...sourced,
  }),
);

/** A requirement category, e.g. NMC participatory hours. */
export const RequirementCategorySchema = z.object({
  id,
  label: z.string(),
  minimum: z.optional(z.nullable(z.number().check(z.gte(0)))),
  maximum: z.optional(z.nullable(z.number().check(z.gte(0)))),
  unit: z.optional(z.nullable(z.string())),
  countsFormats: z.optional(z.array(z.enum(FORMATS))),
  countsCreditTypes: z.optional(z.array(z.string())),
  note: z.optional(z.nullable(z.string())),
});

/**
 * A statutory regulator of health professions, with its CPD requirement when one is encoded.
 * Regulators set standards and keep registers; a regulator that also approves CPD activities or
 * providers is listed in `accreditors.json` too (kind `regulator`).
 */
export const RegulatorSchema = identifiedByName(
  z.object({
    ...organisationNames,
    country,
    professions: z._default(z.array(z.string()), []),
    domains: z._default(z.array(domain), []),
    /**
     * A statutory (licensing) regulator. False for the national certifying programmes whose CPD
     * requirement licensing regulators adopt (RCPSC MOC, CFPC Mainpro+, NCCPA): they are listed
     * for their requirement, and certify CPD credit themselves.
     */
    statutory: z._default(z.boolean(), true),
    /**
     * Whether it approves CPD providers or courses itself: `true` (US boards of nursing that
     * approve CE providers), `false` where it states that it approves none (the GMC, the HCPC,
     * Australia's National Boards), absent when the data does not know.
     */
    approvesCpd: z.optional(z.boolean()),
    /** The CPD requirement; absent when it is not encoded (not: "no requirement"). */
    requirement: z.optional(
      z.object({
        kind: z.enum(['hours', 'credits', 'records', 'none']),
        amount: z.nullable(z.number().check(z.gte(0))),
        unit: z.optional(z.nullable(z.string())),
        cycleYears: z.optional(z.nullable(z.number().check(z.positive()))),
        minimumPerYear: z.optional(z.nullable(z.number().check(z.gte(0)))),
        categories: z._default(z.array(RequirementCategorySchema), []),
        acceptedAccreditors: z._default(z.array(z.string()), []),
        acceptedCreditTypes: z._default(z.array(z.string()), []),
        otherRequirements: z._default(z.array(z.string()), []),
        notes: z.optional(z.string()),
      }),
    ),
    ...sourced,
  }),
);

/** An abbreviation of a concept; `context` words decide an ambiguous one. */
export const AbbreviationSchema = z.object({
  text: z.string().check(z.minLength(1)),
  context: z.optional(z.array(z.string())),
});

/** A skills-taxonomy concept. */
export const ConceptSchema = identifiedBy(
  'label',
  z.object({
    /** Left out, it is the label in kebab case ({@link idFromName}), as most concepts' are. */
    id: z.optional(id),
    label: z.string().check(z.minLength(1)),
    altLabels: z._default(z.array(z.string()), []),
    abbreviations: z._default(z.array(AbbreviationSchema), []),
    broader: z._default(z.array(id), []),
    related: z._default(z.array(id), []),
    professions: z._default(z.array(z.string()), []),
    ...sourced,
  }),
);

/** A validated accreditor. */
export type Accreditor = z.output<typeof AccreditorSchema>;
/** A validated credit type. */
export type CreditType = z.output<typeof CreditTypeSchema>;
/** A validated unrecognised body. */
export type UnrecognisedBody = z.output<typeof UnrecognisedBodySchema>;
/** A validated body that accredits no courses. */
export type NonAccreditor = z.output<typeof NonAccreditorSchema>;
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
