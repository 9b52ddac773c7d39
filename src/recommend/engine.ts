/**
 * The shared scoring core of the recommender: resolves a profile's gaps once, finds every
 * course that covers any of them through the inverted index, and scores each candidate's
 * relevance, credibility and fit.
 * @module
 */
import { type ResolvedClaim, resolveClaim } from '../credibility/claims.js';
import type { EvaluationContext } from '../credibility/context.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { CredibilityReport } from '../model/report.js';
import { audienceFit } from '../relevance/audience.js';
import type { CourseIndex } from '../relevance/course-index.js';
import { AUDIENCE_FLOOR, PRIORITY_WEIGHTS } from '../relevance/defaults.js';
import {
  type GapHit,
  gapCoverage,
  type ResolvedGap,
  resolveGap,
} from '../relevance/gap-relevance.js';
import { type FitVerdict, judgeFit, type Rates } from './constraints.js';
import { type CreditTarget, requiredCreditTarget } from './credits.js';

/** Everything built once per catalogue. */
export interface EngineState {
  readonly index: CourseIndex;
  /** Credibility report of each course, by position. */
  readonly reports: readonly CredibilityReport[];
  readonly policy: Policy;
  readonly context: EvaluationContext;
  readonly rates?: Rates;
  /** Lazily resolved claims by position (a cache owned by this recommender). */
  readonly claims: (readonly ResolvedClaim[] | undefined)[];
  /** Resolved gaps by text + context (a bounded cache owned by this recommender). */
  readonly gaps: Map<string, ResolvedGap>;
}

/** One course scored for one profile. */
export interface Candidate {
  readonly position: number;
  readonly course: Course;
  readonly report: CredibilityReport | undefined;
  /** Coverage of each gap (0–1), in the profile's gap order. */
  readonly coverage: readonly number[];
  readonly hits: readonly (GapHit | undefined)[];
  readonly relevance: number;
  readonly audienceNote: string;
  readonly verdict: FitVerdict;
  readonly score: number;
}

/** A profile analysed against the catalogue. */
export interface Analysis {
  readonly gaps: readonly ResolvedGap[];
  readonly weights: readonly number[];
  readonly target: CreditTarget | undefined;
  /** The courses scored (excluded ones included), best bound first. */
  readonly candidates: readonly Candidate[];
  /** Coverage of each gap by course position. */
  readonly gapMaps: readonly ReadonlyMap<number, GapHit>[];
}

/** Claims of the course at a position, resolved once. */
export function claimsAt(state: EngineState, position: number): readonly ResolvedClaim[] {
  let claims = state.claims[position];
  if (claims === undefined) {
    const course = state.index.courses[position];
    claims = (course?.accreditations ?? []).map((c) => resolveClaim(state.context, c));
    state.claims[position] = claims;
  }
  return claims;
}

