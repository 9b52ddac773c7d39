/**
 * Prices as catalogues write them: `Free`, `£35.00 + VAT`, `$1,200`, `1.200,50 €`, `USD 2.000`,
 * `TBC`, `£100–£200`; and currency cells (`GBP`, `£`, `Euro`, `US dollars`).
 * @module
 */
import { isCurrencyCode } from '../../model/primitives.js';
import { ownTable } from '../../model/sanitize.js';
import { parseLooseNumber, round3 } from './numbers.js';
import { ABSENT, isAbsent, MAX_VALUE_CELL, type Reading, read, unreadable } from './reading.js';

/** A price: the amount and, when the cell shows it, the currency. */
export interface Price {
  readonly amount: number;
  readonly currency?: string;
  /** A bare `$` that nothing in the row decided: the price has no currency because of it. */
  readonly dollar?: boolean;
}

/** Currency signs and the ISO 4217 code each implies. A bare `$` is not here: see below. */
const CURRENCY_SIGNS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['HK$', 'HKD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['₹', 'INR'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₦', 'NGN'],
  ['R$', 'BRL'],
  ['CHF', 'CHF'],
];

/** Currency names people write, and their codes. "Dollars" alone is as ambiguous as `$`. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = ownTable({
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
  euro: 'EUR',
  euros: 'EUR',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'australian dollar': 'AUD',
  'australian dollars': 'AUD',
  'canadian dollar': 'CAD',
  'canadian dollars': 'CAD',
  'new zealand dollar': 'NZD',
  'new zealand dollars': 'NZD',
  rupee: 'INR',
  rupees: 'INR',
  'swiss franc': 'CHF',
  'swiss francs': 'CHF',
  rand: 'ZAR',
});

/**
 * The currency a `$` means in a provider's country (ISO 3166-1 → ISO 4217), used only when the
 * row says nothing else, and said in a warning.
 */
const DOLLAR_BY_COUNTRY: ReadonlyMap<string, string> = ownTable({
  US: 'USD',
  AU: 'AUD',
  CA: 'CAD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
});

/** Cells that say the price is not known yet: left out, with a warning that says so. */
const NOT_YET =
  /^(tbc|tba|tbd|to be confirmed|to be announced|to be decided|poa|p\.o\.a\.?|price on application|on application|on request|price on request|contact us|contact provider|enquire|varies|various|variable|see website|call)$/i;

/** Cells that say the offering is free. */
const FREE =
  /^(free|free of charge|foc|no charge|no cost|no fee|gratis|complimentary|£0|€0|\$0|0)$/i;

/** Words after a price that do not change it (`pp`, `each`, `incl. VAT`). */
const NEUTRAL_TAIL =
  /\s*(?:pp|p\/p|per person|per delegate|per head|per learner|per participant|each|total|inc\.? vat|incl\.? vat|including vat|inclusive of vat|vat inc\.?|vat incl\.?)\s*$/i;

/** VAT excluded: the amount is read as written, and the warning says VAT was not added. */
const EX_VAT =
  /\s*(?:\+\s*vat|plus vat|ex\.? vat|excl\.? vat|exc\.? vat|excluding vat|exclusive of vat|\+vat)\s*$/i;

/** A price per period or part is not the offering's cost. */
const PER_PERIOD =
  /(?:\/|\bper\s+|\ba\s+)(?:month|mth|year|yr|annum|week|wk|module|session|unit|credit|hour|hr|day)\b|\bmonthly\b|\bannually\b/i;

/**
 * The currency of a currency cell: an ISO 4217 code (`gbp`), a sign (`£`) or a name (`Euro`).
 *
 * @example
 * ```ts
 * readCurrency('Pounds').value; // 'GBP'
 * readCurrency('XYZ').problem; // 'is not an ISO 4217 currency code'
 * ```
 */
export function readCurrency(cell: string): Reading<string> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  const upper = t.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    return isCurrencyCode(upper) ? read(upper) : unreadable('is not an ISO 4217 currency code');
  }
  const sign = CURRENCY_SIGNS.find(([s]) => s.toUpperCase() === upper);
  if (sign) return read(sign[1]);
  const named = CURRENCY_NAMES.get(t.toLowerCase().replace(/\s+/g, ' '));
  if (named) return read(named);
  if (t === '$' || /^dollars?$/i.test(t)) {
    return unreadable('"$" and "dollars" are used by several currencies (USD, AUD, CAD, NZD…)');
  }
  return unreadable('is not a currency (write an ISO 4217 code such as GBP, EUR or USD)');
}

