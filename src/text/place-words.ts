/**
 * Words of the world's country and region names in English, from the runtime's Unicode CLDR data
 * (`Intl.DisplayNames`): "qatar", "zealand", "africa". A word of a place is shared by many
 * unrelated bodies of that place, so it never makes two names one brand.
 * @module
 */

/** UN M49 codes of the continents and regions CLDR names ("Africa", "Europe", "Oceania"). */
const REGION_CODES = ['001', '002', '005', '009', '013', '019', '021', '029', '142', '150', '419'];

/**
 * The lower-case words (four letters or more) of every region name CLDR gives in English: the
 * two-letter ISO 3166-1 codes and the UN M49 regions. Empty where the runtime has no
 * `Intl.DisplayNames`.
 *
 * @example
 * ```ts
 * placeWords().has('qatar'); // true
 * ```
 */
export function placeWords(): Set<string> {
  const words = new Set<string>();
  if (typeof Intl.DisplayNames !== 'function') return words;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const a = 'A'.charCodeAt(0);
  const codes = [...REGION_CODES];
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) codes.push(String.fromCharCode(a + i, a + j));
  }
  for (const code of codes) {
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      name = undefined;
    }
    if (name === undefined) continue;
    for (const word of name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 4) words.add(word);
    }
  }
  return words;
}
