/**
 * The `Policy` schema: every number that turns evidence into a credibility score and a ranking —
 * factor weights, grade bands, thresholds, factor scores, look-alike limits and penalties. Shape
 * only; the default values and their reasons live in `credibility/defaults.ts` and
 * `recommend/defaults.ts`. A user's policy file is a partial `Policy` merged over the defaults.
 * @module
 */
import * as z from 'zod/mini';
import { ASSESSMENT_TYPES, GRADES, OUTCOME_LEVELS, PROVIDER_TYPES } from './enums.js';
import { preprocess } from './primitives.js';

const weight = z.number().check(z.gte(0, { error: 'must be ≥ 0' }), z.lte(1_000));
const fraction = z.number().check(z.gte(0), z.lte(1));
const count = z.number().check(z.int(), z.gte(0), z.lte(100));

/** Weight of each credibility factor; normalised to sum to 1 (with a warning) when they do not. */
export const FactorWeightsSchema = z.strictObject({
  provider: weight,
  accreditation: weight,
  university: weight,
  assessment: weight,
  transparency: weight,
  currency: weight,
  outcomes: weight,
});

/** Minimum score (0–100) for grades A–D; anything lower is E. Must descend. */
export const GradeBandsSchema = z
  .strictObject({
    A: z.number().check(z.gte(0), z.lte(100)),
    B: z.number().check(z.gte(0), z.lte(100)),
    C: z.number().check(z.gte(0), z.lte(100)),
    D: z.number().check(z.gte(0), z.lte(100)),
  })
  .check(
    z.refine((b) => b.A > b.B && b.B > b.C && b.C > b.D, {
      error: 'grade bands must descend: A > B > C > D',
    }),
  );

/** Thresholds used by credibility rules and red flags. */
export const ThresholdsSchema = z.strictObject({
  /** Content older than this (years since `lastReviewed`) starts to lose currency. */
  freshYears: z.number().check(z.gte(0), z.lte(50)),
  /** Content older than this is stale: currency scores 0 and a warning is raised. */
  staleYears: z.number().check(z.gte(0), z.lte(50)),
  /** Below this confidence an offering without red flags is graded `U` (unrated). */
  minConfidence: fraction,
  /**
   * An offering without deceptive red flags is graded D or E only when the factors that can earn
   * it (all but an unverified provider and transparency) weigh at least this much together.
   */
  minEvidenceWeight: fraction,
  /** Courses shorter than this (hours) may not call themselves diplomas, masters or degrees. */
  qualificationWordMinHours: z.number().check(z.gte(0), z.lte(10_000)),
  /** Tolerance when checking credits against duration (1.25 = 25 % above one credit per hour). */
  creditPerHourTolerance: z.number().check(z.gte(1), z.lte(10)),
  /** Credit worth more than this many times the hours is a critical flag, not a warning. */
  grosslyInflatedCredit: z.number().check(z.gte(1), z.lte(100)),
  /**
   * The least share of academic credit's notional hours a catalogue's duration may state (it may
   * give guided or contact hours only).
   */
  academicCreditContactShare: fraction,
});

/** A provider type's score when its identity is verified and when it is only claimed. */
const ProviderTypeScoreSchema = z.strictObject({ verified: fraction, claimed: fraction });

