/**
 * Reading spreadsheet cells: absent markers, lists, yes/no, and numbers written with currency
 * symbols, thousands separators, units or ranges.
 * @module
 */

/** Cell texts that mean "no value" (compared case-insensitively, after trimming). */
const ABSENT = new Set(['', 'none', 'n/a', 'na', 'n.a.', '-', '–', '—', 'null', 'nil']);

/**
 * Whether a cell means "no value". `keepNone` keeps the word "none" for fields where it is a
 * real value (`assessment.type`, `credential.type`, `credential.standard`).
 *
 * @example
 * ```ts
 * isAbsent('N/A'); // true
 * ```
 */
export function isAbsent(cell: string, keepNone = false): boolean {
  const lower = cell.trim().toLowerCase();
  if (keepNone && lower === 'none') return false;
  return ABSENT.has(lower);
}

/**
 * Splits a `;`-separated list, dropping blank and absent entries.
 *
 * @example
 * ```ts
 * splitList('ECG; sepsis ;;N/A'); // ['ECG', 'sepsis']
 * ```
 */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
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
  if (['yes', 'y', 'true', '1'].includes(lower)) return true;
  if (['no', 'n', 'false', '0'].includes(lower)) return false;
  return undefined;
}

/** A number read from a cell, with what was assumed on the way. */
export interface ReadNumber {
  /** The value, or `undefined` when the cell holds no readable number. */
  readonly value?: number;
  /** ISO 4217 code implied by a symbol or code in the cell. */
  readonly currency?: string;
  /** Notes on assumptions (range midpoint, unit conversion, ambiguous symbol). */
  readonly notes: readonly string[];
}

/** Longest cell read as a number; longer cells are left for validation to reject. */
export const MAX_NUMBER_CELL = 200;

/** Currency markers and the ISO 4217 code they imply; bare `$` is deliberately absent. */
const CURRENCY_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/US\$/i, 'USD'],
  [/(?:AU|A)\$/i, 'AUD'],
  [/(?:CA|C)\$/i, 'CAD'],
  [/NZ\$/i, 'NZD'],
  [/£/, 'GBP'],
  [/€/, 'EUR'],
  [/₹/, 'INR'],
  [/\b(USD|GBP|EUR|AUD|CAD|NZD|CHF|SEK|NOK|DKK|INR|ZAR|SGD|JPY|IEP)\b/i, ''],
];

/** Hours per unit, for duration cells such as "2 days" (documented in docs/formats.md). */
const HOURS_PER: Readonly<Record<string, number>> = {
  m: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 8,
  day: 8,
  days: 8,
  w: 40,
  wk: 40,
  wks: 40,
  week: 40,
  weeks: 40,
};

/**
 * Parses one number written the spreadsheet way: `1,250.00`, `1.250,50`, `12,5`, `1 250`.
 * A lone comma followed by exactly three digits is a thousands separator; otherwise a lone
 * comma is a decimal comma. When both `,` and `.` appear, the later one is the decimal mark.
 *
 * @example
 * ```ts
 * parseLooseNumber('1,250.00'); // 1250
 * ```
 */
export function parseLooseNumber(raw: string): number | undefined {
  if (raw.length > MAX_NUMBER_CELL) return undefined;
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  // Two linear tests instead of one ambiguous pattern (`[\d.,]*\d[\d.,]*` backtracks
  // quadratically on long digit runs).
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    s = /^[+-]?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if ((s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, '');
  }
  if ((s.match(/[.,]/g) ?? []).length > 1) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a numeric cell that may carry a currency, a unit, or a range (`4–6 hours`, `£100-£200`).
 * Ranges become their midpoint (with a note). `free` is 0. With `unitHours`, a trailing unit
 * converts to hours (1 day = 8 h, 1 week = 40 h).
 *
 * @example
 * ```ts
 * readNumber('£1,250.00').value; // 1250 (currency 'GBP')
 * readNumber('4–6 hours', { unitHours: true }).value; // 5
 * ```
 */
export function readNumber(cell: string, options: { unitHours?: boolean } = {}): ReadNumber {
  const notes: string[] = [];
  let text = cell.trim();
  if (text.length > MAX_NUMBER_CELL) {
    // No number is written in more characters than this; reading further would only cost time.
    return {
      notes: [`is ${text.length.toLocaleString('en-GB')} characters long, too long to be a number`],
    };
  }
  if (/^free$/i.test(text)) return { value: 0, notes };
  let currency: string | undefined;
  for (const [pattern, code] of CURRENCY_MARKERS) {
    const match = pattern.exec(text);
    if (match) {
      currency = code === '' ? match[1]?.toUpperCase() : code;
      text = text.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' ');
      break;
    }
  }
  if (currency === undefined && text.includes('$')) {
    notes.push(
      'the "$" sign is used by several currencies (USD, AUD, CAD, NZD…) so it sets no currency',
    );
  }
  text = text.replace(/\$/g, ' ').trim();
  let factor = 1;
  const unitMatch = trailingWord(text);
  if (unitMatch !== undefined) {
    const per = HOURS_PER[unitMatch.word.toLowerCase()];
    if (options.unitHours && per !== undefined) {
      factor = per;
      if (per > 1) notes.push(`"${unitMatch.word}" converted to hours at ${per} h each`);
      text = text.slice(0, unitMatch.index).trim();
    } else if (/^(pp|pppn|each|approx|total|incl|inc|vat|ex)$/i.test(unitMatch.word)) {
      text = text.slice(0, unitMatch.index).trim();
    }
  }
  text = text.replace(/^(approx\.?|about|c\.|~|up to|from)\s*/i, '').trim();
  const range = /^(.+?)\s*(?:–|—|-|to)\s*(.+)$/i.exec(text);
  if (range?.[1] !== undefined && range[2] !== undefined && /\d\s*(?:–|—|-|to)\s*\S/i.test(text)) {
    const low = parseLooseNumber(range[1]);
    const high = parseLooseNumber(range[2]);
    if (low !== undefined && high !== undefined && range[1].trim() !== '') {
      const value = ((low + high) / 2) * factor;
      notes.push(`the range "${cell.trim()}" was read as its midpoint, ${round(value)}`);
      return { value: round(value), currency, notes };
    }
  }
  const n = parseLooseNumber(text);
  if (n === undefined) return { currency, notes };
  return { value: round(n * factor), currency, notes };
}

/**
 * The run of ASCII letters that ends `text` (before an optional `.` and trailing spaces), found
 * by scanning back from the end: the regular expression `/([a-z]+)\.?\s*$/i` did the same in
 * quadratic time on long runs of letters.
 */
function trailingWord(text: string): { word: string; index: number } | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end > 0 && text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && /[a-z]/i.test(text[start - 1]!)) start--;
  return start === end ? undefined : { word: text.slice(start, end), index: start };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
