/**
 * Best-first candidate search for one profile: the courses any gap reaches are bounded from
 * above (relevance from the gap tables, credibility known, fit from precomputed typed inputs)
 * and scored exactly in order of their bound until no unscored course can enter the top.
 * @module
 */
import type { ClinicianProfile } from '../model/profile.js';
import { AUDIENCE_FLOOR } from '../relevance/defaults.js';
import type { GapTable } from '../relevance/gap-relevance.js';
import { nextGeneration, type Stamped } from '../text/stamps.js';
import { BoundHeap } from './bound-heap.js';
import {
  type Analysis,
  audienceMemo,
  type Candidate,
  type EngineState,
  prepare,
  round4,
  scoreCandidate,
} from './engine.js';
import { fitBound, fitQuery } from './fit-inputs.js';

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
      miss *= 1 - w * round4(c);
    }
    if (1 - missRaw < options.minRelevance) continue;
    const a = audienceOf(p).fit;
    const relevance = round4((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * a));
    const cred = credibility[p] as number;
    const gate = floor > 0 && cred < floor ? cred / floor : 1;
    // First bound: fit taken as 1. Refined (fit bound, hard constraints) when it reaches the top.
    bounds[m] =
      round4(((r.relevance * relevance + r.credibility * cred + r.fit) / total) * gate) + 1e-9;
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
        round4(((r.relevance * relevance + r.credibility * cred + r.fit * fit) / total) * gate) +
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

interface UnionScratch extends Stamped {
  readonly slot: Int32Array;
}

const unions = new WeakMap<EngineState, UnionScratch>();

function unionScratch(state: EngineState, n: number): UnionScratch {
  let s = unions.get(state);
  if (!s) {
    s = { slot: new Int32Array(n), stamp: new Int32Array(n), generation: 0 };
    unions.set(state, s);
  }
  nextGeneration(s);
  return s;
}
