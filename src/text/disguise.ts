/**
 * Characters that hide what a name says: the name reads as a known one on screen, but its text
 * differs, so a search, a filter or a register look-up misses it. Unicode's security
 * considerations (UTS #36 §2, UTS #39 §3) name these: default-ignorable characters inside a word,
 * and compatibility letters (full-width, mathematical) that normalisation (NFKC) turns into plain
 * ones. Pure and data-free.
 * @module
 */

const ASCII = /^[\x00-\x7f]*$/;

/**
 * An invisible character between two Latin letters: zero-width space, joiners, word joiner,
 * invisible operators, direction controls, byte-order mark. Nothing in Latin script needs them
 * inside a word. The soft hyphen (U+00AD) is left out: it marks where a long word may break and
 * is common in text copied from web pages.
 */
const INVISIBLE_IN_WORD =
  /[A-Za-z\u00c0-\u024f][\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+[A-Za-z\u00c0-\u024f]/;
/** Full-width Latin letters (U+FF21–FF3A, U+FF41–FF5A). */
const FULL_WIDTH_LETTER = /[\uff21-\uff3a\uff41-\uff5a]/;
/** East Asian scripts, where full-width Latin letters are ordinary typography ("ＡＣＣＭＥ認定"). */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Mathematical alphanumeric symbols (U+1D400–1D7FF): "𝐀𝐂𝐂𝐌𝐄", used to dodge text filters. */
const MATHEMATICAL_LETTER = /[\u{1d400}-\u{1d7ff}]/u;

/**
 * How a text hides what it says, in words a reader understands, or `undefined` when it does not.
 *
 * @example
 * ```ts
 * disguise('AC\u200bCME'); // 'an invisible character inside a word'
 * disguise('ＲＣＮ Accredited'); // 'full-width letters'
 * disguise('ＡＣＣＭＥ認定'); // undefined: ordinary in Japanese text
 * disguise('Royal College of Nursing'); // undefined
 * ```
 */
export function disguise(text: string): string | undefined {
  if (ASCII.test(text)) return undefined;
  if (INVISIBLE_IN_WORD.test(text)) return 'an invisible character inside a word';
  if (MATHEMATICAL_LETTER.test(text)) return 'mathematical letters';
  if (FULL_WIDTH_LETTER.test(text) && !EAST_ASIAN.test(text)) return 'full-width letters';
  return undefined;
}

/** A run of letters. */
const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
/** The scripts whose letters imitate Latin ones (UTS #39's confusables: Cyrillic а, Greek Α…). */
const LATIN_LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Whether a word mixes Latin letters with Cyrillic or Greek ones ("RАCGP" with a Cyrillic А):
 * UTS #39's mixed-script confusable. Read as Latin text it is another name, or none ("RCGP" once
 * the Cyrillic letter is folded away), so it is judged by what it looks like, not what it folds to.
 *
 * @example
 * ```ts
 * mixesScripts('R\u0410CGP'); // true
 * mixesScripts('Πανελλήνιος Ιατρικός Σύλλογος (PIS)'); // false: each word is one script
 * ```
 */
export function mixesScripts(text: string): boolean {
  return mixedScriptWord(text) !== undefined;
}

/**
 * The first word that mixes Latin letters with Cyrillic or Greek ones ({@link mixesScripts}).
 *
 * @example
 * ```ts
 * mixedScriptWord('P\u0430cific Nursing Education Network'); // 'Pаcific'
 * ```
 */
export function mixedScriptWord(text: string): string | undefined {
  if (ASCII.test(text)) return undefined;
  return (text.match(WORD) ?? []).find(
    (word) => LATIN.test(word) && LATIN_LOOKALIKE_SCRIPT.test(word),
  );
}

