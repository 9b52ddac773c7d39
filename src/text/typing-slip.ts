/**
 * Typing slips: the ways a domain name is mistyped that typo-squatters register, after Wang et
 * al., "Strider Typo-Patrol: Discovery and Analysis of Systematic Typo-Squatting" (USENIX SRUTI
 * 2006, https://www.usenix.org/legacy/event/sruti06/tech/full_papers/wang/wang.pdf, section
 * 3.1): a character left out, one added, two neighbours swapped, or one replaced by a
 * neighbouring key. (The paper's fifth model, a missing dot, joins two labels; it is not a
 * slip within one label and is not checked here.)
 * A replacement by a key far away ("crana" for "crpna") is not a slip but another name, and
 * replacements by a character that looks alike ("rn" for "m") are the confusables' business
 * (`confusables.ts`).
 * @module
 */

/** The rows of a QWERTY keyboard, as typed: each row sits half a key right of the one above. */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/** Where each key is: its row and column. */
function keyAt(char: string): { row: number; col: number } | undefined {
  for (const [row, keys] of ROWS.entries()) {
    const col = keys.indexOf(char);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

/**
 * Whether two keys touch on a QWERTY keyboard: beside each other on a row, or on the row above
 * (same column or one right) or below (same column or one left).
 *
 * @example
 * ```ts
 * neighbourKeys('s', 'd'); // true
 * neighbourKeys('a', 'p'); // false
 * ```
 */
export function neighbourKeys(a: string, b: string): boolean {
  const p = keyAt(a);
  const q = keyAt(b);
  if (p === undefined || q === undefined || a === b) return false;
  const offset = q.col - p.col;
  if (q.row === p.row) return Math.abs(offset) === 1;
  if (q.row === p.row - 1) return offset === 0 || offset === 1;
  if (q.row === p.row + 1) return offset === 0 || offset === -1;
  return false;
}

/**
 * Whether `typed` is `meant` with one typing slip: a character left out or added, two
 * neighbouring characters swapped, or one character replaced by a neighbouring key.
 *
 * @example
 * ```ts
 * isTypingSlip('acccme', 'accme'); // true (one added)
 * isTypingSlip('acme', 'accme'); // true (one left out)
 * isTypingSlip('accem', 'accme'); // true (swapped)
 * isTypingSlip('axcme', 'accme'); // true (x is beside c)
 * isTypingSlip('crana', 'crpna'); // false (a is far from p)
 * ```
 */
export function isTypingSlip(typed: string, meant: string): boolean {
  if (typed === meant) return false;
  const [shorter, longer] = typed.length <= meant.length ? [typed, meant] : [meant, typed];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (shorter.length < longer.length) {
    // One character left out or added: the rest must match after it.
    return shorter.slice(i) === longer.slice(i + 1);
  }
  // Same length: one replaced by a neighbouring key, or two neighbours swapped.
  if (typed.slice(i + 1) === meant.slice(i + 1)) {
    return neighbourKeys(typed[i] as string, meant[i] as string);
  }
  return (
    typed[i] === meant[i + 1] &&
    typed[i + 1] === meant[i] &&
    typed.slice(i + 2) === meant.slice(i + 2)
  );
}
