/**
 * `createRecommender`: builds the catalogue index and credibility reports once, then answers
 * `recommend`, `plan`, `whyNot` and `explain` for any number of clinicians.
 * @module
 */
import { createContext } from '../credibility/context.js';
import { DEFAULT_POLICY } from '../credibility/defaults.js';
import { summarizeCatalog } from '../credibility/evaluate.js';
import type { Course } from '../model/course.js';
import { parseProfile } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile, ClinicianProfileInput } from '../model/profile.js';
import type { LearningPlan, Recommendation, RecommendationResult } from '../model/report.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import { createCourseIndex } from '../relevance/course-index.js';
import { analyse } from './analyse.js';
import type { Rates } from './constraints.js';
import {
  DEFAULT_LIMIT,
  GAP_COVERED_MIN,
  MMR_POOL,
  MMR_POOL_FACTOR,
  PLAN_POOL,
} from './defaults.js';
import {
  type Analysis,
  type Candidate,
  createGapTableCache,
  type EngineState,
  eligibility,
  prepare,
  scoreCandidate,
} from './engine.js';
import { fitInputs } from './fit-inputs.js';
import { diversify } from './mmr.js';
import { makePlan } from './plan.js';
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

/** A course's full scoring for one clinician. */
export interface Explanation {
  /** The course's id. */
  readonly id: string;
  /** How well it covers the clinician's gaps, 0–1. */
  readonly relevance: number;
  /** Its credibility score, 0–100. */
  readonly credibility: number;
  /** How well it fits budget, time, format, language and required credit, 0–1. */
  readonly fit: number;
  /** The combined ranking score, 0–1. */
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
   * Ranks the offerings that close the profile's gaps (at most `limit`, default 10), each with
   * the gaps it covers and its reasons; `uncoveredGaps` lists what nothing covers. Critically
   * flagged offerings are left out unless `includeFlagged`. Throws `CredenceValidationError`
   * for an invalid profile.
   *
   * @example
   * ```ts
   * recommender.recommend({ profession: 'nurse', gaps: ['NIV'] }, { limit: 5 });
   * ```
   */
  recommend(
    profile: ClinicianProfileInput,
    options?: { limit?: number; includeFlagged?: boolean },
  ): RecommendationResult;
  /**
   * Chooses a set of offerings that covers the gaps and any regulator or required-credit CPD
   * requirement within the profile's budget and hours.
   *
   * @example
   * ```ts
   * recommender.plan({ profession: 'nurse', regulator: 'NMC', gaps: ['sepsis'], hoursAvailable: 35 });
   * ```
   */
  plan(profile: ClinicianProfileInput): LearningPlan;
  /**
   * Why an offering is not recommended for this profile (hard constraints, flags, relevance).
   *
   * @example
   * ```ts
   * recommender.whyNot(profile, 'mill-acme-typo-ecg'); // ['critical red flag: …']
   * ```
   */
  whyNot(profile: ClinicianProfileInput, courseId: string): string[];
  /**
   * One offering's full scoring for this profile, or `undefined` if the id is not in the catalogue.
   *
   * @example
   * ```ts
   * recommender.explain(profile, 'kcl-advanced-ecg')?.reasons;
   * ```
   */
  explain(profile: ClinicianProfileInput, courseId: string): Explanation | undefined;
}

const parse = (p: ClinicianProfileInput | ClinicianProfile): ClinicianProfile => parseProfile(p);

const rank = (a: Candidate, b: Candidate): number =>
  b.score - a.score || (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0);