/** Finds a currency sign, code or name in a price cell and removes it. */
function takeCurrency(text: string): { rest: string; currency?: string; dollar?: boolean } {
  const upper = text.toUpperCase();
  for (const [sign, code] of CURRENCY_SIGNS) {
    const at = upper.indexOf(sign);
    if (at >= 0) {
      return { rest: `${text.slice(0, at)} ${text.slice(at + sign.length)}`, currency: code };
    }
  }
  const code = /\b([A-Za-z]{3})\b/.exec(text);
  if (code?.[1] !== undefined && isCurrencyCode(code[1].toUpperCase()) && /\d/.test(text)) {
    return { rest: text.replace(code[0], ' '), currency: code[1].toUpperCase() };
  }
  const words = /[a-z][a-z ]*[a-z]/i.exec(text);
  const named = words ? CURRENCY_NAMES.get(words[0].toLowerCase()) : undefined;
  if (words && named) return { rest: text.replace(words[0], ' '), currency: named };
  if (text.includes('$')) return { rest: text.replace(/\$/g, ' '), dollar: true };
  return { rest: text };
}

/**
 * Reads a price cell. `Free` (and `0`, `No charge`, `None`) is 0; `TBC`, `POA` and the like are
 * "not stated" with a warning; `+ VAT` and `ex VAT` keep the amount as written (said in the
 * warning); a range becomes its midpoint (said); several prices give the first (said); a price
 * per month or per session is left out. `stated`, a currency the row gives elsewhere, or else
 * `country`, the provider's country, decides a bare `$`.
 *
 * @example
 * ```ts
 * readPrice('£35.00 + VAT').value; // { amount: 35, currency: 'GBP' }, note: VAT not added
 * readPrice('1.200,50 €').value; // { amount: 1200.5, currency: 'EUR' }
 * ```
 */
export function readPrice(
  cell: string,
  country?: string,
  /** The currency the row states elsewhere (a currency column): a bare `$` then needs no note. */
  stated?: string,
): Reading<Price> {
  let text = cell.trim();
  if (/^none$/i.test(text)) {
    return read({ amount: 0 }, ['was read as free (no cost)']);
  }
  if (isAbsent(text)) return ABSENT;
  if (text.length > MAX_VALUE_CELL) {
    return unreadable('is too long to be a price');
  }
  if (FREE.test(text)) return read({ amount: 0 });
  if (/^free\b/i.test(text)) {
    return read({ amount: 0 }, ['was read as free; the condition was not kept']);
  }
  if (/^(fully )?funded$/i.test(text)) {
    return read({ amount: 0 }, ['was read as free to the learner']);
  }
  if (NOT_YET.test(text)) {
    return unreadable('does not state a price yet');
  }
  if (PER_PERIOD.test(text)) {
    return unreadable('is a price per period or part, not the cost of the offering');
  }
  const notes: string[] = [];
  if (EX_VAT.test(text)) {
    text = text.replace(EX_VAT, '');
    notes.push('excludes VAT; VAT was not added');
  }
  text = text.replace(NEUTRAL_TAIL, '').replace(/^(approx\.?|about|around|c\.|~|from)\s*/i, '');
  const found = takeCurrency(text);
  let currency = found.currency;
  if (found.dollar && stated === undefined) {
    const byCountry = country === undefined ? undefined : DOLLAR_BY_COUNTRY.get(country);
    if (byCountry !== undefined) {
      currency = byCountry;
      notes.push(
        `has a "$", read as ${byCountry}, the dollar of the provider's country (${country})`,
      );
    }
  }
  const unresolved = found.dollar === true && currency === undefined && stated === undefined;
  let rest = found.rest.replace(/\s+/g, ' ').trim();
  // A second currency sign in a range (`£100-£200`) was left behind as text: remove it too.
  if (currency !== undefined) rest = takeCurrency(rest).rest.replace(/\s+/g, ' ').trim();
  const several = /^([\d.,\s]+?)\s*(?:\(|\/|\bor\b|;|,\s*\D)/i.exec(rest);
  const range = /^([\d.,\s]+?)\s*(?:–|—|-|to)\s*([\d.,\s]+)$/i.exec(rest);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    const low = parseLooseNumber(range[1].trim(), { money: true });
    const high = parseLooseNumber(range[2].trim(), { money: true });
    if (low !== undefined && high !== undefined && high.value >= low.value) {
      const mid = round3((low.value + high.value) / 2);
      notes.push(`was read as the middle of the range, ${mid}`);
      return priced(mid, currency, notes, unresolved);
    }
  }
  const single = parseLooseNumber(rest, { money: true });
  if (single !== undefined) {
    if (single.thousandsDot) {
      notes.push(`was read as ${single.value}: no price is written to a thousandth`);
    }
    if (single.value < 0) return unreadable('is negative', notes);
    return priced(single.value, currency, notes, unresolved);
  }
  if (several?.[1] !== undefined) {
    const first = parseLooseNumber(several[1].trim(), { money: true });
    if (first !== undefined && first.value >= 0) {
      notes.push(`holds several prices; the first, ${first.value}, was used`);
      return priced(first.value, currency, notes, unresolved);
    }
  }
  return unreadable('is not a price', notes);
}

function priced(
  amount: number,
  currency: string | undefined,
  notes: string[],
  dollar: boolean,
): Reading<Price> {
  const rounded = round3(amount);
  if (currency !== undefined) return read({ amount: rounded, currency }, notes);
  return read(dollar ? { amount: rounded, dollar } : { amount: rounded }, notes);
}
