/**
 * Dates as spreadsheets write them: `2024-03-01`, `01/03/2024`, `3/1/24`, `1 March 2024`,
 * `March 2024`, `2024`, and Excel's day numbers (`45352`). Impossible dates (`2026-02-30`) are
 * refused. Day and month order: a part above 12 decides; otherwise the column's other dates
 * decide (`order`); otherwise day first, said in the warning.
 * @module
 */
import { ABSENT, isAbsent, type Reading, read, unreadable } from './reading.js';

/** Which of two small numbers comes first in `a/b/yyyy`. */
export type DateOrder = 'dmy' | 'mdy';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex(
    (m) => m === w || (m.startsWith(w) && w.length >= 3) || (w === 'sept' && m === 'september'),
  );
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a real calendar date, else `undefined`. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (said in the warning). */
function fullYear(text: string, notes: string[]): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  const full = y < 70 ? 2000 + y : 1900 + y;
  notes.push(`has a two-digit year, read as ${full}`);
  return full;
}

/** Excel's day numbers: day 1 is 1900-01-01, with its 1900 leap-year bug (so epoch 1899-12-30). */
function excelDay(serial: number): string | undefined {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads a date cell. `order` is the column's day/month order when its other cells show it;
 * `end` reads a bare month or year as its last day (for expiry dates) instead of its first.
 *
 * @example
 * ```ts
 * readDate('01/03/2024').value; // '2024-03-01', note: read day first
 * readDate('2026-02-30').problem; // 'is not a real date'
 * ```
 */
export function readDate(
  cell: string,
  options: { order?: DateOrder; end?: boolean } = {},
): Reading<string> {
  const text = cell.trim();
  if (isAbsent(text)) return ABSENT;
  if (text.length > 60) return unreadable('is not a date');
  const notes: string[] = [];
  const bad = (): Reading<never> => unreadable('is not a real date', notes);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date === undefined ? bad() : read(date, notes);
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3], notes);
    let order: DateOrder;
    if (a > 12 && b <= 12) order = 'dmy';
    else if (b > 12 && a <= 12) order = 'mdy';
    else if (a === b) order = 'dmy';
    else if (options.order !== undefined) order = options.order;
    else {
      order = 'dmy';
      notes.push(
        `was read day first, as ${calendarDate(year, b, a) ?? '?'} (write YYYY-MM-DD to be sure)`,
      );
    }
    const date = order === 'dmy' ? calendarDate(year, b, a) : calendarDate(year, a, b);
    return date === undefined ? bad() : read(date, notes);
  }
  // `1 March 2024`, `1st Mar 2024`, `March 1, 2024`.
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)\s*,?\s+(\d{4})$/i.exec(text);
  if (m?.[2] !== undefined) {
    const month = monthOf(m[2]);
    const date = month === undefined ? undefined : calendarDate(Number(m[3]), month, Number(m[1]));
    return date === undefined ? bad() : read(date, notes);
  }
  m = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (m?.[1] !== undefined) {
    const month = monthOf(m[1]);
    const date = month === undefined ? undefined : calendarDate(Number(m[3]), month, Number(m[2]));
    return date === undefined ? bad() : read(date, notes);
  }
  // `March 2024`, `03/2024`, `2024-03`: a month.
  m = /^([a-z]+\.?)\s+(\d{4})$/i.exec(text) ?? /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const ym = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m?.[1] !== undefined || ym) {
    const year = Number(ym ? ym[1] : m?.[2]);
    const month = ym
      ? Number(ym[2])
      : /^\d/.test(m?.[1] ?? '')
        ? Number(m?.[1])
        : monthOf(m?.[1] ?? '');
    if (month === undefined) return unreadable('is not a date');
    const day = options.end ? daysIn(year, month) : 1;
    const date = calendarDate(year, month, day);
    if (date === undefined) return bad();
    notes.push(`was read as ${date}, the ${options.end ? 'last' : 'first'} day of that month`);
    return read(date, notes);
  }
  // `2024`: a year.
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2200) {
    const date = options.end ? `${text}-12-31` : `${text}-01-01`;
    notes.push(`was read as ${date}, the ${options.end ? 'last' : 'first'} day of that year`);
    return read(date, notes);
  }
  // Excel's day numbers (1955–2119).
  if (/^\d{5}(?:\.\d+)?$/.test(text) && Number(text) >= 20_000 && Number(text) <= 80_000) {
    const date = excelDay(Number(text));
    if (date !== undefined) {
      notes.push(`was read as Excel's day number for ${date}`);
      return read(date, notes);
    }
  }
  return unreadable('is not a date (write YYYY-MM-DD)');
}

/**
 * The day/month order a column's cells show: `dmy` if some first part is above 12, `mdy` if some
 * second part is, `undefined` when none decides or both appear.
 *
 * @example
 * ```ts
 * columnDateOrder(['03/04/2024', '25/12/2024']); // 'dmy'
 * ```
 */
export function columnDateOrder(cells: Iterable<string>): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{2}|\d{4})\s*$/.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}
