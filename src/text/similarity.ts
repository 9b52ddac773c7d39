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
