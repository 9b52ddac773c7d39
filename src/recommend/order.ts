/**
 * The listed order: the ranking score, with one coverage step — going down the list, an
 * offering that is the first to cover one of the clinician's gaps moves ahead of offerings that
 * only cover gaps already covered above it, when its score is within the policy's `diversity`
 * share of theirs, or when the places left are only enough to give each gap not yet covered one
 * offering (so a list of at least as many places as gaps covers every gap something covers).
 * Every offering whose place differs from its score's place says why. Each step is linear in the
 * gaps; the whole order is O(n log n) in the pool.
 * @module
 */
import { covers } from '../relevance/relevance.js';
import type { Candidate } from './engine.js';

/** A listed offering and, when the coverage step moved it, why. */
export interface Placed {
  readonly candidate: Candidate;
  /** "moved up: the first to cover 'NIV'", or why it is below a higher-placed, lower-scored one. */
  readonly order?: string;
}

/**
 * The first `limit` candidates (given best score first) in listed order, with notes.
 *
 * @example
 * ```ts
 * placeInOrder(analysis.eligible, ['sepsis', 'NIV'], 10, 0.3)[0]?.candidate.course.id;
 * ```
 */
export function placeInOrder(
  sorted: readonly Candidate[],
  gaps: readonly string[],
  limit: number,
  margin: number,
): Placed[] {
  const n = sorted.length;
  const taken = new Uint8Array(n);
  const covered = new Uint8Array(gaps.length);
  // Per gap, the candidates that cover it, best first (positions in `sorted`).
  const byGap: number[][] = gaps.map(() => []);
  sorted.forEach((c, i) => {
    c.coverage.forEach((v, g) => {
      if (covers(v)) byGap[g]?.push(i);
    });
  });
  const next = new Int32Array(gaps.length);
  let coverable = byGap.filter((list) => list.length > 0).length;
  const picked: { index: number; firstFor: string[] }[] = [];
  let head = 0;
  const places = Math.min(limit, n);
  while (picked.length < places) {
    while (head < n && taken[head] === 1) head++;
    const top = sorted[head] as Candidate;
    let choice = head;
    const newFor = (i: number): string[] =>
      gaps.filter((_, g) => covered[g] === 0 && covers((sorted[i] as Candidate).coverage[g] ?? 0));
    if (coverable > 0 && newFor(head).length === 0) {
      // The best-scored offering covering a gap nothing above covers yet, within the margin.
      let best = -1;
      for (let g = 0; g < gaps.length; g++) {
        if (covered[g] === 1) continue;
        const list = byGap[g] as number[];
        let at = next[g] as number;
        while (at < list.length && taken[list[at] as number] === 1) at++;
        next[g] = at;
        const i = list[at];
        if (i !== undefined && (best < 0 || i < best)) best = i;
      }
      const needed = places - picked.length <= coverable;
      const close = best >= 0 && (sorted[best] as Candidate).score >= (1 - margin) * top.score;
      if (best >= 0 && (needed || close)) choice = best;
    }
    const firstFor = newFor(choice);
    taken[choice] = 1;
    firstFor.forEach((gap) => {
      const g = gaps.indexOf(gap);
      if (covered[g] === 0) {
        covered[g] = 1;
        coverable--;
      }
    });
    picked.push({ index: choice, firstFor });
  }
  const quote = (gs: readonly string[]) => gs.map((g) => `'${g}'`).join(', ');
  return picked.map(({ index, firstFor }, rank) => {
    const candidate = sorted[index] as Candidate;
    if (index > rank)
      return { candidate, order: `moved up: the first to cover ${quote(firstFor)}` };
    if (index < rank) {
      return {
        candidate,
        order: 'moved down: offerings covering gaps not yet covered come first',
      };
    }
    return { candidate };
  });
}