/**
 * Builds a recommender: indexes the catalogue against the taxonomy and evaluates every course's
 * credibility once.
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
  const index = createCourseIndex(courses, reference.taxonomy());
  // Ranking needs scores and flags, not the evidence behind them (explain a course with
  // evaluateCredibility): summaries are faster to build and smaller to keep.
  const reports = summarizeCatalog(index.courses, { asOf: options.asOf, policy, reference });
  const state: EngineState = {
    index,
    reports,
    policy,
    context,
    ...(options.rates ? { rates: options.rates } : {}),
    claims: new Array(index.courses.length),
    gaps: new Map(),
    tables: createGapTableCache(),
    inputs: fitInputs(index.courses, reports),
  };
  const excludeCritical = policy.ranking.excludeCritical;

  const scoreOne = (
    profile: ClinicianProfile,
    id: string,
    exclude: boolean,
  ): Candidate | undefined => {
    const position = index.positionOf(id);
    if (position === undefined) return undefined;
    const { base, maps } = prepare(state, profile);
    return scoreCandidate(state, profile, base, maps, position, exclude);
  };

  /** Whether any eligible course covers gap `g` (scored ones first, then the rest of its hits). */
  const coversGap = (
    g: number,
    scored: readonly Candidate[],
    analysis: Analysis,
    profile: ClinicianProfile,
    includeFlagged: boolean,
  ): boolean => {
    if (scored.some((c) => (c.coverage[g] ?? 0) >= GAP_COVERED_MIN)) return true;
    const table = analysis.gapMaps[g];
    if (!table) return false;
    const eligible = eligibility(
      state,
      profile,
      analysis,
      excludeCritical && !includeFlagged,
      policy.ranking.minRelevance,
    );
    for (let i = 0; i < table.positions.length; i++) {
      if (Math.min(1, table.scores[i] as number) < GAP_COVERED_MIN) continue;
      if (eligible(table.positions[i] as number)) return true;
    }
    return false;
  };

  return {
    recommend(input, opts = {}) {
      const profile = parse(input);
      const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
      const minRelevance = policy.ranking.minRelevance;
      const wanted = Math.max(MMR_POOL, limit * MMR_POOL_FACTOR);
      const analysis = analyse(state, profile, excludeCritical && !opts.includeFlagged, {
        wanted,
        minRelevance,
      });
      const eligible = analysis.candidates.filter(
        (c) => c.verdict.excluded.length === 0 && c.relevance >= minRelevance,
      );
      eligible.sort(rank);
      const pool = eligible.slice(0, wanted);
      const picked = diversify(
        pool.map((c) => ({ id: c.course.id, score: c.score, coverage: c.coverage, c })),
        policy.ranking.diversity,
        limit,
      );
      const recommendations: Recommendation[] = picked.map(({ c }, i) => ({
        id: c.course.id,
        rank: i + 1,
        score: c.score,
        relevance: c.relevance,
        credibility: c.report?.score ?? 0,
        fit: Math.round(c.verdict.fit * 10_000) / 10_000,
        gaps: coveredGaps(profile, c),
        reasons: reasonsFor(index, profile, analysis, c),
      }));
      const uncoveredGaps = profile.gaps
        .filter((_, g) => !coversGap(g, eligible, analysis, profile, opts.includeFlagged === true))
        .map((g) => g.skill);
      return { recommendations, uncoveredGaps };
    },
    plan(input) {
      const profile = parse(input);
      return makePlan(
        state,
        profile,
        analyse(state, profile, excludeCritical, {
          wanted: PLAN_POOL,
          minRelevance: policy.ranking.minRelevance,
        }),
      );
    },
    whyNot(input, courseId) {
      const profile = parse(input);
      const c = scoreOne(profile, courseId, excludeCritical);
      if (!c) return [`${courseId} is not in the catalogue`];
      const out = [...c.verdict.excluded];
      if (c.relevance < policy.ranking.minRelevance) {
        out.push(
          c.relevance === 0
            ? 'covers none of the gaps'
            : `relevance ${c.relevance.toFixed(2)} is below the minimum ${policy.ranking.minRelevance}`,
        );
      }
      if (out.length === 0) {
        const result = this.recommend(profile, { limit: index.courses.length });
        const position = result.recommendations.find((r) => r.id === courseId)?.rank;
        out.push(`not excluded: ranked ${position ?? '?'} with score ${c.score.toFixed(2)}`);
      }
      return out;
    },
    explain(input, courseId) {
      const profile = parse(input);
      const c = scoreOne(profile, courseId, excludeCritical);
      if (!c) return undefined;
      const { base } = prepare(state, profile);
      return {
        id: courseId,
        relevance: c.relevance,
        credibility: c.report?.score ?? 0,
        fit: c.verdict.fit,
        score: c.score,
        gaps: coveredGaps(profile, c),
        excluded: c.verdict.excluded,
        reasons: reasonsFor(index, profile, { ...base, candidates: [c], gapMaps: [] }, c),
      };
    },
  };
}
