/**
 * Lists, yes/no cells, and numbers that carry a unit (`6 CPD points`, `EQF level 5`).
 * @module
 */
import { lookupWord } from '../vocabulary.js';
import { parseLooseNumber, round3 } from './numbers.js';
import { ABSENT, isAbsent, MAX_VALUE_CELL, type Reading, read, unreadable } from './reading.js';

/**
 * Splits a list cell on `;`, `|`, line breaks and bullets — and on commas too when `commas` is
 * set and no `;` or `|` appears (a skills cell written `ECG, sepsis`). Blank and "not stated"
 * entries are dropped.
 *
 * @example
 * ```ts
 * splitList('ECG; sepsis ;;N/A'); // ['ECG', 'sepsis']
 * splitList('ECG, sepsis', true); // ['ECG', 'sepsis']
 * ```
 */
export function splitList(cell: string, commas = false): string[] {
  const separators = commas && !/[;|]/.test(cell) ? /[,\n•·]+/ : /[;|\n•·]+/;
  return cell
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => !isAbsent(s));
}

/**
 * Reads yes/no, true/false, y/n and 1/0 (any case).
 *
 * @example
 * ```ts
 * parseYesNo('Yes'); // true
 * ```
 */
export function parseYesNo(cell: string): boolean | undefined {
  const lower = cell.trim().toLowerCase();
  if (
    ['yes', 'y', 'true', '1', 'supervised', 'proctored', 'invigilated', 'verified'].includes(lower)
  )
    return true;
  if (['no', 'n', 'false', '0', 'unsupervised', 'not supervised', 'not verified'].includes(lower))
    return false;
  return undefined;
}

/** A yes/no cell. */
export function readYesNo(cell: string): Reading<boolean> {
  if (isAbsent(cell)) return ABSENT;
  const b = parseYesNo(cell);
  return b === undefined ? unreadable('is not yes or no') : read(b);
}

/** An amount of credit and, when the cell names one, its unit (`6 CPD points` → 6, points). */
export interface CreditAmount {
  readonly credits: number;
  readonly unit?: string;
  /** A named credit scheme in the cell (`3 Mainpro+ credits`), kept as the credit type. */
  readonly scheme?: string;
}

/**
 * Reads a credit cell: a number, optionally followed by a unit (`6 CPD points`, `1.5 CEUs`,
 * `3 AMA PRA Category 1 Credits`).
 *
 * @example
 * ```ts
 * readCredits('6 CPD points').value; // { credits: 6, unit: 'points' }
 * ```
 */
export function readCredits(cell: string): Reading<CreditAmount> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  if (t.length > MAX_VALUE_CELL) return unreadable('is too long to be an amount of credit');
  const m = /^([\d.,½]+)\s*(.*)$/.exec(t);
  const n = m?.[1] === undefined ? undefined : parseLooseNumber(m[1]);
  if (n === undefined || m === null) return unreadable('is not an amount of credit');
  if (n.value < 0) return unreadable('is negative');
  const rest = (m[2] ?? '').replace(/\.$/, '').trim();
  if (rest === '') return read({ credits: round3(n.value) });
  const unit = lookupWord('creditUnit', rest);
  if (unit === undefined) return unreadable('names a unit of credit credence does not know');
  return read({
    credits: round3(n.value),
    unit: unit.value,
    ...(unit.scheme ? { scheme: rest } : {}),
  });
}

/**
 * Reads a plain number cell (`academicCredit.value`), allowing a trailing word (`10 credits`).
 *
 * @example
 * ```ts
 * readNumberCell('1,5').value; // 1.5
 * ```
 */
export function readNumberCell(cell: string): Reading<number> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  if (t.length > MAX_VALUE_CELL) {
    return unreadable(
      `is ${t.length.toLocaleString('en-GB')} characters long, too long to be a number`,
    );
  }
  const m = /^([+-]?[\d.,\s]*\d)\s*([a-z ]*)$/i.exec(t);
  const n = m?.[1] === undefined ? undefined : parseLooseNumber(m[1]);
  if (n === undefined) return unreadable('is not a number');
  if (n.value < 0) return unreadable('is negative');
  return read(round3(n.value));
}

/**
 * Reads an EQF level: `5`, `Level 5`, `EQF 5`, `EQF level 5`.
 *
 * @example
 * ```ts
 * readLevelNumber('EQF level 6').value; // 6
 * ```
 */
export function readLevelNumber(cell: string): Reading<number> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  const m = /^(?:eqf\s*)?(?:level\s*)?(\d{1,2})$/i.exec(t);
  const n = m?.[1] === undefined ? undefined : Number(m[1]);
  if (n === undefined || n < 1 || n > 8) return unreadable('is not an EQF level (1 to 8)');
  return read(n);
}
