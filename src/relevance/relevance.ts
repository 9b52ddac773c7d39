/**
 * The one relevance rule, used by the index, recommend and plan alike: a course covers a gap
 * when its coverage of that gap reaches {@link COVERS_FROM} (decided per gap, before any
 * priority weighting), and its relevance to a profile combines every gap's coverage, weighted
 * by priority, times how well its audience fits.
 * @module
 */
import { AUDIENCE_FLOOR, COVERS_FROM } from './defaults.js';

/** Whether a coverage (0–1) means the course covers the gap. */
export const covers = (coverage: number): boolean => coverage >= COVERS_FROM;

/** Rounds to 4 decimals: scores are compared and reported at this precision. */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Relevance (0–1) of a course to a profile: `1 − Π(1 − w_g × c_g)` over the gaps (coverage
 * `c_g`, priority weight `w_g`), times `AUDIENCE_FLOOR + (1 − AUDIENCE_FLOOR) × audience`.
 * Covering more gaps, and higher-priority ones, ranks higher; a course for another profession
 * still counts, at 70 %. `coverage` is read from `from` on (a row of a larger table).
 *
 * @example
 * ```ts
 * relevanceOf([1, 0], [1, 0.6], 1); // 1
 * relevanceOf([0.5, 0.5], [1, 0.6], 0.8); // ≈ 0.66
 * ```
 */
export function relevanceOf(
  coverage: ArrayLike<number>,
  weights: ArrayLike<number>,
  audience: number,
  from = 0,
): number {
  let miss = 1;
  for (let g = 0; g < weights.length; g++) {
    miss *= 1 - (weights[g] as number) * round4(Math.min(1, coverage[from + g] ?? 0));
  }
  return round4((1 - miss) * (AUDIENCE_FLOOR + (1 - AUDIENCE_FLOOR) * audience));
}
