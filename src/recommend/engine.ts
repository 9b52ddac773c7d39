/**
 * The shared scoring core of the recommender: resolves a profile's gaps once, finds every
 * course that covers any of them through the inverted index, and scores each candidate's
 * relevance, credibility and fit.
 * @module
 */
import { type ResolvedClaim, resolveClaim } from '../credibility/claims.js';
import type { EvaluationContext } from '../credibility/context.js';
import { providerIdentity } from '../credibility/identity.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { CredibilitySummary } from '../model/report.js';
import { audienceFitCanonical, canonicalProfession } from '../relevance/audience.js';
import type { CourseIndex } from '../relevance/course-index.js';
import { AUDIENCE_FLOOR, PRIORITY_WEIGHTS } from '../relevance/defaults.js';
import {
  type GapHit,
  type GapLookup,
  type GapTable,
  gapTable,
  type ResolvedGap,
  resolveGap,
} from '../relevance/gap-relevance.js';
import { type FitVerdict, judgeFit, type Rates } from './constraints.js';
import { type CreditTarget, requiredCreditTarget } from './credits.js';
import { type FitInputs, fitBound, fitQuery } from './fit-inputs.js';

/** Everything built once per catalogue. */
export interface EngineState {
  readonly index: CourseIndex;
  /** Credibility report of each course, by position. */
  readonly reports: readonly CredibilitySummary[];
  readonly policy: Policy;
  readonly context: EvaluationContext;
  readonly rates?: Rates;
  /** Lazily resolved claims by position (a cache owned by this recommender). */
  readonly claims: (readonly ResolvedClaim[] | undefined)[];
  /** Resolved gaps by text + context (a bounded cache owned by this recommender). */
  readonly gaps: Map<string, ResolvedGap>;
  /** Coverage tables of recently asked gaps (a bounded cache owned by this recommender). */
  readonly tables: GapTableCache;
  /** Each course's fit inputs, by position. */
  readonly inputs: FitInputs;
  /** Lazily built: courses with hours and their hours per unit of cost, for the planner. */
  fillers?: { readonly rank: Float64Array; readonly positions: Int32Array };
}

/**
 * Gap coverage tables by resolved gap. A table depends only on the catalogue and the gap, and
 * clinicians ask about the same gaps again and again ("sepsis", "ECG"), so a repeated gap skips
 * merging postings. Bounded by the courses the tables list (see {@link TABLE_CACHE_POSITIONS}).
 */
export interface GapTableCache {
  readonly byGap: Map<ResolvedGap, GapTable>;
  /** Courses listed by the cached tables, all together. */
  positions: number;
}

/** Courses the cached gap tables may list in all: about 32 MB of typed arrays at most. */
export const TABLE_CACHE_POSITIONS = 2_000_000;

/** A new, empty {@link GapTableCache}. */
export function createGapTableCache(): GapTableCache {
  return { byGap: new Map(), positions: 0 };
}

function tableOf(state: EngineState, gap: ResolvedGap): GapTable {
  const cache = state.tables;
  let table = cache.byGap.get(gap);
  if (table === undefined) {
    table = gapTable(state.index, gap);
    if (cache.positions + table.positions.length > TABLE_CACHE_POSITIONS) {
      cache.byGap.clear();
      cache.positions = 0;
    }
    if (table.positions.length <= TABLE_CACHE_POSITIONS) {
      cache.byGap.set(gap, table);
      cache.positions += table.positions.length;
    }
  }
  return table;
}

/** One course scored for one profile. */
export interface Candidate {
  readonly position: number;
  readonly course: Course;
  readonly report: CredibilitySummary | undefined;
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
  /** The courses scored that no hard constraint excludes, best bound first. */
  readonly candidates: readonly Candidate[];
  /** Coverage of each gap by course position. */
  readonly gapMaps: readonly GapTable[];
}

/**
 * Claims of the course at a position, resolved once, as the credibility evaluator resolves them:
 * with the provider's name, so credit a provider designates itself (an accredited provider's
 * "AMA PRA Category 1 Credit") counts toward a required credit.
 */
