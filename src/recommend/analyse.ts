/**
 * Best-first search for one request: the courses that cover any gap are bounded from above
 * (exact relevance and credibility, fit taken as its upper bound without the claim-based parts)
 * and scored exactly in order of their bound, until enough eligible courses are found and no
 * unscored course could reach the list — the same result as scoring every course. Courses a
 * hard constraint excludes are never scored.
 * @module
 */
import { COVERS_FROM } from '../relevance/defaults.js';
import { relevanceOf } from '../relevance/relevance.js';
import { nextGeneration } from '../structures/stamps.js';
import { BoundHeap } from './bound-heap.js';
import { failedConstraints, fitOf } from './constraints.js';
import { UNION_CACHE_BYTES } from './defaults.js';
import { type Candidate, type EngineState, type Prepared, scoreCandidate } from './engine.js';
import { rankingScore } from './score.js';

/** A request's eligible candidates, best first. */
export interface Analysis {
  readonly prepared: Prepared;
  /** Eligible courses scored, best score first (ties by id). */
  readonly eligible: readonly Candidate[];
}

/** Orders candidates by score, then id. */
export const byScore = (a: Candidate, b: Candidate): number =>
  b.score - a.score || (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0);

/**
 * The best eligible courses that cover a gap: the `wanted` best by score, and, for each gap none
 * of those covers, the best eligible course that does — everything the ordering's coverage step
 * can place (it only ever moves up the best course of a gap not yet covered). With `stopBelow`,
 * every eligible course scoring at least that.
 *
 * @example
 * ```ts
 * analyse(state, prepared, { wanted: 10 }).eligible.length;
 * ```
 */
export function analyse(
  state: EngineState,
  prepared: Prepared,
  options: { wanted: number; stopBelow?: number },
): Analysis {
  const { tables, weights, query } = prepared;
  const g = tables.length;
  const threshold = Math.max(COVERS_FROM, state.policy.ranking.minRelevance);
  const { kept, coverage, bounds: base } = unionOf(state, prepared, threshold);
  const k = kept.length;
  const bounds = base.slice(); // lowered as courses are checked
  const ranking = state.policy.ranking;
  const credibility = state.facts.credibility;
  const relevance = (s: number): number =>
    relevanceOf(coverage, weights, prepared.audience(kept[s] as number).fit, s * g);
  const refined = new Uint8Array(k);
  const taken = new Uint8Array(k);
  const eligible: Candidate[] = [];
  const best: number[] = []; // the `wanted` best eligible scores, descending
  const bestOf = new Float64Array(g).fill(-1); // best eligible score per gap (-1: none yet)
  const coversAt = (s: number, gi: number): boolean =>
    (coverage[s * g + gi] as number) >= threshold;

  /**
   * Takes items off the heap best first: the top is checked against the hard constraints and
   * its bound lowered to its score without the claim-based parts of fit, then scored in full
   * when it is still on top. `skip` drops a top item unscored; `done` ends the search.
   */
  const search = (
    heap: BoundHeap,
    done: (bound: number) => boolean,
    skip: (s: number, bound: number) => boolean,
  ): void => {
    for (let s = heap.peek(); s >= 0; s = heap.peek()) {
      const bound = bounds[s] as number;
      if (done(bound)) return;
      if (skip(s, bound)) {
        heap.pop();
        taken[s] = 1;
        continue;
      }
      const p = kept[s] as number;
      if (refined[s] === 0) {
        refined[s] = 1;
        if (failedConstraints(query, p) !== 0) {
          heap.pop(); // a hard constraint excludes it: never a candidate
          taken[s] = 1;
          continue;
        }
        const tighter =
          rankingScore(relevance(s), credibility[p] as number, fitOf(query, p), ranking) + 1e-9;
        heap.lowerTop(Math.min(tighter, bound));
        continue;
      }
      heap.pop();
      taken[s] = 1;
      const c = scoreCandidate(state, prepared, p);
      eligible.push(c);
      for (let gi = 0; gi < g; gi++) {
        if (coversAt(s, gi) && c.score > (bestOf[gi] as number)) bestOf[gi] = c.score;
      }
      let i = best.length;
      best.push(c.score);
      while (i > 0 && (best[i - 1] as number) < c.score) {
        best[i] = best[i - 1] as number;
        i--;
      }
      best[i] = c.score;
      if (best.length > options.wanted) best.pop();
    }
  };

  const { stopBelow } = options;
  if (stopBelow !== undefined) {
    search(
      new BoundHeap(bounds, kept, k),
      (bound) => bound < stopBelow,
      () => false,
    );
  } else {
    // The list: until `wanted` are found and no course left could beat the last of them.
    search(
      new BoundHeap(bounds, kept, k),
      (bound) => best.length >= options.wanted && bound < (best[best.length - 1] as number),
      () => false,
    );
    // Then the best eligible course of each gap the list does not cover, among the courses
    // left that cover such a gap (a course scoring above one in the list would be in it).
    const open = (gi: number, bound: number) => (bestOf[gi] as number) < bound;
    const missing: number[] = [];
    for (let gi = 0; gi < g; gi++) if ((bestOf[gi] as number) < 0) missing.push(gi);
    if (missing.length > 0) {
      const rest: number[] = [];
      for (let s = 0; s < k; s++) {
        if (taken[s] === 0 && missing.some((gi) => coversAt(s, gi))) rest.push(s);
      }
      search(
        new BoundHeap(bounds, kept, k, Int32Array.from(rest)),
        (bound) => !missing.some((gi) => open(gi, bound)),
        (s, bound) => !missing.some((gi) => coversAt(s, gi) && open(gi, bound)),
      );
    }
  }
  eligible.sort(byScore);
  return { prepared, eligible };
}

