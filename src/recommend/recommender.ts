/**
 * `createRecommender`: builds the catalogue index and credibility summaries once, then answers
 * `recommend`, `plan`, `whyNot` and `explain` for any number of clinicians.
 * @module
 */

import { type ResolvedClaim, resolveClaim } from '../credibility/claims.js';
import { createContext } from '../credibility/context.js';
import { DEFAULT_POLICY } from '../credibility/defaults.js';
import { evaluateInContext } from '../credibility/evaluate.js';
import { providerIdentity } from '../credibility/identity.js';
import { assertCourse } from '../model/assert-course.js';
import type { Course } from '../model/course.js';
import { parseProfile } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile, ClinicianProfileInput } from '../model/profile.js';
import type {
  CredibilitySummary,
  LearningPlan,
  Recommendation,
  RecommendationResult,
} from '../model/report.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import { catalogueOrder, createCourseIndex } from '../relevance/course-index.js';
import { COVERS_FROM } from '../relevance/defaults.js';
import { analyse } from './analyse.js';
import { answerGaps, heldBackCoverers } from './answers.js';
import { costUnknownForBudget, type FitOptions, type Rates } from './constraints.js';
import { courseFacts, gradeRank } from './course-facts.js';
import { DEFAULT_LIMIT } from './defaults.js';
import {
  type Candidate,
  type EngineState,
  type Prepared,
  prepare,
  scoreCandidate,
} from './engine.js';
import { type FloorOptions, floorNote, heldBackAt, trustFloor } from './floor.js';
import { placeInOrder } from './order.js';
import { fillerOrder, makePlan } from './plan.js';
import { coveredGaps, reasonsFor } from './reasons.js';

/** Options of {@link createRecommender}. */
export interface RecommenderOptions {
  /** The date (YYYY-MM-DD) credibility rules use. */
  readonly asOf: string;
  /** Reference data (accreditors, taxonomy…); defaults to the bundled data. */
  readonly reference?: Reference;
  /** A complete policy (see `resolvePolicy`); defaults to `DEFAULT_POLICY`. */
  readonly policy?: Policy;
  /** Exchange rates (value of one unit of each currency in a common unit); none by default. */
  readonly rates?: Rates;
}

/** Options of one request: the trust floor and fit to the person. */
export interface RequestOptions extends FloorOptions, FitOptions {}

/** Options of {@link Recommender.recommend}. */
export interface RecommendOptions extends RequestOptions {
  /** Most offerings listed (default 10). */
  readonly limit?: number;
}

/** A course's full scoring for one clinician. */
export interface Explanation {
  /** The course's id. */
  readonly id: string;
  /** How well it covers the clinician's gaps, weighted by priority, 0–1. */
  readonly relevance: number;
  /** Its credibility score, 0–100. */
  readonly credibility: number;
  /** How well it fits budget, time, format, place, language and required credit, 0–1. */
  readonly fit: number;
  /** The ranking score, 0–1. */
  readonly score: number;
  /** The gaps it covers, as the clinician typed them. */
  readonly gaps: readonly string[];
  /** Hard constraints that exclude it (empty when it can be recommended). */
  readonly excluded: readonly string[];
  /** Readable reasons behind each number. */
  readonly reasons: readonly string[];
}

