/**
 * The shared core of recommend, plan, why-not and explain: what is built once per catalogue
 * (index, facts, caches), a profile prepared once per request (its gaps read and their coverage
 * tables, its constraints), and one course scored for that request — with the one relevance
 * rule, the one set of constraints and the one ranking score.
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
import { PRIORITY_WEIGHTS } from '../relevance/defaults.js';
import { type GapReading, readGap } from '../relevance/gap-reading.js';
import {
  createScratch,
  type GapHit,
  type GapTable,
  gapTable,
  type RelevanceScratch,
} from '../relevance/gap-relevance.js';
import { covers, relevanceOf, round4 } from '../relevance/relevance.js';
import {
  type ConstraintQuery,
  constraintQuery,
  type Exclusion,
  exclusions,
  type FitOptions,
  fitOf,
} from './constraints.js';
import type { CourseFacts } from './course-facts.js';
import { requiredCreditTarget } from './credits.js';
import { CLOSEST_FROM, GAP_CACHE_SIZE, TABLE_CACHE_POSITIONS } from './defaults.js';
import type { TrustFloor } from './floor.js';
import { rankingScore } from './score.js';

/** Everything built once per catalogue, and the caches its requests share. */
export interface EngineState {
  readonly index: CourseIndex;
  readonly facts: CourseFacts;
  readonly policy: Policy;
  readonly context: EvaluationContext;
  /** Exchange rates given when the recommender was built (a request may give its own). */
  readonly rates?: FitOptions['rates'];
  /** Resolved claims by position (resolved with the credibility evaluation when built). */
  readonly claims: (readonly ResolvedClaim[] | undefined)[];
  /** Gap readings by text and context (bounded). */
  readonly readings: Map<string, GapReading>;
  /** Coverage tables of recently asked gaps, by reading (bounded by the courses they list). */
  readonly tables: {
    readonly byReading: Map<GapReading, GapTable>;
    positions: number;
    /** Per cached table, its entries worth naming, best first (see {@link rankedOf}). */
    readonly ranked: Map<GapTable, Ranked>;
    /** A number per cached table, never reused (keys of `unions`). */
    readonly serial: Map<GapTable, number>;
    next: number;
  };
  /** Starting sets of the best-first search by tables, priorities and profession (bounded). */
  readonly unions: {
    readonly byKey: Map<string, { kept: Int32Array; coverage: Float64Array; bounds: Float64Array }>;
    bytes: number;
  };
  /** Scratch arrays of the catalogue's size, made on first use and reused. */
  scratch?: RelevanceScratch;
  /** Every course, most hours per unit of cost first: the order plans fill a requirement in. */
  readonly fillerOrder: Int32Array;
  /** Scratch slots for the union of a request's covering courses (best-first search). */
  scratchUnion?: { readonly slot: Int32Array; readonly stamp: Int32Array; generation: number };
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

function readingOf(state: EngineState, text: string, context: readonly string[]): GapReading {
  const key = `${text}\u0000${context.join('\u0001')}`;
  let reading = state.readings.get(key);
  if (!reading) {
    reading = readGap(state.index, text, context);
    if (state.readings.size >= GAP_CACHE_SIZE) {
      state.readings.clear();
      // Tables are keyed by reading: the forgotten readings' tables can never be found again.
      state.tables.byReading.clear();
      state.tables.positions = 0;
    }
    state.readings.set(key, reading);
  }
  return reading;
}

function tableOf(state: EngineState, reading: GapReading): GapTable {
  const cache = state.tables;
  let table = cache.byReading.get(reading);
  if (table === undefined) {
    state.scratch ??= createScratch(state.index.courses.length);
    table = gapTable(state.index, reading, state.scratch);
    if (cache.positions + table.positions.length > TABLE_CACHE_POSITIONS) {
      cache.byReading.clear();
      cache.ranked.clear();
      cache.serial.clear();
      state.unions.byKey.clear();
      state.unions.bytes = 0;
      cache.positions = 0;
    }
    if (table.positions.length <= TABLE_CACHE_POSITIONS) {
      cache.byReading.set(reading, table);
      cache.serial.set(table, cache.next++);
      cache.positions += table.positions.length;
    }
  }
  return table;
}

/** A gap table's entries worth naming, best first (see {@link rankedOf}). */
export interface Ranked {
  /** Entries (indexes into the table's arrays) with coverage from `CLOSEST_FROM`. */
  readonly entries: Int32Array;
  /** How many of the first entries cover the gap. */
  readonly covering: number;
  /** The positions of the coverers a trust floor holds back, in rank order, by floor. */
  readonly held: Map<string, Int32Array>;
}

/**
 * The entries of a gap's table that come close to the gap (coverage from `CLOSEST_FROM`), best
 * coverage first, then the most credible (to a tenth of a point), then catalogue position (id
 * order) — those that cover it first. Sorted once per cached table.
 */
export function rankedOf(state: EngineState, table: GapTable): Ranked {
  const known = state.tables.ranked.get(table);
  if (known) return known;
  // One sortable number per entry: coverage (4 decimals), then credibility (0.1 of a point),
  // then catalogue order — sorted natively, best last.
  const m = table.positions.length;
  const keys: number[] = [];
  for (let i = 0; i < m; i++) {
    const score = table.scores[i] as number;
    if (score < CLOSEST_FROM) continue;
    const credible = Math.round(
      (state.facts.credibility[table.positions[i] as number] as number) * 1000,
    );
    keys.push((Math.round(score * 10_000) * 1001 + credible) * m + (m - 1 - i));
  }
  const sorted = Float64Array.from(keys).sort();
  const list: number[] = [];
  for (let k = sorted.length - 1; k >= 0; k--) list.push(m - 1 - ((sorted[k] as number) % m));
  let covering = 0;
  while (covering < list.length && covers(table.scores[list[covering] as number] as number)) {
    covering++;
  }
  const ranked = { entries: Int32Array.from(list), covering, held: new Map<string, Int32Array>() };
  if (state.tables.byReading.get(table.reading) === table) state.tables.ranked.set(table, ranked);
  return ranked;
}

/** A request prepared against the catalogue: its gaps read and tabled, its constraints compiled. */
export interface Prepared {
  readonly profile: ClinicianProfile;
  readonly readings: readonly GapReading[];
  readonly tables: readonly GapTable[];
  /** Priority weight of each gap. */
  readonly weights: readonly number[];
  readonly query: ConstraintQuery;
  /** The profile's profession, canonical ("RN" → "nurse"). */
  readonly profession: string;
  /** Audience fit of the course at a position (memo per audience class). */
  audience(position: number): { fit: number; note: string };
}

/** Reads the profile's gaps, builds (or finds) their coverage tables and compiles its constraints. */
export function prepare(
  state: EngineState,
  profile: ClinicianProfile,
  floor: TrustFloor,
  options: FitOptions,
): Prepared {
  const context = [profile.profession, profile.specialty ?? ''].filter((s) => s !== '');
  const readings = profile.gaps.map((g) => readingOf(state, g.skill, context));
  const target = requiredCreditTarget(profile, state.context.reference);
  const rates = options.rates ?? state.rates;
  const query = constraintQuery(state.facts, profile, floor, target, {
    ...options,
    ...(rates ? { rates } : {}),
  });
  const mine = canonicalProfession(profile.profession);
  const memo: ({ fit: number; note: string } | undefined)[] = [];
  return {
    profile,
    readings,
    tables: readings.map((r) => tableOf(state, r)),
    weights: profile.gaps.map((g) => PRIORITY_WEIGHTS[g.priority]),
    query,
    profession: mine,
    audience(position) {
      const cls = state.index.audienceClass[position] as number;
      let a = memo[cls];
      if (!a) {
        a = audienceFitCanonical(state.index.audiences[cls] ?? [], mine);
        memo[cls] = a;
      }
      return a;
    },
  };
}

/** One course scored for one request. */
export interface Candidate {
  readonly position: number;
  readonly course: Course;
  readonly report: CredibilitySummary | undefined;
  /** Coverage of each gap (0–1), in the profile's gap order. */
  readonly coverage: readonly number[];
  readonly hits: readonly (GapHit | undefined)[];
  readonly relevance: number;
  readonly audienceNote: string;
  /** Hard constraints it fails (empty: it may be recommended). */
  readonly excluded: readonly Exclusion[];
  readonly fit: number;
  readonly fitNotes: readonly string[];
  readonly score: number;
}

/** Scores the course at one position for a prepared request, with every reason's facts. */
export function scoreCandidate(
  state: EngineState,
  prepared: Prepared,
  position: number,
): Candidate {
  const course = state.index.courses[position] as Course;
  const hits = prepared.tables.map((t) => t.get(position));
  const coverage = hits.map((h) => round4(Math.min(1, h?.score ?? 0)));
  const audience = prepared.audience(position);
  const relevance = relevanceOf(coverage, prepared.weights, audience.fit);
  const fitNotes: string[] = [];
  const fit = round4(fitOf(prepared.query, position, claimsAt(state, position), fitNotes));
  return {
    position,
    course,
    report: state.facts.reports[position],
    coverage,
    hits,
    relevance,
    audienceNote: audience.note,
    excluded: exclusions(prepared.query, position),
    fit,
    fitNotes,
    score: rankingScore(
      relevance,
      state.facts.credibility[position] as number,
      fit,
      state.policy.ranking,
    ),
  };
}
