/**
 * Tokenising and stemming for matching course text against gaps and taxonomy labels.
 * Uses natural's Porter stemmer leaf module (bundled; see THIRD_PARTY_NOTICES.md).
 * @module
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { normalizeText } from './normalize.js';

/** Words too common to carry meaning in course or gap text. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by for from has have how in into is it its of on or our that the their ' +
    'this to was were will with your you we i my me can do does using use via per about across ' +
    'course courses module training learn learning understand understanding introduction intro ' +
    'skills skill update updates essentials essential basic basics overview principles practice ' +
    'clinical clinician clinicians professional professionals health healthcare patient patients ' +
    'care online session sessions workshop day part level guide'
  ).split(' '),
);

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
  return PorterStemmer.stem(token);
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
 * Normalised, stop-word-free, stemmed terms of a text, in order (duplicates kept).
 *
 * @example
 * ```ts
 * terms('Recognising sepsis in adults'); // ['recogn', 'sepsi', 'adult']
 * ```
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (!STOPWORDS.has(token)) out.push(stemToken(token));
  }
  return out;
}
