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
import {
  type FitInputs,
  type FitVerdict,
  fitBound,
  fitQuery,
  judgeFit,
  type Rates,
} from './constraints.js';
import { type CreditTarget, requiredCreditTarget } from './credits.js';

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
  /** Each course's fit inputs, by position. */
  readonly inputs: FitInputs;
  /** Lazily built: courses with hours and their hours per unit of cost, for the planner. */
  fillers?: { readonly rank: Float64Array; readonly positions: Int32Array };
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
    const provider = course?.provider.name;
    claims = (course?.accreditations ?? []).map((c) => resolveClaim(state.context, c, provider));
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

/** Audience fit of each audience class for one profession (memo per query). */
function audienceMemo(state: EngineState, profession: string) {
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
  const coverage = hits.map((h) => round(Math.min(1, h?.score ?? 0)));
  let miss = 1;
  coverage.forEach((c, g) => {
    miss *= 1 - (analysis.weights[g] ?? 0) * c;
  });
  const audience = audienceOf(position);
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
): { base: Omit<Analysis, 'candidates' | 'gapMaps'>; maps: GapTable[] } {
  const context = [profile.profession, profile.specialty ?? ''].filter((s) => s !== '');
  const gaps = profile.gaps.map((g) => resolvedGap(state, g.skill, context));
  const weights = profile.gaps.map((g) => PRIORITY_WEIGHTS[g.priority]);
  const maps = gaps.map((g) => gapTable(state.index, g));
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
      const c = round(Math.min(1, m.get(position)?.score ?? 0));
      miss *= 1 - (analysis.weights[g] ?? 0) * c;
    });
    const a = audienceOf(position);
    return round((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * a.fit)) >= minRelevance;
  };
}

/** A max-heap of items by bound (ties: lower position first); bounds may be lowered on top. */
export class BoundHeap {
  private readonly items: Int32Array;
  private size: number;
  constructor(
    private readonly bound: Float64Array,
    private readonly position: Int32Array,
    count: number,
  ) {
    this.items = new Int32Array(count);
    for (let i = 0; i < count; i++) this.items[i] = i;
    this.size = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private before(a: number, b: number): boolean {
    const x = this.bound[a] as number;
    const y = this.bound[b] as number;
    return x > y || (x === y && (this.position[a] as number) < (this.position[b] as number));
  }
  private down(i: number): void {
    const items = this.items;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      let top = l;
      if (r < n && this.before(items[r] as number, items[l] as number)) top = r;
      if (!this.before(items[top] as number, items[i] as number)) return;
      const t = items[i] as number;
      items[i] = items[top] as number;
      items[top] = t;
      i = top;
    }
  }
  /** The best remaining item without removing it, or -1. */
  peek(): number {
    return this.size === 0 ? -1 : (this.items[0] as number);
  }
  /** Lowers the bound of the top item (never raises it) and restores the heap order. */
  lowerTop(bound: number): void {
    this.bound[this.items[0] as number] = bound;
    this.down(0);
  }
  /** The best remaining item, or -1. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.items[0] as number;
    this.size--;
    if (this.size > 0) {
      this.items[0] = this.items[this.size] as number;
      this.down(0);
    }
    return top;
  }
}

/**
 * Analyses a profile: scores the courses covering any gap, best first, stopping once `wanted`
 * eligible ones are found and no unscored course could beat them (threshold algorithm). The
 * bound is the exact relevance and credibility with an upper bound of fit (claim-dependent
 * parts taken as 1) computed from precomputed typed inputs, so the result equals scoring every
 * course; courses a hard constraint excludes are never scored.
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
  const n = state.index.courses.length;
  const g = maps.length;
  const q = fitQuery(state.inputs, profile, {
    excludeCritical,
    ...(base.target ? { target: base.target } : {}),
    ...(state.rates ? { rates: state.rates } : {}),
  });
  const audienceOf = audienceMemo(state, profile.profession);
  // Union of the gaps' courses: slot per course, coverage per slot and gap (dense, G wide).
  let union = 0;
  for (const m of maps) union += m.positions.length;
  const slotOf = unionScratch(state, n);
  const positions = new Int32Array(union);
  const raw = new Float64Array(union * g);
  let k = 0;
  const { slot: slots, stamp, generation } = slotOf;
  for (let gi = 0; gi < g; gi++) {
    const { positions: ps, scores } = maps[gi] as GapTable;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i] as number;
      let slot: number;
      if (stamp[p] !== generation) {
        stamp[p] = generation;
        slot = k++;
        slots[p] = slot;
        positions[slot] = p;
      } else slot = slots[p] as number;
      const score = scores[i] as number;
      raw[slot * g + gi] = Math.min(1, score);
    }
  }
  const credibility = state.inputs.credibility;
  const bounds = new Float64Array(k);
  const kept = new Int32Array(k);
  const rel = new Float64Array(k);
  let m = 0;
  for (let slot = 0; slot < k; slot++) {
    const p = positions[slot] as number;
    let missRaw = 1;
    let miss = 1;
    for (let gi = 0; gi < g; gi++) {
      const w = base.weights[gi] ?? 0;
      const c = raw[slot * g + gi] as number;
      missRaw *= 1 - w * c;
      miss *= 1 - w * round(c);
    }
    if (1 - missRaw < options.minRelevance) continue;
    const a = audienceOf(p).fit;
    const relevance = round((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * a));
    const cred = credibility[p] as number;
    const gate = floor > 0 && cred < floor ? cred / floor : 1;
    // First bound: fit taken as 1. Refined (fit bound, hard constraints) when it reaches the top.
    bounds[m] =
      round(((r.relevance * relevance + r.credibility * cred + r.fit) / total) * gate) + 1e-9;
    rel[m] = relevance;
    kept[m] = p;
    m++;
  }
  const heap = new BoundHeap(bounds, kept, m);
  const refined = new Uint8Array(m);
  const candidates: Candidate[] = [];
  const eligibleScores: number[] = [];
  for (let item = heap.peek(); item >= 0; item = heap.peek()) {
    if (eligibleScores.length >= options.wanted) {
      const kth = eligibleScores[eligibleScores.length - 1] ?? 0;
      if ((bounds[item] as number) < kth) break;
    }
    if (refined[item] === 0) {
      refined[item] = 1;
      const p = kept[item] as number;
      const fit = fitBound(q, p);
      if (fit < 0) {
        heap.pop(); // a hard constraint excludes it: never a candidate
        continue;
      }
      const cred = credibility[p] as number;
      const gate = floor > 0 && cred < floor ? cred / floor : 1;
      const relevance = rel[item] as number;
      const tighter =
        round(((r.relevance * relevance + r.credibility * cred + r.fit * fit) / total) * gate) +
        1e-9;
      heap.lowerTop(Math.min(tighter, bounds[item] as number));
      continue;
    }
    heap.pop();
    const c = scoreCandidate(
      state,
      profile,
      base,
      maps,
      kept[item] as number,
      excludeCritical,
      audienceOf,
    );
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

interface UnionScratch {
  readonly slot: Int32Array;
  readonly stamp: Int32Array;
  generation: number;
}

const unions = new WeakMap<EngineState, UnionScratch>();

function unionScratch(state: EngineState, n: number): UnionScratch {
  let s = unions.get(state);
  if (!s) {
    s = { slot: new Int32Array(n), stamp: new Int32Array(n), generation: 0 };
    unions.set(state, s);
  }
  if (s.generation >= 2_000_000_000) {
    s.stamp.fill(0);
    s.generation = 0;
  }
  s.generation++;
  return s;
}
