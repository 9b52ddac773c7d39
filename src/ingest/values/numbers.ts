/**
 * Numbers written the spreadsheet way: `1,250.00`, `1.250,50`, `12,5`, `1 250`, `½`.
 * @module
 */
import { ownTable } from '../../model/sanitize.js';
import { MAX_VALUE_CELL } from './reading.js';

/** A number and what was assumed to read it. */
export interface LooseNumber {
  readonly value: number;
  /** Set when a lone `.` before exactly three digits was taken as a thousands separator. */
  readonly thousandsDot?: boolean;
}

const FRACTIONS: ReadonlyMap<string, number> = ownTable({ '½': 0.5, '¼': 0.25, '¾': 0.75 });

/**
 * Parses one number. When `,` and `.` both appear, the later one is the decimal mark
 * (`1.250,00` → 1250). A lone comma followed by exactly three digits is a thousands separator
 * (`1,250`), otherwise a decimal comma (`12,5`). A lone dot followed by exactly three digits is
 * a decimal point (`1.250` → 1.25) unless `money` is set: no price is written to a thousandth,
 * so in a price it is a thousands separator (`€1.200` → 1200, flagged in `thousandsDot`).
 *
 * @example
 * ```ts
 * parseLooseNumber('1,250.00')?.value; // 1250
 * parseLooseNumber('1.200', { money: true }); // { value: 1200, thousandsDot: true }
 * ```
 */
export function parseLooseNumber(
  raw: string,
  options: { money?: boolean } = {},
): LooseNumber | undefined {
  if (raw.length > MAX_VALUE_CELL) return undefined;
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const fraction = FRACTIONS.get(s.slice(-1));
  if (fraction !== undefined) {
    const whole = s.slice(0, -1);
    if (whole === '') return { value: fraction };
    const w = parseLooseNumber(whole);
    return w === undefined ? undefined : { value: w.value + fraction };
  }
  // Two linear tests instead of one ambiguous pattern (`[\d.,]*\d[\d.,]*` backtracks
  // quadratically on long digit runs).
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  let thousandsDot = false;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    s = /^[+-]?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if ((s.match(/\./g) ?? []).length > 1) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return undefined;
    s = s.replace(/\./g, '');
  } else if (options.money && /^[+-]?\d{1,3}\.\d{3}$/.test(s)) {
    s = s.replace('.', '');
    thousandsDot = true;
  }
  if ((s.match(/[.,]/g) ?? []).length > 1) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return thousandsDot ? { value: n, thousandsDot } : { value: n };
}

/** Words for small numbers, as durations are written ("one hour", "two days"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = ownTable({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  half: 0.5,
  quarter: 0.25,
});

/** Rounds to three decimals, as every number credence reads is. */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
