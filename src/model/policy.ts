/**
 * The `Policy` schema: weights, thresholds and grade bands that turn evidence into a score and a
 * ranking. Shape only; the default values and their reasons live in `credibility/defaults.ts` and
 * `recommend/defaults.ts`. A user's policy file is a partial `Policy` merged over the defaults.
 * @module
 */
import * as z from 'zod';
import { GRADES } from './enums.js';

const weight = z.number().min(0, { error: 'must be ≥ 0' }).max(1_000);
const fraction = z.number().min(0).max(1);

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
    A: z.number().min(0).max(100),
    B: z.number().min(0).max(100),
    C: z.number().min(0).max(100),
    D: z.number().min(0).max(100),
  })
  .refine((b) => b.A > b.B && b.B > b.C && b.C > b.D, {
    error: 'grade bands must descend: A > B > C > D',
  });

/** Thresholds used by credibility rules and red flags. */
export const ThresholdsSchema = z.strictObject({
  /** Content older than this (years since `lastReviewed`) starts to lose currency. */
  freshYears: z.number().min(0).max(50),
  /** Content older than this is stale: currency scores 0 and a warning is raised. */
  staleYears: z.number().min(0).max(50),
  /** Below this confidence a "too little information" flag is raised. */
  minConfidence: fraction,
  /** Jaro-Winkler similarity from which a near-miss name is flagged as a look-alike. */
  lookalikeSimilarity: fraction,
  /** Courses shorter than this (hours) may not call themselves diplomas, masters or degrees. */
  qualificationWordMinHours: z.number().min(0).max(10_000),
  /** Tolerance when checking credits against duration (1.25 = 25 % above one credit per hour). */
  creditPerHourTolerance: z.number().min(1).max(10),
});

/** Multipliers applied to the weighted score for red flags that signal deception. */
export const PenaltiesSchema = z.strictObject({
  /** Per critical flag (mill or look-alike accreditor, impersonation, grossly inflated credit). */
  critical: fraction,
  /** Per deceptive warning (qualification word on a short course, "certified" with no assessment…). */
  deceptiveWarning: fraction,
  /** The multiplier never goes below this. */
  floor: fraction,
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
  criticalGradeCap: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.enum(GRADES),
  ),
  thresholds: ThresholdsSchema,
  penalties: PenaltiesSchema,
  ranking: RankingSchema,
});

/** A user's policy file: any part of a policy, merged over the defaults. */
export const PolicyInputSchema = z.strictObject({
  $schema: z.string().optional(),
  weights: FactorWeightsSchema.partial().optional(),
  gradeBands: GradeBandsSchema.optional(),
  criticalGradeCap: PolicySchema.shape.criticalGradeCap.optional(),
  thresholds: ThresholdsSchema.partial().optional(),
  penalties: PenaltiesSchema.partial().optional(),
  ranking: RankingSchema.partial().optional(),
});

/** A complete, validated policy. */
export type Policy = z.output<typeof PolicySchema>;
/** A partial policy as a user writes it. */
export type PolicyInput = z.input<typeof PolicyInputSchema>;
/** The credibility factor ids. */
export type FactorId = keyof z.output<typeof FactorWeightsSchema>;
