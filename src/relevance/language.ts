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

const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** Folded function word → (language index, weight) pairs, flat. */
const WEIGHT = new Map<string, number[]>();
LANGUAGES.forEach((language, l) => {
  for (const w of FUNCTION_WORDS[language] ?? []) {
    const sharedBy = Object.values(FUNCTION_WORDS).filter((list) => list.includes(w)).length;
    const pairs = WEIGHT.get(w) ?? [];
    pairs.push(l, 1 / sharedBy);
    WEIGHT.set(w, pairs);
  }
});

/** Word endings only one language uses ("-ción", "-ção"), read before folding. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ci[oó]n(es)?$/, 'es'],
  [/ç[aã]o$|ções$/, 'pt'],
];

/** A word that folding would not change. */
const ASCII_WORD = /^[a-z]*$/;

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
  const score = new Float64Array(LANGUAGES.length);
  const add = (l: number, v: number): void => {
    score[l] = (score[l] as number) + v;
  };
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw === '') continue;
    const last = raw.charCodeAt(raw.length - 1);
    // Only words ending in "n", "s" or "o" can have one of the endings.
    if (raw.length > 3 && (last === 110 || last === 115 || last === 111)) {
      for (const [pattern, language] of ENDINGS) {
        if (pattern.test(raw)) add(LANGUAGES.indexOf(language), 1);
      }
    }
    const pairs = WEIGHT.get(ASCII_WORD.test(raw) ? raw : foldText(raw));
    if (!pairs) continue;
    for (let i = 0; i < pairs.length; i += 2) add(pairs[i] as number, pairs[i + 1] as number);
  }
  let first = -1;
  let second = -1;
  score.forEach((v, l) => {
    if (first < 0 || v > (score[first] as number)) {
      second = first;
      first = l;
    } else if (second < 0 || v > (score[second] as number)) second = l;
  });
  const top = score[first] ?? 0;
  if (top < MIN_SCORE) return undefined;
  if (second >= 0 && top < MIN_LEAD * (score[second] as number)) return undefined;
  return LANGUAGES[first];
}
