/**
 * The end of an approval a claim's reference states: the approval period or term that accreditors
 * require printed beside their statement (ASWB's "ACE provider approval period: 04/02/2019 -
 * 04/02/2022"; a PACE program provider's "Approval period 1/1/2019 to 12/31/2022"), or the date it
 * is valid until or expires. A period that ended before the evaluation date is an expired
 * accreditation, as a claim's own `validUntil` is. Numeric dates are read both ways (month first,
 * day first) and the later reading kept, so a date is past only when it is past however it was
 * meant.
 * @module
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Words that introduce the end of an approval, or its period ("valid 2019–2020": a period of years,
 * blind mills round 97).
 */
const END_WORDS =
  /\b(?:(?:approval|accreditation)\s+(?:period|term)|(?:accreditation|approval)\s+(?:valid|expires?|expiry)|valid\s+(?:until|through|thru|to)|valid(?=\s+(?:19|20)\d\d\b)|expir(?:es|y|ation)(?:\s+date)?)\b/i;

/** A date as references write it: 04/02/2022, 2022-04-02, April 2, 2022, 2 April 2022, or a year. */
const DATE =
  /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b|([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})|\b(20\d{2}|19\d{2})\b/gi;

const iso = (y: number, m: number, d: number): string | undefined => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : undefined;
};
const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The latest day a date as written can be, or `undefined`. */
function latestReading(m: RegExpExecArray): string | undefined {
  const [, y1, m1, d1, a, b, y2, mn, md, my, dd, dm, dy, year] = m;
  if (y1 !== undefined) return iso(Number(y1), Number(m1), Number(d1));
  if (a !== undefined && b !== undefined && y2 !== undefined) {
    const readings = [
      iso(fullYear(y2), Number(a), Number(b)),
      iso(fullYear(y2), Number(b), Number(a)),
    ];
    return readings
      .filter((r): r is string => r !== undefined)
      .sort()
      .at(-1);
  }
  if (mn !== undefined) return month(mn) > 0 ? iso(Number(my), month(mn), Number(md)) : undefined;
  if (dm !== undefined) return month(dm) > 0 ? iso(Number(dy), month(dm), Number(dd)) : undefined;
  return year === undefined ? undefined : `${year}-12-31`;
}

/**
 * The last day of the approval a reference states (ISO), or `undefined`: the last date after the
 * words that introduce it.
 *
 * @example
 * ```ts
 * statedExpiry('ACE provider #1099, approval period 04/02/2019-04/02/2022'); // '2022-04-02'
 * statedExpiry('Approval period 1/1/2019 to 12/31/2022'); // '2022-12-31'
 * statedExpiry('RACS-CA-2019-0447 (valid 2019–2020)'); // '2020-12-31'
 * statedExpiry('American Nurses Credentialing Center (ANCC), accreditation term 2017–2021'); // '2021-12-31'
 * statedExpiry('UAN 0204-0000-20-246-L04-P'); // undefined
 * ```
 */
export function statedExpiry(reference: string | undefined): string | undefined {
  if (reference === undefined) return undefined;
  const words = END_WORDS.exec(reference);
  if (words === null) return undefined;
  const after = reference.slice(words.index + words[0].length, words.index + words[0].length + 60);
  let last: string | undefined;
  for (const m of after.matchAll(DATE)) last = latestReading(m) ?? last;
  return last;
}