export function claimsAt(state: EngineState, position: number): readonly ResolvedClaim[] {
  let claims = state.claims[position];
  if (claims === undefined) {
    const course = state.index.courses[position];
    claims =
      course === undefined
        ? []
        : (course.accreditations ?? []).map((c) =>
            resolveClaim(
              state.context,
              c,
              course.provider,
              providerIdentity(state.context, course),
            ),
          );
    state.claims[position] = claims;
  }
  return claims;
}

function resolvedGap(state: EngineState, text: string, context: readonly string[]): ResolvedGap {
  const key = `${text}\u0000${context.join('\u0001')}`;
  let gap = state.gaps.get(key);
  if (!gap) {
    gap = resolveGap(state.index, text, context);
    if (state.gaps.size > 5_000) {
      state.gaps.clear();
      // Tables are keyed by resolved gap: the forgotten gaps' tables can never be found again.
      state.tables.byGap.clear();
      state.tables.positions = 0;
    }
    state.gaps.set(key, gap);
  }
  return gap;
}

/** Rounds a score to 4 decimals (scores are compared and reported at this precision). */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Audience fit of each audience class for one profession (memo per query). */
export function audienceMemo(state: EngineState, profession: string) {
  const mine = canonicalProfession(profession);
  const memo: ({ fit: number; note: string } | undefined)[] = [];
  return (position: number): { fit: number; note: string } => {
    const cls = state.index.audienceClass[position] as number;
    let a = memo[cls];
    if (!a) {
      a = audienceFitCanonical(state.index.audiences[cls] ?? [], mine);
      memo[cls] = a;
    }
    return a;
  };
}

/** Scores the course at one position against resolved gaps. */
export function scoreCandidate(
  state: EngineState,
  profile: ClinicianProfile,
  analysis: Omit<Analysis, 'candidates' | 'gapMaps'>,
  maps: readonly GapLookup[],
  position: number,
  excludeCritical: boolean,
  audienceOf: (position: number) => { fit: number; note: string } = audienceMemo(
    state,
    profile.profession,
  ),
): Candidate {
  const course = state.index.courses[position] as Course;
  const hits = maps.map((m) => m.get(position));
  const coverage = hits.map((h) => round4(Math.min(1, h?.score ?? 0)));
  let miss = 1;
  coverage.forEach((c, g) => {
    miss *= 1 - (analysis.weights[g] ?? 0) * c;
  });
  const audience = audienceOf(position);
  const relevance = round4((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * audience.fit));
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
  const score = round4(
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
): { base: Omit<Analysis, 'candidates' | 'gapMaps'>; maps: GapTable[] } {
  const context = [profile.profession, profile.specialty ?? ''].filter((s) => s !== '');
  const gaps = profile.gaps.map((g) => resolvedGap(state, g.skill, context));
  const weights = profile.gaps.map((g) => PRIORITY_WEIGHTS[g.priority]);
  const maps = gaps.map((g) => tableOf(state, g));
  const target = requiredCreditTarget(profile, state.context.reference);
  return { base: { gaps, weights, target }, maps };
}

/**
 * A test of whether the course at a position is eligible (no hard constraint, relevance at
 * least `minRelevance`) — the same verdict as {@link scoreCandidate}, without building reasons.
 */
export function eligibility(
  state: EngineState,
  profile: ClinicianProfile,
  analysis: Analysis,
  excludeCritical: boolean,
  minRelevance: number,
): (position: number) => boolean {
  const q = fitQuery(state.inputs, profile, {
    excludeCritical,
    ...(analysis.target ? { target: analysis.target } : {}),
    ...(state.rates ? { rates: state.rates } : {}),
  });
  const audienceOf = audienceMemo(state, profile.profession);
  return (position) => {
    if (fitBound(q, position) < 0) return false;
    let miss = 1;
    analysis.gapMaps.forEach((m, g) => {
      const c = round4(Math.min(1, m.get(position)?.score ?? 0));
      miss *= 1 - (analysis.weights[g] ?? 0) * c;
    });
    const a = audienceOf(position);
    return round4((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * a.fit)) >= minRelevance;
  };
}
