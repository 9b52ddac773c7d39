/**
 * Confusable skeletons (Unicode Technical Standard #39, "Unicode Security Mechanisms", section 4):
 * two strings that look alike — "аccme" with a Cyrillic "а" and "accme" — have the same skeleton.
 * The mapping is Unicode's confusables data, supplied by the caller (the reference layer loads
 * `data/confusables.json`), so this module stays data-free.
 *
 * credence compares names case-insensitively, so the skeleton is taken in two steps: characters
 * outside ASCII are replaced by the ASCII letters they imitate (case kept, so an acronym in
 * Cyrillic capitals is still read as an acronym), then the text is lower-cased and the ASCII
 * confusables of the data are folded ("m" → "rn", "0" → "o", "1" → "l"). Both sides of every
 * comparison go through the same steps.
 * @module
 */

/** Confusables data: each prototype (ASCII letters and digits) with every character that looks like it. */
export type ConfusablePrototypes = Readonly<Record<string, string>>;

/** Skeleton functions compiled from confusables data. */
export interface Skeletons {
  /**
   * Replaces each non-ASCII character that imitates ASCII letters by them, keeping case, after
   * compatibility decomposition (NFKD folds "𝐚" and "ａ" to "a"; the data covers the rest).
   */
  readonly mapLookalikes: (text: string) => string;
  /** Lower-cases ASCII letters and folds the ASCII confusables ("m" → "rn", "0" → "o", "1" → "l"). */
  readonly foldAscii: (text: string) => string;
  /** `foldAscii(mapLookalikes(text))`, decomposed: equal skeletons look alike. */
  readonly skeleton: (text: string) => string;
  /** Whether `text` contains a non-ASCII character that imitates an ASCII letter or digit. */
  readonly hasLookalikeCharacters: (text: string) => boolean;
}

/** Longest text examined (names and hosts are far shorter). */
const MAX_LENGTH = 1_000;

const isAscii = (ch: string): boolean => ch.charCodeAt(0) <= 0x7f;

/**
 * Compiles confusables data into skeleton functions.
 *
 * @example
 * ```ts
 * const { skeleton } = createSkeletons({ a: 'а', C: 'С', rn: 'm' });
 * skeleton('аccme') === skeleton('ACCME'); // true: 'accrne' both
 * ```
 */
export function createSkeletons(prototypes: ConfusablePrototypes): Skeletons {
  const lookalikes = new Map<string, string>();
  const ascii = new Map<string, string>();
  for (const [prototype, characters] of Object.entries(prototypes)) {
    for (const ch of characters) {
      if (!isAscii(ch)) lookalikes.set(ch, prototype);
      // ASCII sources: "0" → "O", "1" → "l", "|" → "l", "m" → "rn" ("I" → "l" is moot once
      // lower-cased). Prototypes are lower-cased so the fold is case-insensitive.
      else if (!/[A-Z]/.test(ch)) ascii.set(ch, prototype.toLowerCase());
    }
  }
  const mapLookalikes = (text: string): string => {
    let out = '';
    for (const ch of text.slice(0, MAX_LENGTH).normalize('NFKD')) out += lookalikes.get(ch) ?? ch;
    return out;
  };
  const foldAscii = (text: string): string => {
    let out = '';
    for (const ch of text.toLowerCase()) out += ascii.get(ch) ?? ch;
    return out;
  };
  return {
    mapLookalikes,
    foldAscii,
    skeleton: (text) => foldAscii(mapLookalikes(text)).normalize('NFD'),
    hasLookalikeCharacters: (text) => {
      for (const ch of text.slice(0, MAX_LENGTH).normalize('NFKD')) {
        if (lookalikes.has(ch)) return true;
      }
      return false;
    },
  };
}
