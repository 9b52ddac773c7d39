/**
 * What a cell reader returns: a value (with notes on any interpretation), nothing (the cell
 * says "not stated"), or a problem (the cell says something that cannot be read; it is left out
 * with a warning).
 * @module
 */

/** The outcome of reading one value. */
export interface Reading<T> {
  /** The value read, if any. */
  readonly value?: T;
  /** Interpretations made on the way ("a day was read as 7.5 hours"): said in a warning. */
  readonly notes: readonly string[];
  /** Why the value could not be read: the value is left out with a warning saying this. */
  readonly problem?: string;
  /** What a misspelt value most likely meant, said after the problem. */
  readonly suggestion?: string;
}

/** Nothing stated. */
export const ABSENT: Reading<never> = { notes: [] };

/** A value, with notes. */
export const read = <T>(value: T, notes: readonly string[] = []): Reading<T> => ({ value, notes });

/** An unreadable value. */
export const unreadable = (problem: string, notes: readonly string[] = []): Reading<never> => ({
  problem,
  notes,
});

/** Cell texts that mean "not stated" (compared in lower case, trimmed). */
const ABSENT_TEXTS = new Set([
  '',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  '-',
  '--',
  '–',
  '—',
  'null',
  'nil',
  'none',
  'not stated',
  'not known',
  'unknown',
  'tbd',
  '?',
]);

/**
 * Whether a cell means "not stated". `keepNone` keeps the word "none" for fields where it is a
 * real value (`assessment.type`, `credential.type`, `credential.standard`).
 *
 * @example
 * ```ts
 * isAbsent('N/A'); // true
 * ```
 */
export function isAbsent(cell: string, keepNone = false): boolean {
  // The longest "not stated" word is 11 characters; most cells are longer and need no more.
  if (cell.length > 40) return false;
  const lower = cell.trim().toLowerCase();
  if (keepNone && lower === 'none') return false;
  return ABSENT_TEXTS.has(lower);
}

/** Longest cell read as a number, amount, duration or date; longer cells are not one. */
export const MAX_VALUE_CELL = 200;