/** Factor scores: what each fact is worth, 0–1, before weighting. */
export const ScoresSchema = z.strictObject({
  /** Provider type by identity status (`unknown` has none: it leaves the factor unknown). */
  providerTypes: z.strictObject(
    Object.fromEntries(
      PROVIDER_TYPES.filter((t) => t !== 'unknown').map((t) => [t, ProviderTypeScoreSchema]),
    ) as Record<
      Exclude<(typeof PROVIDER_TYPES)[number], 'unknown'>,
      typeof ProviderTypeScoreSchema
    >,
  ),
  /** Share of the verified score kept when only an exact registry name (no web address) identifies it. */
  registeredShare: fraction,
  /** Provider score when its own name or web address imitates a known organisation (look-alike evidence). */
  imitatingProvider: fraction,
  /** Value of a recognised accreditation by the body's kind. */
  accreditorKinds: z.strictObject({
    'healthcare-accreditor': fraction,
    regulator: fraction,
    'professional-body-approval': fraction,
    'higher-education-qa': fraction,
    'generic-cpd-accreditor': fraction,
  }),
  /** Share of its kind's value when a verified provider is itself a recognised CPD approver. */
  selfApproverShare: fraction,
  /** Accreditation value of a public body's own course (public governance, no independent CPD review). */
  publicBodyOwnCourse: fraction,
  /** Share of a claim's value kept when its credit is implausible for the duration. */
  implausibleCreditShare: fraction,
  /** Assessment strength by type. */
  assessmentTypes: z.strictObject(
    Object.fromEntries(ASSESSMENT_TYPES.map((t) => [t, fraction])) as Record<
      (typeof ASSESSMENT_TYPES)[number],
      typeof fraction
    >,
  ),
  /** Added for a supervised assessment. */
  supervisedAssessment: fraction,
  /** Added when the learner's identity is checked at assessment. */
  identityVerified: fraction,
  /** Outcomes evidence by the highest Moore level evaluated. */
  outcomeLevels: z.strictObject(
    Object.fromEntries(OUTCOME_LEVELS.map((l) => [l, fraction])) as Record<
      (typeof OUTCOME_LEVELS)[number],
      typeof fraction
    >,
  ),
  /** University backing: a verified university provides or co-issues (or awards credit as a partner). */
  universityProvider: fraction,
  /** University backing: a verified university endorses or hosts. */
  universityPartner: fraction,
  /** Added when a verified university awards academic credit. */
  academicCredit: fraction,
});

/** When one factor's known facts make another factor an alternative rather than an addition. */
export const AlternativesSchema = z.strictObject({
  /** Accreditation at or above this makes university backing optional. */
  accreditationStandsInFrom: fraction,
  /** University backing at or above this makes accreditation optional. */
  universityStandsInFrom: fraction,
});

/** The limits of the look-alike rules (`credibility/lookalike.ts`). */
export const LookalikeSchema = z.strictObject({
  /** A word this long or longer may be a misspelling of a known name's word… */
  misspellingMinLength: count,
  /** …when it is at most this many edits from it… */
  misspellingMaxEdits: count,
  /** …or, for words at least this long, at most `longWordMaxEdits` edits. */
  longWordLength: count,
  longWordMaxEdits: count,
  /**
   * Two words whose first this many letters are the same are forms of one word: a name that writes
   * out a body's acronym with one changed so is a wrong expansion, not an imitation.
   */
  sameRootMinLetters: count,
  /**
   * The shortest word read as a word of a body's name in another spelling (one letter apart) when
   * a name passes as that body's office (look-alike rule 11).
   */
  spellingVariantMinLength: count,
  /**
   * A name with one form word swapped ("Council" for "Center") imitates a known name only when the
   * rest shares at least this many words that are not form words.
   */
  substitutionMinSharedWords: count,
  /**
   * Such a swap is strong evidence (critical) when the rest shares at least this many words;
   * fewer make it weak (a warning).
   */
  substitutionStrongMinSharedWords: count,
  /**
   * A swap that changes the form word's initial (and so the acronym: "Board" for "Council")
   * imitates a known accreditor's name only when the rest shares at least this many words that
   * are not form words (other bodies' names are not read for it: sister bodies differ so).
   */
  substitutionOtherInitialMinSharedWords: count,
  /**
   * A claimed body's name that is an accreditor's with one word changed, claiming to award that
   * accreditor's own credit, is a look-alike when it keeps at least this many of its other words
   * that are not form words (rule 10).
   */
  creditOwnerMinSharedWords: count,
  /** A known domain label this long or longer is distinctive enough to be borrowed. */
  distinctiveLabelMinLength: count,
  /** A known domain label this long or longer can be typosquatted (one edit away). */
  typosquatMinLength: count,
  /**
   * A hyphenated part of a host's label this long or longer is read for a typosquat too (the
   * registrable label whole is read from `typosquatMinLength`).
   */
  typosquatPartMinLength: count,
  /**
   * An accrediting body's acronym this long or longer, as a label of another host, is borrowed;
   * and a claimed body's acronym this long or longer, one letter from an accreditor's whose
   * credit it awards, is a look-alike (rule 10).
   */
  borrowedAcronymMinLength: count,
  /**
   * A listed mill's name of this many words or more, with one word added, is read as that mill
   * (a shorter one with a word added may be a real body's name).
   */
  listedNameWithWordAddedMinWords: count,
});