/** A recommender over one catalogue. */
export interface Recommender {
  /**
   * Ranks the offerings that cover the profile's gaps (at most `limit`, default 10), each with
   * the gaps it covers, the quoted evidence and its reasons; answers every gap (covered by which
   * offerings, or why not); lists what the trust floor holds back. Throws
   * `CredenceValidationError` for an invalid profile.
   *
   * @example
   * ```ts
   * recommender.recommend({ profession: 'nurse', gaps: ['NIV'] }, { limit: 5 });
   * ```
   */
  recommend(profile: ClinicianProfileInput, options?: RecommendOptions): RecommendationResult;
  /**
   * Chooses offerings that cover as many gaps as possible (by priority) within the profile's
   * budget and hours, then meet any regulator or required-credit CPD requirement, and says what
   * is left uncovered and why.
   *
   * @example
   * ```ts
   * recommender.plan({ profession: 'nurse', regulator: 'NMC', gaps: ['sepsis'], hoursAvailable: 35 });
   * ```
   */
  plan(profile: ClinicianProfileInput, options?: RequestOptions): LearningPlan;
  /**
   * Why an offering is, or is not, recommended for this profile: what excludes it, whether it
   * covers a gap, and its place by score.
   *
   * @example
   * ```ts
   * recommender.whyNot(profile, 'mill-acme-typo-ecg'); // ['held back: grade E, critical flag: …']
   * ```
   */
  whyNot(profile: ClinicianProfileInput, courseId: string, options?: RequestOptions): string[];
  /**
   * One offering's full scoring for this profile, or `undefined` if the id is not in the catalogue.
   *
   * @example
   * ```ts
   * recommender.explain(profile, 'kcl-advanced-ecg')?.reasons;
   * ```
   */
  explain(
    profile: ClinicianProfileInput,
    courseId: string,
    options?: RequestOptions,
  ): Explanation | undefined;
}

const parse = (p: ClinicianProfileInput | ClinicianProfile): ClinicianProfile => parseProfile(p);

/**
 * The note said once when the costs of listed offerings in other currencies cannot be compared
 * with the budget.
 */
function currencyNote(prepared: Prepared, pool: readonly Candidate[]): string | undefined {
  const budget = prepared.profile.budget;
  if (!budget) return undefined;
  const currencies = new Set<string>();
  for (const c of pool) {
    if (costUnknownForBudget(prepared.query, c.position) && c.course.cost)
      currencies.add(c.course.cost.currency);
  }
  if (currencies.size === 0) return undefined;
  const list = [...currencies].sort().join(', ');
  return `Costs in ${list} are unknown for the ${budget.currency} budget (no exchange rates were given): such offerings are listed without a budget check, and plans leave them out. Pass rates to compare them.`;
}

/**
 * Builds a recommender: evaluates every course's credibility (summaries) and indexes the
 * catalogue against the taxonomy. Offerings the default trust floor holds back do not shape the
 * catalogue's statistics, so adding a mill changes no other offering's relevance.
 *
 * @example
 * ```ts
 * const r = createRecommender(courses, { asOf: '2026-11-28' });
 * r.recommend({ profession: 'nurse', gaps: [{ skill: 'sepsis recogntion', priority: 'high' }] })
 *   .recommendations[0]?.id;
 * ```
 */
