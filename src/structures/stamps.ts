/**
 * Stamped scratch arrays: a per-position stamp says whether a slot was written in the current
 * round, so a reused scratch array needs no clearing between rounds — only a new generation.
 * @module
 */

/** A scratch array's stamps and the current round's generation. */
export interface Stamped {
  readonly stamp: Int32Array;
  generation: number;
}

/** Generations before the stamps are cleared and counting restarts (well below 2³¹). */
const WRAP = 2_000_000_000;

/**
 * Starts a new round: slots stamped with an earlier generation read as unwritten. Clears the
 * stamps once before the counter could overflow.
 *
 * @example
 * ```ts
 * const s = { stamp: new Int32Array(4), generation: 0 };
 * nextGeneration(s);
 * s.stamp[2] = s.generation; // slot 2 written this round
 * nextGeneration(s); // slot 2 reads as unwritten again
 * ```
 */
export function nextGeneration(s: Stamped): void {
  if (s.generation >= WRAP) {
    s.stamp.fill(0);
    s.generation = 0;
  }
  s.generation++;
}