/**
 * Words written wholly in Cyrillic or Greek letters inside Latin text: "АССМЕ" in "Accreditation
 * Council for Continuing Medical Education (АССМЕ)", "асре" in the web address "асре-accredit.org".
 * Such a word reads as a Latin one on screen when each of its letters imitates a Latin letter
 * (which the confusables data decides: `lookalike.ts`), as a word mixing the scripts does. A text
 * mostly in another script has none: "Πανελλήνιος Ιατρικός Σύλλογος (PIS)" is Greek.
 *
 * @example
 * ```ts
 * otherScriptWordsInLatin('Accreditation Council for Continuing Medical Education (\u0410\u0421\u0421\u041c\u0415)'); // ['АССМЕ']
 * otherScriptWordsInLatin('Πανελλήνιος Ιατρικός Σύλλογος (PIS)'); // []
 * ```
 */
export function otherScriptWordsInLatin(text: string): readonly string[] {
  if (ASCII.test(text)) return [];
  let latin = 0;
  const other: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    if (!LATIN_LOOKALIKE_SCRIPT.test(word)) latin += LATIN.test(word) ? 1 : 0;
    else if (!LATIN.test(word)) other.push(word);
  }
  return latin > other.length ? other : [];
}

/**
 * Whether a name is not to be taken for the name it shows: it hides what it says
 * ({@link disguise}) or mixes scripts in a word ({@link mixesScripts}).
 *
 * @example
 * ```ts
 * concealsName('R\u0410CGP'); // true
 * concealsName('AC\u200bCME'); // true
 * concealsName('Royal College of Nursing'); // false
 * ```
 */
export function concealsName(text: string): boolean {
  return disguise(text) !== undefined || mixesScripts(text);
}

/** A right-to-left override (U+202E) and the run it reverses, to its pop (U+202C) or the end. */
const OVERRIDDEN = /\u202e([^\u202a-\u202e]*)/g;

/**
 * The runs of a text that a right-to-left override (U+202E) shows reversed, as shown: "\u202eCCNA"
 * is shown "ANCC" (Unicode's bidirectional algorithm, UAX #9; the "Trojan Source" trick,
 * CVE-2021-42574). Empty when it holds no override.
 *
 * @example
 * ```ts
 * overriddenRuns('\u202eCCNA\u202c Continuing Nursing Education Centre'); // ['ANCC']
 * overriddenRuns('Royal College of Nursing'); // []
 * ```
 */
export function overriddenRuns(text: string): string[] {
  return [...text.matchAll(OVERRIDDEN)].map((m) => [...(m[1] as string)].reverse().join(''));
}

/** Invisible format characters (category Cf). */
const INVISIBLE = /\p{Cf}/gu;

/**
 * The text with each invisible character shown as its code point, so a message quoting it shows
 * what is hidden.
 *
 * @example
 * ```ts
 * revealHidden('AC\u200bCME'); // 'AC<U+200B>CME'
 * ```
 */
export function revealHidden(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** A "0" or "1" joined to a letter, inside or at the edge of a word ("Accreditat1on", "C0uncil"). */
const DIGIT_IN_WORD = /(?<=\p{L})[01]|[01](?=\p{L})/gu;

/**
 * A text with the digits that stand in words for the letters they resemble read as those letters:
 * a "0" as an "o", a "1" as an "l" or as an "i" (one reading each), as look-alike web addresses
 * write them ("roya1college-moc.com"). Empty when no word holds such a digit.
 *
 * @example
 * ```ts
 * digitsAsLetters('Accreditat1on Council for C0ntinuing Medical Education');
 * // ['Accreditatlon Council for Continuing Medical Education', 'Accreditation Council for Continuing Medical Education']
 * digitsAsLetters('Health 2.0 Summit'); // []
 * ```
 */
export function digitsAsLetters(text: string): string[] {
  if (!/[01]/.test(text) || text.search(DIGIT_IN_WORD) < 0) return [];
  return [
    ...new Set(
      ['l', 'i'].map((one) => text.replace(DIGIT_IN_WORD, (d) => (d === '0' ? 'o' : one))),
    ),
  ];
}
