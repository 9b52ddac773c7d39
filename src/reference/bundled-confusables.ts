/**
 * Unicode's confusables (`data/confusables.json`) as the package build inlines them
 * (`scripts/build/reference-data-plugin.mjs`): one string of every source character in ascending
 * order of code point, each as its distance from the one before in base 36, a colon and its
 * prototype ("ts:a 5:e …": the Cyrillic а, U+0430, and е, U+0435). A bundler writes each character that is not ASCII as an escape of six
 * to twelve bytes (`\u0430`, `\u{1D6A8}`); the distances take one to three, and the data gzips
 * about 1 KB smaller. The repository's file keeps each prototype's characters as text, and this
 * reads either form.
 * @module
 */
import type { ConfusablePrototypes } from '../text/confusables.js';

/**
 * The prototypes' characters, from the bundled string or the file's own form.
 *
 * @example
 * ```ts
 * prototypesOf('ts:a 5:e'); // { a: 'а', e: 'е' } (Cyrillic)
 * prototypesOf({ a: 'а' }); // { a: 'а' }
 * ```
 */
export function prototypesOf(written: string | ConfusablePrototypes): ConfusablePrototypes {
  if (typeof written !== 'string') return written;
  const prototypes: Record<string, string> = {};
  let point = 0;
  for (const pair of written.split(' ')) {
    const [distance, prototype] = pair.split(':') as [string, string];
    point += Number.parseInt(distance, 36);
    prototypes[prototype] = (prototypes[prototype] ?? '') + String.fromCodePoint(point);
  }
  return prototypes;
}