/** The courses that cover some gap of a request, with their coverage and score bounds. */
export interface Union {
  /** Course positions, one slot each. */
  readonly kept: Int32Array;
  /** Row s: the coverage of every gap by the course in slot s. */
  readonly coverage: Float64Array;
  /** Upper bound of each slot's score: exact relevance and credibility, fit taken as 1. */
  readonly bounds: Float64Array;
}

/**
 * The union of the courses that cover some gap (every course when the profile has none), built
 * once per set of gap tables, priorities and profession: a clinician who asks again, or another
 * with the same gaps, skips it (the cache is bounded by its bytes).
 */
export function unionOf(state: EngineState, prepared: Prepared, threshold: number): Union {
  const { tables, weights } = prepared;
  const serials = tables.map((t) => state.tables.serial.get(t));
  const key = serials.every((x) => x !== undefined)
    ? `${serials.join(',')}|${Array.from(weights).join(',')}|${prepared.profession}`
    : undefined;
  const known = key === undefined ? undefined : state.unions.byKey.get(key);
  if (known) return known;
  const g = tables.length;
  const n = state.index.courses.length;
  state.scratchUnion ??= { slot: new Int32Array(n), stamp: new Int32Array(n), generation: 0 };
  const scratch = state.scratchUnion;
  nextGeneration(scratch);
  const { slot: slots, stamp, generation } = scratch;
  const positions: number[] = [];
  if (g === 0) for (let p = 0; p < n; p++) positions.push(p);
  for (const table of tables) {
    for (let i = 0; i < table.positions.length; i++) {
      if ((table.scores[i] as number) < threshold) continue;
      const p = table.positions[i] as number;
      if (stamp[p] !== generation) {
        stamp[p] = generation;
        slots[p] = positions.length;
        positions.push(p);
      }
    }
  }
  const k = positions.length;
  const coverage = new Float64Array(k * g);
  tables.forEach((table, gi) => {
    for (let i = 0; i < table.positions.length; i++) {
      const p = table.positions[i] as number;
      if (stamp[p] === generation) {
        coverage[(slots[p] as number) * g + gi] = table.scores[i] as number;
      }
    }
  });
  const kept = Int32Array.from(positions);
  const bounds = new Float64Array(k);
  const ranking = state.policy.ranking;
  for (let s = 0; s < k; s++) {
    const p = kept[s] as number;
    const relevance = relevanceOf(coverage, weights, prepared.audience(p).fit, s * g);
    bounds[s] = rankingScore(relevance, state.facts.credibility[p] as number, 1, ranking) + 1e-9;
  }
  const union = { kept, coverage, bounds };
  if (key !== undefined) {
    const bytes = kept.byteLength + coverage.byteLength + bounds.byteLength;
    const cache = state.unions;
    if (cache.bytes + bytes > UNION_CACHE_BYTES) {
      cache.byKey.clear();
      cache.bytes = 0;
    }
    if (bytes <= UNION_CACHE_BYTES) {
      cache.byKey.set(key, union);
      cache.bytes += bytes;
    }
  }
  return union;
}
