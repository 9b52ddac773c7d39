/**
 * Phrase-resolution defaults, each with its reason. Documented in `docs/recommendations.md`.
 * @module
 */

/** How sure each way of reaching a concept is (0–1). */
export const RESOLUTION_STRENGTH = {
  /** The taxonomy id itself. */
  id: 1,
  /** The concept's label, folded (case, accents, punctuation). */
  label: 1,
  /** An alternative label: a synonym the taxonomy lists. */
  altLabel: 0.97,
  /** The same label in the other spelling (British ↔ American). */
  spellingVariant: 0.95,
  /** The same stems in another order or inflection ("recognising sepsis"). */
  stemmed: 0.9,
  /** An abbreviation with one sense, or one its context decided. */
  abbreviation: 0.9,
  /** Each sense of an abbreviation the context could not decide: below any single match. */
  abbreviationUndecided: 0.45,
  /** A likely typo: multiplied by the edit similarity (≥ {@link MIN_TYPO_SIMILARITY}). */
  typo: 0.85,
  /**
   * A sub-phrase names the concept: multiplied by the sub-phrase's strength and by
   * `0.5 + 0.5 × share of the phrase's content words it covers`.
   */
  partial: 0.8,
} as const;

/** Shortest phrase (letters, folded) read as a possible typo. Shorter: an abbreviation. */
export const MIN_TYPO_LENGTH = 6;
/** Lowest edit similarity accepted for a typo (one slip in a 5-letter word is 0.8). */
export const MIN_TYPO_SIMILARITY = 0.8;
/**
 * Most edits (a letter added, dropped, changed, or two swapped) a typo may hold, however long
 * the phrase: most misspellings are one edit (Damerau, "A technique for computer detection and
 * correction of spelling errors", CACM 7(3), 1964), and three edits turn "pain management" into
 * "AKI management".
 */
export const MAX_TYPO_EDITS = 2;
/** Longest sub-phrase (words) tried for typos inside a longer phrase: labels are short. */
export const MAX_TYPO_WINDOW = 4;
/** Most typo searches for the sub-phrases of one phrase (each is the costly step). */
export const MAX_TYPO_ATTEMPTS = 6;
/** Longest phrase resolved (a gap is a short phrase; longer text is cut at a word boundary). */
export const MAX_PHRASE_CHARACTERS = 120;
/** Most distinct words of a phrase considered (repeats add nothing). */
export const MAX_PHRASE_WORDS = 12;
