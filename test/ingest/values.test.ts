/**
 * The cell readers, on the values issue #16 lists and their neighbours: each reads what it can,
 * says every interpretation, and names what it cannot read.
 */
import { describe, expect, it } from 'vitest';
import { readCredits, readLevelNumber, splitList } from '../../src/ingest/values/cells.js';
import { columnDateOrder, readDate } from '../../src/ingest/values/dates.js';
import { HOURS_PER_DAY, readDuration } from '../../src/ingest/values/duration.js';
import { readCurrency, readPrice } from '../../src/ingest/values/money.js';
import { parseLooseNumber } from '../../src/ingest/values/numbers.js';
import { readCountry, readLanguage } from '../../src/ingest/values/places.js';

describe('prices', () => {
  it.each([
    ['Free', { amount: 0 }, []],
    ['Free of charge', { amount: 0 }, []],
    ['None', { amount: 0 }, ['was read as free (no cost)']],
    ['£35.00 + VAT', { amount: 35, currency: 'GBP' }, ['excludes VAT; VAT was not added']],
    ['£35 ex VAT', { amount: 35, currency: 'GBP' }, ['excludes VAT; VAT was not added']],
    ['£35 inc VAT', { amount: 35, currency: 'GBP' }, []],
    ['£1,250.00', { amount: 1250, currency: 'GBP' }, []],
    ['1.200,50 €', { amount: 1200.5, currency: 'EUR' }, []],
    [
      '1.200 €',
      { amount: 1200, currency: 'EUR' },
      ['was read as 1200: no price is written to a thousandth'],
    ],
    [
      '€1.200',
      { amount: 1200, currency: 'EUR' },
      ['was read as 1200: no price is written to a thousandth'],
    ],
    [
      'USD 2.000',
      { amount: 2000, currency: 'USD' },
      ['was read as 2000: no price is written to a thousandth'],
    ],
    ['40 pounds', { amount: 40, currency: 'GBP' }, []],
    ['£150 pp', { amount: 150, currency: 'GBP' }, []],
    ['£100–£200', { amount: 150, currency: 'GBP' }, ['was read as the middle of the range, 150']],
    ['$1,200', { amount: 1200, dollar: true }, []],
  ])('%s', (cell, value, notes) => {
    expect(readPrice(cell)).toEqual({ value, notes });
  });

  it('reads a bare $ by the provider country, or leaves it to a stated currency', () => {
    expect(readPrice('$1,200', 'US').value).toEqual({ amount: 1200, currency: 'USD' });
    expect(readPrice('$60', 'US', 'AUD')).toEqual({ value: { amount: 60 }, notes: [] });
  });

  it.each([
    ['TBC', 'does not state a price yet'],
    ['POA', 'does not state a price yet'],
    ['Price on application', 'does not state a price yet'],
    ['£20/month', 'is a price per period or part, not the cost of the offering'],
    ['-5', 'is negative'],
    ['call us maybe', 'is not a price'],
  ])('%s is not a price it can read', (cell, problem) => {
    expect(readPrice(cell).problem).toBe(problem);
    expect(readPrice(cell).value).toBeUndefined();
  });

  it('reads N/A and blank as not stated, silently', () => {
    for (const cell of ['N/A', '', '-', '  ']) expect(readPrice(cell)).toEqual({ notes: [] });
  });

  it('reads currency cells by code, sign or name, and refuses unknown codes', () => {
    expect(readCurrency('gbp').value).toBe('GBP');
    expect(readCurrency('£').value).toBe('GBP');
    expect(readCurrency('Euro').value).toBe('EUR');
    expect(readCurrency('XXX').value).toBe('XXX');
    expect(readCurrency('XYZ').problem).toBe('is not an ISO 4217 currency code');
    expect(readCurrency('$').problem).toMatch(/several currencies/);
    expect(readCurrency('constructor').problem).toMatch(/is not a currency/);
  });

  it('numbers: thousands and decimal marks', () => {
    expect(parseLooseNumber('1,250')?.value).toBe(1250);
    expect(parseLooseNumber('12,5')?.value).toBe(12.5);
    expect(parseLooseNumber('1.250')?.value).toBe(1.25);
    expect(parseLooseNumber('1.250', { money: true })).toEqual({ value: 1250, thousandsDot: true });
    expect(parseLooseNumber('1.2.3')).toBeUndefined();
    expect(parseLooseNumber('½')?.value).toBe(0.5);
  });
});