function resolvedGap(state: EngineState, text: string, context: readonly string[]): ResolvedGap {
  const key = `${text}\u0000${context.join('\u0001')}`;
  let gap = state.gaps.get(key);
  if (!gap) {
    gap = resolveGap(state.index, text, context);
    if (state.gaps.size > 5_000) state.gaps.clear();
    state.gaps.set(key, gap);
  }
  return gap;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Scores the course at one position against resolved gaps. */
export function scoreCandidate(
  state: EngineState,
  profile: ClinicianProfile,
  analysis: Omit<Analysis, 'candidates' | 'gapMaps'>,
  maps: readonly Map<number, GapHit>[],
  position: number,
  excludeCritical: boolean,
): Candidate {
  const course = state.index.courses[position] as Course;
  const hits = maps.map((m) => m.get(position));
  const coverage = hits.map((h) => round(Math.min(1, h?.score ?? 0)));
  let miss = 1;
  coverage.forEach((c, g) => {
    miss *= 1 - (analysis.weights[g] ?? 0) * c;
  });
  const audience = audienceFit(course, profile.profession);
  const relevance = round((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * audience.fit));
  const report = state.reports[position];
  const verdict = judgeFit(course, report, claimsAt(state, position), profile, {
    excludeCritical,
    ...(analysis.target ? { target: analysis.target } : {}),
    ...(state.rates ? { rates: state.rates } : {}),
  });
  const r = state.policy.ranking;
  const total = r.relevance + r.credibility + r.fit || 1;
  const credibility = (report?.score ?? 0) / 100;
  // Below the grade-C band a course's whole score shrinks in proportion: a weakly credible
  // offering must be far more relevant to compete (keeps mills without critical flags down).
  const floor = state.policy.gradeBands.C / 100;
  const gate = floor > 0 && credibility < floor ? credibility / floor : 1;
  const score = round(
    ((r.relevance * relevance + r.credibility * credibility + r.fit * verdict.fit) / total) * gate,
  );
  return {
    position,
    course,
    report,
    coverage,
    hits,
    relevance,
    audienceNote: audience.note,
    verdict,
    score,
  };
}

/** Resolves the gaps and prepares weights and the credit target, without scoring courses. */
export function prepare(
  state: EngineState,
  profile: ClinicianProfile,
): { base: Omit<Analysis, 'candidates' | 'gapMaps'>; maps: Map<number, GapHit>[] } {
  const context = [profile.profession, profile.specialty ?? ''].filter((s) => s !== '');
  const gaps = profile.gaps.map((g) => resolvedGap(state, g.skill, context));
  const weights = profile.gaps.map((g) => PRIORITY_WEIGHTS[g.priority]);
  const maps = gaps.map((g) => gapCoverage(state.index, g));
  const target = requiredCreditTarget(profile, state.context.reference);
  return { base: { gaps, weights, target }, maps };
}

/** A candidate before its fit is judged: relevance and an upper bound of its score. */
interface Rough {
  readonly position: number;
  readonly relevance: number;
  readonly bound: number;
  readonly id: string;
}

/**
 * Analyses a profile: scores the courses covering any gap, best first, stopping once `wanted`
 * eligible ones are found and no unscored course could beat them (threshold algorithm: the
 * bound assumes a perfect fit, so the result equals scoring every course).
 *
 * @example
 * ```ts
 * analyse(state, profile, true, { wanted: 40, minRelevance: 0.2 }).candidates.length;
 * ```
 */
export function analyse(
  state: EngineState,
  profile: ClinicianProfile,
  excludeCritical: boolean,
  options: { wanted: number; minRelevance: number } = {
    wanted: Number.POSITIVE_INFINITY,
    minRelevance: 0,
  },
): Analysis {
  const { base, maps } = prepare(state, profile);
  const r = state.policy.ranking;
  const total = r.relevance + r.credibility + r.fit || 1;
  const floor = state.policy.gradeBands.C / 100;
  const positions = new Set<number>();
  for (const m of maps) for (const p of m.keys()) positions.add(p);
  const rough: Rough[] = [];
  for (const position of positions) {
    let miss = 1;
    maps.forEach((m, g) => {
      miss *= 1 - (base.weights[g] ?? 0) * Math.min(1, m.get(position)?.score ?? 0);
    });
    const relevance = 1 - miss;
    if (relevance < options.minRelevance) continue;
    const credibility = (state.reports[position]?.score ?? 0) / 100;
    const gate = floor > 0 && credibility < floor ? credibility / floor : 1;
    const bound =
      ((r.relevance * relevance + r.credibility * credibility + r.fit) / total) * gate + 1e-9;
    rough.push({ position, relevance, bound, id: state.index.courses[position]?.id ?? '' });
  }
  rough.sort((a, b) => b.bound - a.bound || (a.id < b.id ? -1 : 1));
  const candidates: Candidate[] = [];
  const eligibleScores: number[] = [];
  for (const item of rough) {
    if (eligibleScores.length >= options.wanted) {
      const kth = eligibleScores[eligibleScores.length - 1] ?? 0;
      if (item.bound < kth) break;
    }
    const c = scoreCandidate(state, profile, base, maps, item.position, excludeCritical);
    candidates.push(c);
    if (c.verdict.excluded.length === 0 && c.relevance >= options.minRelevance) {
      let i = eligibleScores.length;
      eligibleScores.push(c.score);
      while (i > 0 && (eligibleScores[i - 1] ?? 0) < c.score) {
        eligibleScores[i] = eligibleScores[i - 1] ?? 0;
        i--;
      }
      eligibleScores[i] = c.score;
      if (eligibleScores.length > options.wanted) eligibleScores.pop();
    }
  }
  return { ...base, candidates, gapMaps: maps };
}
