/**
 * "Did you mean …?": the nearest known word to a misspelt one, for field names, column headers,
 * enumeration values, professions and command-line flags. One rule everywhere, so that every
 * suggestion credence makes is equally cautious.
 * @module
 */

/** Longest text compared; longer input gets no suggestion (a name is never this long). */
const MAX_COMPARED = 64;

/** Lower case, with spaces, `_`, `-` and `.` removed, so `Hours Available` meets `hoursAvailable`. */
export function suggestionKey(text: string): string {
  return text.toLowerCase().replace(/[\s_.-]+/g, '');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapped neighbours), giving up once it
 * exceeds `limit`: returns `limit + 1` then.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Edits allowed for a word of this length: 1 up to 5 characters, 2 up to 10, 3 beyond. Short
 * words get one, so `dog` never suggests `day`… but `nurze` suggests `nurse`.
 */
function allowance(length: number): number {
  return length <= 5 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * The known word nearest to `text` (compared without case, spaces, `_`, `-`, `.`), or `undefined`
 * when none is close enough or two are equally close. A known word that starts with the text
 * (at least 4 characters) also counts, so `hours` suggests `hoursAvailable`.
 *
 * @example
 * ```ts
 * didYouMean('budjet', ['budget', 'gaps']); // 'budget'
 * didYouMean('colour', ['budget', 'gaps']); // undefined
 * ```
 */
export function didYouMean(text: string, known: Iterable<string>): string | undefined {
  const key = suggestionKey(text);
  if (key === '' || key.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of known) {
    const other = suggestionKey(candidate);
    if (other === key) return candidate;
    const limit = allowance(Math.max(key.length, other.length));
    let d = editDistance(key, other, limit);
    if (d > limit && key.length >= 4 && other.startsWith(key)) d = limit;
    if (d > limit) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && suggestionKey(best ?? '') !== other) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * ` (did you mean "x"?)` for a message, or `''`.
 *
 * @example
 * ```ts
 * meantAside('skils', ['skills']); // ' (did you mean "skills"?)'
 * ```
 */
export function meantAside(text: string, known: Iterable<string>): string {
  const hit = didYouMean(text, known);
  return hit === undefined ? '' : ` (did you mean ${JSON.stringify(hit)}?)`;
}

/**
 * `; did you mean "x"?` for a message, or `''`.
 *
 * @example
 * ```ts
 * meantSuffix('budjet', ['budget']); // '; did you mean "budget"?'
 * ```
 */
export function meantSuffix(text: string, known: Iterable<string>): string {
  const hit = didYouMean(text, known);
  return hit === undefined ? '' : `; did you mean ${JSON.stringify(hit)}?`;
}
