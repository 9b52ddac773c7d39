/**
 * The credibility evaluator: an offering's facts (who provides it, what its claims resolve to),
 * seven factor rules over them, content rules over its own text, and the combination into a
 * score, grade, confidence and red flags with the evidence behind every point.
 * @module
 */
import { assertCourse } from '../model/assert-course.js';
import type { Course } from '../model/course.js';
import type { CredibilityReport, CredibilitySummary } from '../model/report.js';
import { sharedAt } from './batch.js';
import { resolveClaim } from './claims.js';
import { combine, creditedResults } from './combine.js';
import { contentFlags } from './content-rules.js';
import { createContext, type EvaluateOptions, type EvaluationContext } from './context.js';
import { accreditationFactor } from './factors/accreditation.js';
import { assessmentFactor } from './factors/assessment.js';
import { currencyFactor } from './factors/currency.js';
import { outcomesFactor } from './factors/outcomes.js';
import { providerFactor } from './factors/provider.js';
import { transparencyFactor } from './factors/transparency.js';
import type { FactorResult, FactorRule, Offering } from './factors/types.js';
import { universityFactor } from './factors/university.js';
import { providerIdentity } from './identity.js';

export { gradeFor } from './combine.js';
export type { EvaluateOptions } from './context.js';

/** The factor rules, in report order. */
const FACTORS: readonly FactorRule<never>[] = [
  providerFactor,
  accreditationFactor,
  universityFactor,
  assessmentFactor,
  transparencyFactor,
  currencyFactor,
  outcomesFactor,
] as unknown as readonly FactorRule<never>[];

/** The factors that score only what an offering says about itself. */
const SELF_REPORTED: ReadonlySet<string> = new Set(
  FACTORS.filter((rule) => rule.selfReported === true).map((rule) => rule.id),
);
const isSelfReported = (id: string): boolean => SELF_REPORTED.has(id);

/** Each factor's table of shared results. */
const FACTOR_TABLES: ReadonlyMap<string, string> = new Map(
  FACTORS.map((rule) => [rule.id, `factor:${rule.id}`]),
);

/** Runs one factor rule, sharing its result across the batch by the key it declares. */
function runFactor(
  context: EvaluationContext,
  rule: FactorRule<never>,
  offering: Offering,
): FactorResult {
  const input = rule.read(offering, context);
  const { batch } = context;
  // Reports hold the result's evidence itself: frozen, so no report can change another's.
  const score = (): FactorResult => {
    const result = rule.score(input, context);
    Object.freeze(result.evidence);
    return result;
  };
  if (rule.key === undefined || batch === undefined) return score();
  return sharedAt(batch, FACTOR_TABLES.get(rule.id) as string, rule.key(input, batch.idOf), score);
}

/** Evaluates one validated course within a context. */
export function evaluateInContext(context: EvaluationContext, course: Course): CredibilityReport {
  const provider = providerIdentity(context, course);
  const claims = (course.accreditations ?? []).map((claim) =>
    resolveClaim(context, claim, course.provider, provider),
  );
  const offering: Offering = { course, provider, claims };
  const results = FACTORS.map((rule) => runFactor(context, rule, offering));
  const content = contentFlags(offering, context);
  const credited = creditedResults(context.policy, results, content, provider, isSelfReported);
  return combine(context, course.id, credited, content, provider);
}

/**
 * Evaluates one offering's credibility: a 0–100 score, a grade (A–E, or U when too little is
 * known to grade), confidence (0–1), red flags and the evidence behind every factor.
 * Deterministic given `asOf`. Throws `CredenceInputError` for something that is not a course.
 *
 * @example
 * ```ts
 * const report = evaluateCredibility(course, { asOf: '2026-11-28' });
 * report.grade; // 'B'
 * report.factors.find((f) => f.id === 'accreditation')?.evidence;
 * ```
 */
export function evaluateCredibility(course: Course, options: EvaluateOptions): CredibilityReport {
  const context = createContext(options);
  assertCourse(course, undefined);
  return evaluateInContext(context, course);
}

/**
 * Evaluates a catalogue: the same reports as one-by-one evaluation, faster (offerings that share
 * a provider, a claim or a factor's facts share the work). Evidence lists are frozen, and reports
 * whose factor has the same result hold the same list (copy one to change it).
 * Throws `CredenceInputError` for an entry that is not a course.
 *
 * @example
 * ```ts
 * const reports = evaluateCatalog(courses, { asOf: '2026-11-28' });
 * ```
 */
export function evaluateCatalog(
  courses: readonly Course[],
  options: EvaluateOptions,
): CredibilityReport[] {
  const context = createContext(options, true);
  return courses.map((course, index) => {
    assertCourse(course, index);
    return evaluateInContext(context, course);
  });
}

/**
 * Scores a catalogue for ranking: the same scores, grades, confidence and flags as
 * {@link evaluateCatalog}, without the factor entries (the evidence stays one
 * `evaluateCredibility` call away). The recommender keeps these: they are smaller to hold.
 *
 * @example
 * ```ts
 * summarizeCatalog(courses, { asOf: '2026-11-28' })[0]?.score;
 * ```
 */
export function summarizeCatalog(
  courses: readonly Course[],
  options: EvaluateOptions,
): CredibilitySummary[] {
  const context = createContext(options, true);
  return courses.map((course, index) => {
    assertCourse(course, index);
    const { id, score, grade, confidence, flags } = evaluateInContext(context, course);
    return { id, score, grade, confidence, flags };
  });
}
