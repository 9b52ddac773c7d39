/**
 * Output shapes: credibility reports, recommendations, learning plans and comparison rows, as
 * `CONTRACT.md` specifies them. Every object is plain JSON.
 * @module
 */
import * as z from 'zod/mini';
import { FLAG_SEVERITIES, GAP_PRIORITIES, GRADES } from './enums.js';

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

/** What in an offering's own text says it covers a gap, quoted. */
export const CoverageEvidenceSchema = z.object({
  /** The gap as the clinician typed it. */
  gap: z.string(),
  /** 0–1 coverage of the gap by the offering (it covers the gap from 0.5). */
  coverage: z.number().check(z.gte(0), z.lte(1)),
  /** How it covers it: "teaches Sepsis recognition and management", "has its words". */
  how: z.string(),
  /** The field quoted. */
  field: z.enum(['skills', 'title', 'learningOutcomes', 'description']),
  /** The offering's own words that say so. */
  quote: z.string(),
});

/** One recommended offering. */
export const RecommendationSchema = z.object({
  id: z.string(),
  /** Its place in the list (1 = first). */
  rank: z.number().check(z.int(), z.gte(1)),
  /** The ranking score: weighted mean of relevance, credibility ÷ 100 and fit (0–1). */
  score: z.number().check(z.gte(0), z.lte(1)),
  /** How well it covers the clinician's gaps, weighted by priority (0–1). */
  relevance: z.number().check(z.gte(0), z.lte(1)),
  /** Its credibility score (0–100). */
  credibility: z.number().check(z.gte(0), z.lte(100)),
  /** Its credibility grade. */
  grade: z.enum(GRADES),
  /** How well it fits budget, time, format, place, language and required credit (0–1). */
  fit: z.number().check(z.gte(0), z.lte(1)),
  /** The gaps it covers, as typed (never empty). */
  gaps: z.array(z.string()),
  /** Readable reasons behind each number. */
  reasons: z.array(z.string()),
  /** For each gap it covers, the offering's own words that say so. */
  evidence: z.array(CoverageEvidenceSchema),
  /** Present when the listed order differs from the score's order: why. */
  order: z.optional(z.string()),
});

/** An offering that covers a gap but is excluded, with what excludes it. */
export const ExcludedCandidateSchema = z.object({
  id: z.string(),
  /**
   * Each constraint it fails ("costs 350 EUR: 150 EUR over the budget of 200 EUR"), or, for a
   * gap nothing covers, how much of it the offering covers.
   */
  excludedBy: z.array(z.string()),
});

/** What a gap rests on: which offerings cover it, or why none does. */
export const GapAnswerSchema = z.object({
  /** The gap as typed. */
  gap: z.string(),
  priority: z.enum(GAP_PRIORITIES),
  /** Whether an offering that may be recommended covers it. */
  covered: z.boolean(),
  /** Offerings that cover it and may be recommended, best first (at most 5). */
  coveredBy: z.array(z.string()),
  /** Why it is not covered: nothing in the catalogue teaches it, or every offering that does is excluded. */
  reason: z.optional(z.string()),
  /**
   * When it is not covered: the closest offerings, with what keeps each out — the exclusions of
   * those that cover it, or, when nothing covers it, how much of it each covers.
   */
  candidates: z.array(ExcludedCandidateSchema),
});

/** An offering the trust floor holds back although it covers a gap. */
export const HeldBackSchema = z.object({
  id: z.string(),
  /** The gaps it covers. */
  gaps: z.array(z.string()),
  /** Why: "grade E", "critical flag: look-alike accreditor". */
  reasons: z.array(z.string()),
});

/** The result of `recommend`. */
export const RecommendationResultSchema = z.object({
  recommendations: z.array(RecommendationSchema),
  /** Gaps nothing that may be recommended covers. */
  uncoveredGaps: z.array(z.string()),
  /** Every gap answered, in the profile's order. */
  gaps: z.array(GapAnswerSchema),
  /** Offerings covering a gap that the trust floor holds back (the most relevant first). */
  heldBack: z.array(HeldBackSchema),
  /** Facts about the whole answer, said once: currencies without rates, a moved trust floor. */
  notes: z.array(z.string()),
});

/** A money total per currency; amounts in different currencies are never added together. */
export const MoneySchema = z.object({ amount: z.number().check(z.gte(0)), currency: z.string() });

/** The result of `plan`. */
export const LearningPlanSchema = z.object({
  /** The chosen offerings, in the order taken. */
  courses: z.array(z.string()),
  /** One total per currency; amounts in different currencies are never added. */
  totalCost: z.array(MoneySchema),
  totalHours: z.number().check(z.gte(0)),
  /** Credit granted, per credit type. */
  credits: z.array(z.object({ type: z.string(), amount: z.number().check(z.gte(0)) })),
  coveredGaps: z.array(z.string()),
  uncoveredGaps: z.array(z.string()),
  requirement: z.object({
    needed: z.number().check(z.gte(0)),
    met: z.number().check(z.gte(0)),
    shortfall: z.number().check(z.gte(0)),
  }),
  reasons: z.array(z.string()),
  /** Every gap answered: the plan's offerings that cover it, or why none does. */
  gaps: z.array(GapAnswerSchema),
  /** Facts about the whole plan, said once. */
  notes: z.array(z.string()),
});

/** A red flag. */
export type Flag = z.output<typeof FlagSchema>;
/**
 * One factor of a credibility report. Its evidence list is frozen: across a catalogue, reports
 * whose factor has the same result share one list.
 */
export type FactorReport = Readonly<
  Omit<z.output<typeof FactorReportSchema>, 'evidence'> & { evidence: readonly string[] }
>;
/** The credibility report of one offering. */
export type CredibilityReport = Omit<z.output<typeof CredibilityReportSchema>, 'factors'> & {
  factors: FactorReport[];
};
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
/** Quoted evidence that an offering covers a gap. */
export type CoverageEvidence = z.output<typeof CoverageEvidenceSchema>;
/** What a gap rests on. */
export type GapAnswer = z.output<typeof GapAnswerSchema>;
/** An offering held back by the trust floor. */
export type HeldBack = z.output<typeof HeldBackSchema>;
/** An amount in one currency. */
export type Money = z.output<typeof MoneySchema>;
