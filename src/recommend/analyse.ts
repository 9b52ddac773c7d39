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
import { exclusions, fitOf } from './constraints.js';
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
  const n = state.index.courses.length;
  const threshold = Math.max(COVERS_FROM, state.policy.ranking.minRelevance);
  // Union of the courses that cover some gap: one slot each, with its coverage of every gap.
  state.scratchUnion ??= { slot: new Int32Array(n), stamp: new Int32Array(n), generation: 0 };
  const union = state.scratchUnion;
  nextGeneration(union);
  const { slot: slots, stamp, generation } = union;
  const positions: number[] = [];
  // A profile without gaps asks for offerings that fit: every course is a candidate.
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
      if (stamp[p] === generation)
        coverage[(slots[p] as number) * g + gi] = table.scores[i] as number;
    }
  });
  const ranking = state.policy.ranking;
  const bounds = new Float64Array(k);
  const kept = Int32Array.from(positions);
  for (let s = 0; s < k; s++) {
    const p = kept[s] as number;
    const relevance = relevanceOf(
      coverage.subarray(s * g, s * g + g),
      weights,
      prepared.audience(p).fit,
    );
    bounds[s] = rankingScore(relevance, state.facts.credibility[p] as number, 1, ranking) + 1e-9;
  }
  const heap = new BoundHeap(bounds, kept, k);
  const refined = new Uint8Array(k);
  const eligible: Candidate[] = [];
  const best: number[] = []; // the `wanted` best eligible scores, descending
  // Per gap: courses not yet taken from the heap that cover it, and the best eligible score
  // found for it (-1: none yet).
  const left = new Int32Array(g);
  const bestOf = new Float64Array(g).fill(-1);
  const coversAt = (s: number, gi: number): boolean =>
    (coverage[s * g + gi] as number) >= threshold;
  for (let s = 0; s < k; s++) {
    for (let gi = 0; gi < g; gi++) if (coversAt(s, gi)) left[gi] = (left[gi] as number) + 1;
  }
  const slotOf = (item: number): number => slots[kept[item] as number] as number;
  const taken = (item: number): void => {
    const s = slotOf(item);
    for (let gi = 0; gi < g; gi++) if (coversAt(s, gi)) left[gi] = (left[gi] as number) - 1;
  };
  // A gap is open while a course not yet taken that covers it could beat its best found.
  const open = (gi: number, bound: number): boolean =>
    (left[gi] as number) > 0 && (bestOf[gi] as number) < bound;
  const anyOpen = (bound: number): boolean => {
    for (let gi = 0; gi < g; gi++) if (open(gi, bound)) return true;
    return false;
  };
  const coversOpen = (item: number, bound: number): boolean => {
    const s = slotOf(item);
    for (let gi = 0; gi < g; gi++) if (coversAt(s, gi) && open(gi, bound)) return true;
    return false;
  };
  for (let item = heap.peek(); item >= 0; item = heap.peek()) {
    const bound = bounds[item] as number;
    if (options.stopBelow !== undefined && bound < options.stopBelow) break;
    if (options.stopBelow === undefined && best.length >= options.wanted) {
      const kth = best[best.length - 1] as number;
      if (bound < kth) {
        // Past the list: only the best eligible course of each gap the list does not cover.
        if (!anyOpen(bound)) break;
        if (!coversOpen(item, bound)) {
          heap.pop();
          taken(item);
          continue;
        }
      }
    }
    const p = kept[item] as number;
    if (refined[item] === 0) {
      refined[item] = 1;
      if (exclusions(query, p).length > 0) {
        heap.pop(); // a hard constraint excludes it: never a candidate
        taken(item);
        continue;
      }
      const s = slots[p] as number;
      const relevance = relevanceOf(
        coverage.subarray(s * g, s * g + g),
        weights,
        prepared.audience(p).fit,
      );
      const tighter =
        rankingScore(relevance, state.facts.credibility[p] as number, fitOf(query, p), ranking) +
        1e-9;
      heap.lowerTop(Math.min(tighter, bounds[item] as number));
      continue;
    }
    heap.pop();
    taken(item);
    const c = scoreCandidate(state, prepared, p);
    eligible.push(c);
    const s = slots[p] as number;
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
  eligible.sort(byScore);
  return { prepared, eligible };
}