/** Multipliers applied to the weighted score for red flags that signal deception. */
export const PenaltiesSchema = z.strictObject({
  /** Per critical flag (mill or look-alike accreditor, impersonation, grossly inflated credit). */
  critical: fraction,
  /** Per deceptive warning (qualification word on a short course, "certified" with no assessment…). */
  deceptiveWarning: fraction,
  /** The multiplier never goes below this. */
  floor: fraction,
  /**
   * Share of a self-reported factor's score (assessment, transparency, review date, outcomes, and
   * accreditation claimed by a provider our data does not know as an approver or public body)
   * kept when the offering is shown to make a false accreditation claim, or caught on strong
   * evidence (a critical flag).
   */
  selfReportedWhenDeceptive: fraction,
});

/** How recommendations combine relevance, credibility and fit. */
export const RankingSchema = z.strictObject({
  relevance: weight,
  credibility: weight,
  fit: weight,
  /** Exclude offerings with a critical red flag. */
  excludeCritical: z.boolean(),
  /** Offerings below this relevance (0–1) are not recommended. */
  minRelevance: fraction,
  /** Maximal-marginal-relevance trade-off: 0 = pure score, 1 = pure novelty of gaps covered. */
  diversity: fraction,
});

/** A complete policy. */
export const PolicySchema = z.strictObject({
  weights: FactorWeightsSchema,
  gradeBands: GradeBandsSchema,
  /** Highest grade an offering with a critical red flag can get. */
  criticalGradeCap: preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.enum(GRADES.filter((g) => g !== 'U') as ['A', 'B', 'C', 'D', 'E']),
  ),
  thresholds: ThresholdsSchema,
  scores: ScoresSchema,
  alternatives: AlternativesSchema,
  lookalike: LookalikeSchema,
  penalties: PenaltiesSchema,
  ranking: RankingSchema,
});

const partialScores = z.partial(
  z.extend(ScoresSchema, {
    providerTypes: z.partial(ScoresSchema.shape.providerTypes),
    accreditorKinds: z.partial(ScoresSchema.shape.accreditorKinds),
    assessmentTypes: z.partial(ScoresSchema.shape.assessmentTypes),
    outcomeLevels: z.partial(ScoresSchema.shape.outcomeLevels),
  }),
);

/** A user's policy file: any part of a policy, merged over the defaults. */
export const PolicyInputSchema = z.strictObject({
  $schema: z.optional(z.string()),
  weights: z.optional(z.partial(FactorWeightsSchema)),
  gradeBands: z.optional(GradeBandsSchema),
  criticalGradeCap: z.optional(PolicySchema.shape.criticalGradeCap),
  thresholds: z.optional(z.partial(ThresholdsSchema)),
  scores: z.optional(partialScores),
  alternatives: z.optional(z.partial(AlternativesSchema)),
  lookalike: z.optional(z.partial(LookalikeSchema)),
  penalties: z.optional(z.partial(PenaltiesSchema)),
  ranking: z.optional(z.partial(RankingSchema)),
});

/** A complete, validated policy. */
export type Policy = z.output<typeof PolicySchema>;
/** A partial policy as a user writes it. */
export type PolicyInput = z.input<typeof PolicyInputSchema>;
/** The credibility factor ids. */
export type FactorId = keyof z.output<typeof FactorWeightsSchema>;
