/**
 * Walking the taxonomy's hierarchy: broader and narrower concepts of a concept, transitively,
 * with their distance in steps.
 * @module
 */
import type { TaxonomyIndex } from './taxonomy-index.js';

/** Walks a relation breadth-first up to `depth` steps; returns ids with their distance. */
function walk(
  start: string,
  next: (id: string) => readonly string[],
  depth: number,
): Map<string, number> {
  const seen = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (seen.has(n)) continue;
        seen.set(n, d);
        following.push(n);
      }
    }
    frontier = following;
  }
  seen.delete(start);
  return seen;
}

/**
 * Broader concepts of a concept (transitive, at most `depth` steps), with their distance.
 *
 * @example
 * ```ts
 * broaderConcepts(index, 'cpap').has('non-invasive-ventilation'); // true
 * ```
 */
export function broaderConcepts(index: TaxonomyIndex, id: string, depth = 3): Map<string, number> {
  return walk(id, (c) => index.concepts.get(c)?.broader ?? [], depth);
}

/**
 * Narrower concepts of a concept (transitive, at most `depth` steps), with their distance.
 *
 * @example
 * ```ts
 * narrowerConcepts(index, 'non-invasive-ventilation').has('cpap'); // true
 * ```
 */
export function narrowerConcepts(index: TaxonomyIndex, id: string, depth = 3): Map<string, number> {
  return walk(id, (c) => index.narrower.get(c) ?? [], depth);
}
