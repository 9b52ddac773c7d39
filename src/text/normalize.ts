/**
 * Text normalisation shared by every matcher: Unicode compatibility folding, diacritics removed,
 * lower case, punctuation to spaces, British spellings to American. Pure and data-free.
 * @module
 */
import { americanize } from './spelling.js';

/** Combining accents (not the marks that make a Japanese kana voiced, which change the word). */
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const NON_WORD = /[^a-z0-9+]+/g;
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Invisible format characters (Unicode category Cf: soft hyphen, zero-width space and joiners,
 * word joiner, byte-order mark, direction controls). They change nothing a reader sees, so they
 * are removed, not read as a break: "AC\u200BCME" is "ACCME", and a listed mill's name cannot
 * escape its listing by a hidden break (Unicode TR39 removes them from skeletons too).
 */
const INVISIBLE = /\p{Cf}/gu;

/** Longest text normalised; longer input is cut (matching needs no more). */
export const MAX_NORMALIZE_LENGTH = 200_000;

/** A character outside ASCII: what a word written in another script than Latin's holds. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The words of a text written in scripts other than Latin ("대한의사협회", "日本医師会",
 * "Πανελλήνιος Ιατρικός Σύλλογος"), case and accents folded; '' when it has none. It is the key of
 * a name with no Latin words, so that such a name is found as it is written (`readName`).
 *
 * @example
 * ```ts
 * foldOtherScriptWords('Πανελλήνιος Ιατρικός Σύλλογος (PIS)'); // 'πανελληνιος ιατρικος συλλογος'
 * foldOtherScriptWords('Royal College of Nursing'); // ''
 * ```
 */
export function foldOtherScriptWords(text: string): string {
  if (!NON_ASCII.test(text)) return '';
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => NON_ASCII.test(w))
    .join(' ');
}

/** HTML character references: named (the few text carries), decimal and hexadecimal. */
const CHARACTER_REFERENCE = /&(?:(amp|quot|apos|nbsp|lt|gt)|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
const NAMED_REFERENCE: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lt: '<',
  gt: '>',
};

/**
 * The text with the HTML character references a scraped page leaves in it decoded ("Women&#39;s
 * Health", "Allergy &amp; Immunology", "&nbsp;"); a reference to no character is dropped.
 *
 * @example
 * ```ts
 * decodeCharacterReferences('Asthma &amp; Immunology'); // 'Asthma & Immunology'
 * ```
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (_, name?: string, decimal?: string, hex?: string) => {
    if (name !== undefined) return NAMED_REFERENCE[name.toLowerCase()] as string;
    const point = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
  });
}

/**
 * Folds case, diacritics and compatibility forms, decodes HTML character references, removes
 * invisible format characters, and turns punctuation into single spaces. Keeps `+` (as in
 * "Mainpro+"). Does not change spelling.
 *
 * @example
 * ```ts
 * foldText('  Pédiatric  Advanced–Life Support! '); // 'pediatric advanced life support'
 * ```
 */
export function foldText(input: string): string {
  const cut = decodeCharacterReferences(
    input.length > MAX_NORMALIZE_LENGTH ? input.slice(0, MAX_NORMALIZE_LENGTH) : input,
  );
  // Plain ASCII has no compatibility forms, diacritics or ligatures to fold: the same result, sooner.
  if (ASCII.test(cut)) {
    return cut.toLowerCase().replace(/&/g, ' and ').replace(NON_WORD, ' ').trim();
  }
  return cut
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/&/g, ' and ')
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * {@link foldText}, then every word converted to American spelling, so British and American
 * forms compare equal.
 *
 * @example
 * ```ts
 * normalizeText('Paediatric Haemorrhage'); // 'pediatric hemorrhage'
 * ```
 */
export function normalizeText(input: string): string {
  const folded = foldText(input);
  if (folded === '') return '';
  return folded.split(' ').map(americanize).join(' ');
}

const LEADING_THE = /^the /;

/**
 * Normalises an organisation's name for exact lookup: {@link normalizeText} plus a leading
 * "The" removed. "The Royal College of Nursing" and "royal college of nursing" are equal.
 *
 * @example
 * ```ts
 * normalizeName('The Royal College of Paediatrics & Child Health');
 * // 'royal college of pediatrics and child health'
 * ```
 */
export function normalizeName(input: string): string {
  return normalizeText(input).replace(LEADING_THE, '');
}

/**
 * Escapes the characters a regular expression treats as syntax, so `text` matches literally.
 *
 * @example
 * ```ts
 * new RegExp(escapeRegExp('Mainpro+ (CFPC)')).test('Mainpro+ (CFPC)'); // true
 * ```
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