describe('durations', () => {
  it(`reads a day of study as ${HOURS_PER_DAY} hours, and says so`, () => {
    expect(HOURS_PER_DAY).toBe(7.5);
    expect(readDuration('2 days')).toEqual({
      value: 15,
      notes: ['was read as 15 hours (a day of study is taken as 7.5 hours)'],
    });
  });

  it.each([
    ['90 mins', 1.5],
    ['1.5h', 1.5],
    ['1h30', 1.5],
    ['1:30', 1.5],
    ['1 hour 30 minutes', 1.5],
    ['one hour', 1],
    ['½ day', 3.75],
    ['half day', 3.75],
    ['6 weeks, 3 hrs/week', 18],
    ['3 hours per week for 6 weeks', 18],
    ['4–6 hours', 5],
    ['2-3 days', 18.75],
    ['PT2H30M', 2.5],
    ['10 x 1 hour', 10],
    ['4,5 h', 4.5],
    ['up to 3 hours', 3],
    ['12', 12],
  ])('%s → %s hours', (cell, hours) => {
    expect(readDuration(cell).value).toBe(hours);
  });

  it('reads bare numbers in the unit the header gives', () => {
    expect(readDuration('90', 'minutes').value).toBe(1.5);
    expect(readDuration('2', 'days').value).toBe(15);
  });

  it.each([
    ['6 weeks', /length of time, not hours of study/],
    ['3 months', /length of time/],
    ['self-paced', /does not state a length of study/],
    ['3 hrs/week', /not for how many weeks/],
    ['Online', /is not a duration/],
    ['-2', /negative/],
  ])('%s is left out: %s', (cell, problem) => {
    expect(readDuration(cell).problem).toMatch(problem);
  });
});

describe('dates', () => {
  it('refuses impossible dates', () => {
    expect(readDate('2026-02-30').problem).toBe('is not a real date');
    expect(readDate('31/02/2024').problem).toBe('is not a real date');
    expect(readDate('2024-02-29').value).toBe('2024-02-29');
  });

  it('decides day and month order by a part above 12, the column, or day first (said)', () => {
    expect(readDate('13/03/2024')).toEqual({ value: '2024-03-13', notes: [] });
    expect(readDate('03/13/2024')).toEqual({ value: '2024-03-13', notes: [] });
    expect(readDate('01/03/2024', { order: 'mdy' })).toEqual({ value: '2024-01-03', notes: [] });
    expect(readDate('01/03/2024')).toEqual({
      value: '2024-03-01',
      notes: ['was read day first, as 2024-03-01 (write YYYY-MM-DD to be sure)'],
    });
    expect(columnDateOrder(['01/03/2024', '25/12/2023'])).toBe('dmy');
    expect(columnDateOrder(['1/3/2024', '12/25/2023'])).toBe('mdy');
    expect(columnDateOrder(['13/01/2024', '01/13/2024'])).toBeUndefined();
  });

  it('reads written dates, months, years and Excel day numbers, saying how', () => {
    expect(readDate('1 March 2024').value).toBe('2024-03-01');
    expect(readDate('March 1, 2024').value).toBe('2024-03-01');
    expect(readDate('Mar 2024').value).toBe('2024-03-01');
    expect(readDate('03/2026', { end: true }).value).toBe('2026-03-31');
    expect(readDate('2027', { end: true }).value).toBe('2027-12-31');
    expect(readDate('45352')).toEqual({
      value: '2024-03-01',
      notes: ["was read as Excel's day number for 2024-03-01"],
    });
    expect(readDate('2025-03-01T10:00:00Z').value).toBe('2025-03-01');
  });
});

describe('countries and languages', () => {
  it.each([
    ['UK', 'GB'],
    ['gb', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['USA', 'US'],
    ['Germany', 'DE'],
    ['Ireland', 'IE'],
  ])('country %s → %s', (cell, code) => {
    expect(readCountry(cell).value).toBe(code);
  });

  it('refuses codes that are not countries', () => {
    for (const cell of ['XX', 'ZZ', 'DD', 'EU', 'Narnia']) {
      expect(readCountry(cell).value, cell).toBeUndefined();
    }
  });

  it.each([
    ['English', 'en'],
    ['english (UK)', 'en-GB'],
    ['en_gb', 'en-GB'],
    ['Welsh', 'cy'],
    ['fr-ca', 'fr-CA'],
  ])('language %s → %s', (cell, tag) => {
    expect(readLanguage(cell).value).toBe(tag);
  });

  it('keeps the first of several languages, and says so', () => {
    expect(readLanguage('French, English')).toEqual({
      value: 'fr',
      notes: ['names several languages; only the first, French, was kept'],
    });
  });
});

describe('lists and credits', () => {
  it('splits lists on ; (and commas only where the column allows)', () => {
    expect(splitList('ECG; sepsis ;;N/A')).toEqual(['ECG', 'sepsis']);
    expect(splitList('Assess, diagnose and treat')).toEqual(['Assess, diagnose and treat']);
    expect(splitList('ECG, sepsis', true)).toEqual(['ECG', 'sepsis']);
    expect(splitList('a, b; c', true)).toEqual(['a, b', 'c']);
  });

  it('reads credits with their unit', () => {
    expect(readCredits('6 CPD points').value).toEqual({ credits: 6, unit: 'points' });
    expect(readCredits('1.5 CEUs').value).toEqual({ credits: 1.5, unit: 'ceu' });
    expect(readCredits('3 Mainpro+ credits').value).toEqual({
      credits: 3,
      unit: 'credits',
      scheme: 'Mainpro+ credits',
    });
    expect(readCredits('2 banana units').problem).toMatch(/unit of credit/);
    expect(readLevelNumber('EQF level 6').value).toBe(6);
    expect(readLevelNumber('Level 9').problem).toMatch(/1 to 8/);
  });
});
