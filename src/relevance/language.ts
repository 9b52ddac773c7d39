/**
 * The language a course's own words are in, for catalogues that do not say (scraped titles
 * such as "Cuidado de heridas en el ámbito hospitalario"): function words of English, Spanish,
 * French, Portuguese, German and Italian, and the endings only Spanish and Portuguese use.
 * Cautious: a title with no telling words has no language.
 * @module
 */
import { foldText } from '../text/normalize.js';

/** Function words by language (folded); a word several languages share counts for each, split. */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'of', 'and', 'for', 'to', 'with', 'your', 'from', 'in', 'on', 'an', 'what', 'how'],
  es: ['el', 'la', 'los', 'las', 'del', 'y', 'en', 'con', 'para', 'por', 'una', 'un', 'de', 'al'],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'et',
    'en',
    'pour',
    'avec',
    'une',
    'un',
    'de',
    'l',
    'd',
    'au',
  ],
  pt: [
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'para',
    'com',
    'uma',
    'um',
    'de',
    'no',
    'na',
  ],
  de: ['der', 'die', 'das', 'und', 'mit', 'fur', 'von', 'zu', 'im', 'ein', 'eine', 'den', 'des'],
  it: ['il', 'lo', 'gli', 'della', 'di', 'e', 'per', 'con', 'una', 'un', 'nel', 'dei', 'delle'],
};

const WEIGHT = new Map<string, Map<string, number>>();
for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
  for (const w of list) {
    const sharedBy = Object.values(FUNCTION_WORDS).filter((l) => l.includes(w)).length;
    let byLanguage = WEIGHT.get(w);
    if (!byLanguage) {
      byLanguage = new Map();
      WEIGHT.set(w, byLanguage);
    }
    byLanguage.set(language, 1 / sharedBy);
  }
}

/** Word endings only one language uses ("-ción", "-ção"), read before folding. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ci[oó]n(es)?$/, 'es'],
  [/ç[aã]o$|ções$/, 'pt'],
];

/** Evidence needed to name a language, and its lead over the next one. */
const MIN_SCORE = 1.5;
const MIN_LEAD = 1.5;

/**
 * The primary language subtag the text is most likely written in, or `undefined` when its words
 * do not tell.
 *
 * @example
 * ```ts
 * guessLanguage('Cuidado de heridas en el ámbito hospitalario'); // 'es'
 * guessLanguage('Machine Learning'); // undefined
 * ```
 */
export function guessLanguage(text: string): string | undefined {
  const score = new Map<string, number>();
  const add = (language: string, value: number) =>
    score.set(language, (score.get(language) ?? 0) + value);
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw === '') continue;
    for (const [pattern, language] of ENDINGS) if (pattern.test(raw)) add(language, 1);
    for (const [language, value] of WEIGHT.get(foldText(raw)) ?? []) add(language, value);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_SCORE) return undefined;
  if (second && first[1] < MIN_LEAD * second[1]) return undefined;
  return first[0];
}
