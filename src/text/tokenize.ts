/**
 * Tokenising and stemming for matching course text against gaps and taxonomy labels: one way
 * of cutting text into words ({@link words}), used for course text, taxonomy labels and gaps
 * alike. Stems with the `stemmer` package's Porter algorithm (bundled; see THIRD_PARTY_NOTICES.md):
 * the same stems as natural's Porter stemmer on all 52,911 words of the reference data, the
 * real-world corpus and the Coursera catalogue, in a third of its bundled size (natural's carries
 * its base class's stop-word list and tokenizer).
 * @module
 */
import { stemmer } from 'stemmer';
import { foldText, normalizeText } from './normalize.js';
import { americanize } from './spelling.js';

/**
 * Function words: articles, prepositions, pronouns and auxiliaries that carry no topic, in
 * English and in the Spanish, French, Portuguese and German titles found in real catalogues.
 * Only function words belong here: a domain word ("health", "care", "practice", "patient",
 * "clinical", "learning") is never a stop word — how common it is in a catalogue is BM25's idf
 * to judge, not a list's.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // English
  (
    'a an and are as at be been by for from has have how in into is it its of on or our that ' +
    'the their them these they this those to was were what when which who will with your you ' +
    'we i my me can do does via per about across than then there so if but not no yes ' +
    // Spanish and Portuguese
    'el la los las lo un una unos unas del al de y e o u en con por para su sus que se es ' +
    'da do dos das na no nas nos um uma ao aos pelo pela com em ' +
    // French
    'le les des du au aux et ou dans sur pour par avec une ' +
    // German
    'der die das den dem des ein eine einer und oder mit im zum zur fur von'
  ).split(' '),
);

/**
 * Closed compounds also written as two words, split so both spellings match: "healthcare"
 * finds "health care" and "health", "wellbeing" finds "well-being".
 */
const COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['healthcare', ['health', 'care']],
  ['wellbeing', ['well', 'being']],
  ['breastfeeding', ['breast', 'feeding']],
]);

/**
 * Prefixes written both hyphenated and closed up ("non-invasive" / "noninvasive",
 * "pre-hospital" / "prehospital"): the hyphen is dropped so both spellings are one word.
 */
const HYPHENATED_PREFIX = /\b(non|pre|post|anti|multi|inter|intra|peri|co|sub|semi)-(?=[a-z])/gi;
const PREFIXES: ReadonlySet<string> = new Set(
  'non pre post anti multi inter intra peri co sub semi'.split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

/** Appends a folded word, a closed compound split ("healthcare" → "health", "care"). */
function push(out: string[], w: string): void {
  const parts = COMPOUNDS.get(w);
  if (parts) out.push(...parts);
  else out.push(w);
}

/**
 * {@link words} of ASCII text in one pass over its characters (no Unicode folding is needed):
 * letters, digits and `+` make words, `&` is "and", anything else separates, and a prefix joined
 * by a hyphen to a word is closed up with it.
 */
function asciiWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let start = -1;
  let joinTo = ''; // a prefix waiting for the word after its hyphen
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const w = lower.slice(start, i);
      start = -1;
      const next = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
      if (c === 45 && next >= 97 && next <= 122 && PREFIXES.has(w)) {
        joinTo += w; // "sub-sub-acute": prefixes chain
        continue;
      }
      push(out, joinTo + w);
      joinTo = '';
    } else if (joinTo !== '') {
      push(out, joinTo);
      joinTo = '';
    }
    if (c === 38) out.push('and');
  }
  if (joinTo !== '') push(out, joinTo);
  return out;
}

/**
 * The words of a text as every matcher reads them: folded (case, accents, punctuation; `&` is
 * "and"), hyphenated prefixes closed up and closed compounds split; no spelling changes, no
 * stemming, stop-words kept.
 *
 * @example
 * ```ts
 * words('Non-invasive ventilation in healthcare'); // ['noninvasive', 'ventilation', 'in', 'health', 'care']
 * ```
 */
export function words(text: string): string[] {
  if (ASCII.test(text)) return asciiWords(text);
  const joined = text.includes('-') ? text.replace(HYPHENATED_PREFIX, '$1') : text;
  const folded = foldText(joined);
  if (folded === '') return [];
  const out: string[] = [];
  for (const w of folded.split(' ')) push(out, w);
  return out;
}

/**
 * Stems one normalised token with the Porter algorithm. Numbers and tokens of 3 or fewer
 * letters are returned unchanged (abbreviations like "niv" must not be stemmed).
 *
 * @example
 * ```ts
 * stemToken('recognition'); // 'recognit'
 * ```
 */
export function stemToken(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  return stemmer(token);
}

/**
 * The stem of one word from {@link words}: American spelling, then Porter; `''` for a
 * stop-word.
 *
 * @example
 * ```ts
 * [stemWord('paediatric'), stemWord('the')]; // ['pediatr', '']
 * ```
 */
export function stemWord(word: string): string {
  const normal = americanize(word);
  return normal === '' || STOPWORDS.has(normal) ? '' : stemToken(normal);
}

/**
 * Normalises text and splits it into words (stop-words kept).
 *
 * @example
 * ```ts
 * tokenize('12-lead EKG: Interpretation'); // ['12', 'lead', 'ekg', 'interpretation']
 * ```
 */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Normalised, stop-word-free, stemmed terms of a text, in order (duplicates kept): the terms
 * every matcher compares.
 *
 * @example
 * ```ts
 * terms('Recognising sepsis in adults'); // ['recogn', 'sepsi', 'adult']
 * ```
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const stem = stemWord(word);
    if (stem !== '') out.push(stem);
  }
  return out;
}
