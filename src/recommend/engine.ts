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
  /** Every course covering at least one gap, scored (excluded ones included). */
  readonly candidates: readonly Candidate[];
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
  analysis: Omit<Analysis, 'candidates'>,
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
): { base: Omit<Analysis, 'candidates'>; maps: Map<number, GapHit>[] } {
  const context = [profile.profession, profile.specialty ?? ''].filter((s) => s !== '');
  const gaps = profile.gaps.map((g) => resolvedGap(state, g.skill, context));
  const weights = profile.gaps.map((g) => PRIORITY_WEIGHTS[g.priority]);
  const maps = gaps.map((g) => gapCoverage(state.index, g));
  const target = requiredCreditTarget(profile, state.context.reference);
  return { base: { gaps, weights, target }, maps };
}

/**
 * Analyses a profile: every course covering any gap, scored.
 *
 * @example
 * ```ts
 * analyse(state, profile, true).candidates.length;
 * ```
 */
export function analyse(
  state: EngineState,
  profile: ClinicianProfile,
  excludeCritical: boolean,
): Analysis {
  const { base, maps } = prepare(state, profile);
  const positions = new Set<number>();
  for (const m of maps) for (const p of m.keys()) positions.add(p);
  const candidates = [...positions]
    .sort((a, b) => a - b)
    .map((p) => scoreCandidate(state, profile, base, maps, p, excludeCritical));
  return { ...base, candidates };
}