export function createRecommender(
  courses: readonly Course[],
  options: RecommenderOptions,
): Recommender {
  const reference = options.reference ?? defaultReference();
  const policy = options.policy ?? DEFAULT_POLICY;
  const context = createContext({ asOf: options.asOf, policy, reference }, true);
  courses.forEach(assertCourse);
  const ordered = catalogueOrder(courses);
  // Ranking needs scores and flags, not the evidence behind them (explain a course with
  // evaluateCredibility): summaries are smaller to keep. The claims the evaluation resolved are
  // kept too (resolved again through the evaluation's shared tables, so at no real cost): fit
  // reads them, and an exact fit keeps the best-first search short.
  const reports: CredibilitySummary[] = [];
  const claims: (readonly ResolvedClaim[])[] = [];
  for (const course of ordered) {
    const { id, score, grade, confidence, flags } = evaluateInContext(context, course);
    reports.push({ id, score, grade, confidence, flags });
    const provider = providerIdentity(context, course);
    claims.push(
      (course.accreditations ?? []).map((c) => resolveClaim(context, c, course.provider, provider)),
    );
  }
  const floor = trustFloor({}, policy);
  const held = new Set<Course>();
  ordered.forEach((c, i) => {
    const r = reports[i];
    const critical = r?.flags.some((f) => f.severity === 'critical') ?? false;
    if (r && heldBackAt(floor, gradeRank(r.grade), critical)) held.add(c);
  });
  const index = createCourseIndex(ordered, reference.taxonomy(), { counts: (c) => !held.has(c) });
  const facts = courseFacts(index, reports);
  const state: EngineState = {
    index,
    facts,
    fillerOrder: fillerOrder(facts),
    policy,
    context,
    ...(options.rates ? { rates: options.rates } : {}),
    claims,
    readings: new Map(),
    tables: { byReading: new Map(), positions: 0, ranked: new Map(), serial: new Map(), next: 0 },
    unions: { byKey: new Map(), bytes: 0 },
  };
  const request = (input: ClinicianProfileInput, opts: RequestOptions = {}) => {
    const profile = parse(input);
    return prepare(state, profile, trustFloor(opts, policy), opts);
  };

  return {
    recommend(input, opts = {}) {
      const prepared = request(input, opts);
      const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
      const margin = policy.ranking.diversity;
      const { eligible } = analyse(state, prepared, { wanted: limit });
      const gapTexts = prepared.profile.gaps.map((g) => g.skill);
      const placed = placeInOrder(eligible, gapTexts, limit, margin);
      const recommendations: Recommendation[] = placed.map(({ candidate: c, order }, i) => {
        const { evidence, reasons } = reasonsFor(index, prepared, c);
        return {
          id: c.course.id,
          rank: i + 1,
          score: c.score,
          relevance: c.relevance,
          credibility: c.report?.score ?? 0,
          grade: c.report?.grade ?? 'U',
          fit: c.fit,
          gaps: coveredGaps(prepared, c),
          reasons: order ? [`Order: ${order}`, ...reasons] : reasons,
          evidence,
          ...(order ? { order } : {}),
        };
      });
      const listed = placed.map((x) => x.candidate);
      const gaps = answerGaps(state, prepared, listed);
      const held = heldBackCoverers(state, prepared, Math.max(limit, 5));
      const notes = [
        currencyNote(prepared, listed),
        floorNote(prepared.query.floor, policy),
        held.total > held.list.length
          ? `${held.total} offerings covering a gap are held back by the trust floor; the ${held.list.length} most relevant are listed`
          : undefined,
        prepared.profile.gaps.length === 0
          ? 'No gaps given: offerings that fit the profile are listed by credibility and fit'
          : undefined,
      ].filter((n): n is string => n !== undefined);
      return {
        recommendations,
        uncoveredGaps: gaps.filter((g) => !g.covered).map((g) => g.gap),
        gaps,
        heldBack: held.list,
        notes,
      };
    },
    plan(input, opts = {}) {
      return makePlan(state, request(input, opts));
    },
    whyNot(input, courseId, opts = {}) {
      const prepared = request(input, opts);
      const position = index.positionOf(courseId);
      if (position === undefined) return [`${courseId} is not in the catalogue`];
      const c = scoreCandidate(state, prepared, position);
      const out = c.excluded.map((e) => e.message);
      const gaps = coveredGaps(prepared, c);
      if (gaps.length === 0 && prepared.profile.gaps.length > 0) {
        const best = Math.max(0, ...c.coverage);
        out.push(
          best === 0
            ? 'covers none of the gaps'
            : `covers none of the gaps (its best coverage is ${Math.round(best * 100)}%, covering takes ${Math.round(COVERS_FROM * 100)}%)`,
        );
      }
      if (out.length === 0) {
        const above = analyse(state, prepared, {
          wanted: 0,
          stopBelow: c.score,
        }).eligible.filter(
          (o) => o.score > c.score || (o.score === c.score && o.course.id < courseId),
        ).length;
        const place = above + 1;
        out.push(
          `not excluded: covers ${gaps.map((g) => `'${g}'`).join(', ')}; place ${place} by score (${c.score.toFixed(2)})${place > DEFAULT_LIMIT ? `, listed with --top ${place} or more` : ''}`,
        );
      }
      return out;
    },
    explain(input, courseId, opts = {}) {
      const prepared = request(input, opts);
      const position = index.positionOf(courseId);
      if (position === undefined) return undefined;
      const c = scoreCandidate(state, prepared, position);
      return {
        id: courseId,
        relevance: c.relevance,
        credibility: c.report?.score ?? 0,
        fit: c.fit,
        score: c.score,
        gaps: coveredGaps(prepared, c),
        excluded: c.excluded.map((e) => e.message),
        reasons: reasonsFor(index, prepared, c).reasons,
      };
    },
  };
}
