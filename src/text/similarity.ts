/**
 * String similarity: Jaro-Winkler (natural's leaf module) and edit distance (optimal string
 * alignment, so an adjacent swap is one edit). Confusable characters are `confusables.ts`'s.
 * @module
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/**
 * Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (identical).
 *
 * @example
 * ```ts
 * jaroWinkler('accreditation council', 'accreditaton council') > 0.95; // true
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  return JaroWinklerDistance(a, b, { ignoreCase: true });
}

/**
 * Edit similarity: 1 − (optimal-string-alignment distance ÷ longer length). Counts an adjacent
 * swap ("Accerditation") as one edit. Inputs are cut to 300 characters.
 *
 * @example
 * ```ts
 * editSimilarity('credentialing', 'credentialling'); // ≈ 0.93
 * ```
 */
export function editSimilarity(a: string, b: string): number {
  const s = a.slice(0, 300);
  const t = b.slice(0, 300);
  if (s === t) return 1;
  const n = s.length;
  const m = t.length;
  if (n === 0 || m === 0) return 0;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      cur[j] = d;
    }
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return 1 - prev[m]! / Math.max(n, m);
}

/**
 * Optimal-string-alignment edit distance (insertions, deletions, substitutions and adjacent
 * swaps each count one), computed only up to `limit`: any distance above it is returned as
 * `limit + 1`, so comparing a word with many candidates stays cheap. Inputs are cut to 300
 * characters.
 *
 * @example
 * ```ts
 * editDistance('educaton', 'education', 2); // 1
 * editDistance('accme', 'acpe', 1); // 2 (more than the limit)
 * ```
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = a.slice(0, 300);
  const t = b.slice(0, 300);
  if (s === t) return 0;
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  const n = s.length;
  const m = t.length;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[m]!, limit + 1);
}
