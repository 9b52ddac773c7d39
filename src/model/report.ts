/**
 * Output shapes: credibility reports, recommendations, learning plans and comparison rows, as
 * `CONTRACT.md` specifies them. Every object is plain JSON.
 * @module
 */
import * as z from 'zod/mini';
import { FLAG_SEVERITIES, GRADES } from './enums.js';

/** A red flag: a stable code, a severity and a message a clinician understands. */
export const FlagSchema = z.object({
  code: z.string(),
  severity: z.enum(FLAG_SEVERITIES),
  message: z.string(),
});

/** One credibility factor: its 0–1 score, weight, whether it was known, and the evidence. */
export const FactorReportSchema = z.object({
  id: z.string(),
  score: z.number().check(z.gte(0), z.lte(1)),
  weight: z.number().check(z.gte(0), z.lte(1)),
  known: z.boolean(),
  evidence: z.array(z.string()),
});

/** The credibility report of one offering. */
export const CredibilityReportSchema = z.object({
  id: z.string(),
  score: z.number().check(z.gte(0), z.lte(100)),
  grade: z.enum(GRADES),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  flags: z.array(FlagSchema),
  factors: z.array(FactorReportSchema),
});

/** One recommended offering. */
export const RecommendationSchema = z.object({
  id: z.string(),
  rank: z.number().check(z.int(), z.gte(1)),
  score: z.number().check(z.gte(0), z.lte(1)),
  relevance: z.number().check(z.gte(0), z.lte(1)),
  credibility: z.number().check(z.gte(0), z.lte(100)),
  fit: z.number().check(z.gte(0), z.lte(1)),
  gaps: z.array(z.string()),
  reasons: z.array(z.string()),
});

/** The result of `recommend`. */
export const RecommendationResultSchema = z.object({
  recommendations: z.array(RecommendationSchema),
  uncoveredGaps: z.array(z.string()),
});

/** A money total per currency; amounts in different currencies are never added together. */
export const MoneySchema = z.object({ amount: z.number().check(z.gte(0)), currency: z.string() });

/** The result of `plan`. */
export const LearningPlanSchema = z.object({
  courses: z.array(z.string()),
  totalCost: z.array(MoneySchema),
  totalHours: z.number().check(z.gte(0)),
  credits: z.array(z.object({ type: z.string(), amount: z.number().check(z.gte(0)) })),
  coveredGaps: z.array(z.string()),
  uncoveredGaps: z.array(z.string()),
  requirement: z.object({
    needed: z.number().check(z.gte(0)),
    met: z.number().check(z.gte(0)),
    shortfall: z.number().check(z.gte(0)),
  }),
  reasons: z.array(z.string()),
});

/** A red flag. */
export type Flag = z.output<typeof FlagSchema>;
/** One factor of a credibility report. */
export type FactorReport = z.output<typeof FactorReportSchema>;
/** The credibility report of one offering. */
export type CredibilityReport = z.output<typeof CredibilityReportSchema>;
/**
 * A credibility report without its factor entries: what ranking needs (score, grade, confidence,
 * flags). The recommender keeps these; the full report, with the evidence behind every point,
 * comes from `evaluateCredibility` or `evaluateCatalog`.
 */
export type CredibilitySummary = Omit<CredibilityReport, 'factors'>;
/** One recommended offering. */
export type Recommendation = z.output<typeof RecommendationSchema>;
/** The result of `recommend`. */
export type RecommendationResult = z.output<typeof RecommendationResultSchema>;
/** The result of `plan`. */
export type LearningPlan = z.output<typeof LearningPlanSchema>;
/** An amount in one currency. */
export type Money = z.output<typeof MoneySchema>;
