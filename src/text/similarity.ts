/**
 * String similarity for look-alike detection: Jaro-Winkler (natural's leaf module) and a
 * confusable-character skeleton, so "Аccreditation" with a Cyrillic "А" and "Accreditaton"
 * both read as near-misses of "Accreditation".
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

/** Characters that look like Latin letters or digits (Cyrillic, Greek, full-width, digits). */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  '|': 'l',
  ı: 'i',
  ł: 'l',
};

/**
 * The confusable skeleton of a string: lower case, compatibility-folded, diacritics removed and
 * look-alike characters mapped to the Latin letter they imitate, "rn" read as "m" and "vv" as "w".
 *
 * @example
 * ```ts
 * skeleton('Нarvard') === skeleton('harvard'); // true (Cyrillic Н)
 * ```
 */
export function skeleton(input: string): string {
  const folded = input
    .slice(0, 10_000)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let out = '';
  for (const ch of folded) out += CONFUSABLES[ch] ?? ch;
  return out
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * Whether a string mixes Latin letters with letters of another script that look like them
 * (a common trick in look-alike names and domains).
 *
 * @example
 * ```ts
 * hasMixedScript('Аccreditation'); // true: first letter is Cyrillic
 * ```
 */
export function hasMixedScript(input: string): boolean {
  const hasLatin = /[a-z]/i.test(input);
  const hasLookalike = /[\u0370-\u03ff\u0400-\u04ff]/.test(input);
  return hasLatin && hasLookalike;
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
