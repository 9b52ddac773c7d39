import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCatalogRecords } from '../../src/ingest/csv.js';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

describe('csv adapter', () => {
  it('reads dotted columns, lists, indexed objects and spreadsheet quirks', () => {
    const text =
      ' ID ;Title;PROVIDER.NAME;cost.amount;cost.currency;skills;durationHours;accreditations.0.body;accreditations.0.credits;assessment.supervised;assessment.type\r\n' +
      'c1;"ECG; basics";RCN;"£1.250,00";;ECG; 4–6 hours;CPD Council;2;Yes;None\r\n';
    const out = csvCatalogRecords(text);
    expect(out.records[0]).toEqual({
      id: 'c1',
      title: 'ECG; basics',
      provider: { name: 'RCN' },
      cost: { amount: 1250, currency: 'GBP' },
      skills: ['ECG'],
      durationHours: 5,
      accreditations: [{ body: 'CPD Council', credits: 2 }],
      assessment: { supervised: true, type: 'None' },
    });
    expect(out.sources).toEqual(['line 2']);
    expect(out.issues.some((i) => i.severity === 'warning' && /midpoint/.test(i.message))).toBe(
      true,
    );
  });

  it('treats None, N/A and - as absent, and counts physical lines across quoted newlines', () => {
    const out = csvCatalogRecords(
      'id,title,provider.name,description,cost.amount\na,"two\nlines",P,N/A,-\n\nb,T,P,None,"1,250"\n',
    );
    expect(out.records).toEqual([
      { id: 'a', title: 'two\nlines', provider: { name: 'P' } },
      { id: 'b', title: 'T', provider: { name: 'P' }, cost: { amount: 1250 } },
    ]);
    expect(out.sources).toEqual(['line 2', 'line 5']);
  });

  it('detects tab delimiters and a bare $ never sets a currency', () => {
    const out = csvCatalogRecords('id\ttitle\tprovider.name\tcost.amount\nx\tT\tP\t$20\n');
    expect(out.records[0]).toEqual({
      id: 'x',
      title: 'T',
      provider: { name: 'P' },
      cost: { amount: 20 },
    });
    expect(out.issues.map((i) => i.message).join()).toMatch(/several currencies/);
  });

  it('rejects a CSV without a required column, clearly', () => {
    expect(() => csvCatalogRecords('id,title\na,b\n')).toThrow(/provider\.name/);
  });

  it('ignores reserved header names with a warning and never pollutes prototypes', () => {
    const out = csvCatalogRecords(
      'id,title,provider.name,__proto__.polluted,provider.constructor.x,prototype\na,T,P,yes,1,2\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.records[0]).toEqual({ id: 'a', title: 'T', provider: { name: 'P' } });
    expect(out.issues.filter((i) => /reserved/.test(i.message))).toHaveLength(3);
  });

  it('parses the shipped sample catalogue', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const text = readFileSync(path.resolve(__dirname, '../../data/samples/catalogue.csv'), 'utf8');
    const result = parseCatalog(text);
    expect(result.format).toBe('csv');
    expect(result.courses.length).toBe(12);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

const cellText = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[;\r\n]/g, ' ').trim())
  .filter((s) => s !== '' && !/^(none|n\/a|na|n\.a\.|-|–|—|null|nil)$/i.test(s));

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

describe('csv round trip (property)', () => {
  it('course-ish rows written as CSV parse back to the same values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: cellText,
            provider: cellText,
            amount: fc.integer({ min: 0, max: 1_000_000 }),
            hours: fc
              .double({ min: 0, max: 1000, noNaN: true })
              .map((n) => Math.round(n * 100) / 100),
            skills: fc.array(cellText, { minLength: 1, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (rows) => {
          const header = 'id,title,provider.name,cost.amount,cost.currency,durationHours,skills';
          const lines = rows.map((r, i) =>
            [
              `id${i}`,
              quote(r.title),
              quote(r.provider),
              String(r.amount),
              'EUR',
              String(r.hours),
              quote(r.skills.join(';')),
            ].join(','),
          );
          const out = csvCatalogRecords([header, ...lines].join('\r\n'));
          expect(out.records).toEqual(
            rows.map((r, i) => ({
              id: `id${i}`,
              title: r.title,
              provider: { name: r.provider },
              cost: { amount: r.amount, currency: 'EUR' },
              durationHours: r.hours,
              skills: r.skills,
            })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('no header spelling pollutes Object.prototype', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'prototype', '__PROTO__'),
        fc.constantFrom('', 'provider.', 'accreditations.0.'),
        (reserved, prefix) => {
          csvCatalogRecords(`id,title,provider.name,${prefix}${reserved}.polluted\na,T,P,1\n`);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
    );
  });
});
