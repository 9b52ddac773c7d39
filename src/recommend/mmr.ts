/**
 * Maximal marginal relevance over gap coverage: each pick maximises
 * `(1 − λ) × score − λ × max cosine(gap coverage, already picked)`, so the top few do not all
 * cover the same gap.
 * @module
 */

/** A candidate for diversification. */
export interface MmrItem {
  readonly id: string;
  readonly score: number;
  /** Coverage of each gap, in gap order. */
  readonly coverage: readonly number[];
}

const cosine = (a: readonly number[], b: readonly number[]): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
};

/**
 * Orders items by MMR (ties by id), returning at most `limit`.
 *
 * @example
 * ```ts
 * diversify([{ id: 'a', score: 0.9, coverage: [1, 0] }], 0.3, 5)[0]?.id; // 'a'
 * ```
 */
export function diversify<T extends MmrItem>(
  items: readonly T[],
  lambda: number,
  limit: number,
): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < limit && pool.length > 0) {
    let bestIndex = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((item, i) => {
      let redundancy = 0;
      for (const p of picked) redundancy = Math.max(redundancy, cosine(item.coverage, p.coverage));
      const value = (1 - lambda) * item.score - lambda * redundancy;
      const best = pool[bestIndex] as T;
      if (
        value > bestValue + 1e-12 ||
        (Math.abs(value - bestValue) <= 1e-12 && item.id < best.id)
      ) {
        bestValue = value;
        bestIndex = i;
      }
    });
    picked.push(pool.splice(bestIndex, 1)[0] as T);
  }
  return picked;
}
