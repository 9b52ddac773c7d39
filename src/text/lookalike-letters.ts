/**
 * Look-alike letters: one Latin letter written for another it resembles, as domain squatters
 * register them — "nursingworid" for "nursingworld". Unicode's confusables (`confusables.ts`)
 * map letters of other scripts, digits ("1" for "l") and letter pairs ("rn" for "m", "vv" for
 * "w") onto Latin, but not one lower-case Latin letter onto another. The pairs are those of
 * dnstwist's homoglyph fuzzer that are single letters and not neighbouring keys (a neighbouring
 * key is a typing slip, `typing-slip.ts`): i and l, b and d, g and q
 * (https://github.com/elceef/dnstwist, `dnstwist.py`, `__homoglyph`).
 * @module
 */

/** Each letter's look-alike. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  i: 'l',
  l: 'i',
  b: 'd',
  d: 'b',
  g: 'q',
  q: 'g',
};

/**
 * Whether `written` is `meant` with exactly one letter replaced by its look-alike.
 *
 * @example
 * ```ts
 * isLookalikeLetter('nursingworid', 'nursingworld'); // true
 * isLookalikeLetter('nursingworld', 'nursingworld'); // false
 * isLookalikeLetter('nursingwirld', 'nursingworld'); // false (o and i do not look alike)
 * ```
 */
export function isLookalikeLetter(written: string, meant: string): boolean {
  if (written.length !== meant.length || written === meant) return false;
  let i = 0;
  while (written[i] === meant[i]) i++;
  return (
    LOOKALIKE[meant[i] as string] === written[i] && written.slice(i + 1) === meant.slice(i + 1)
  );
}
