import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const csv = (text: string, columns?: Record<string, string | null>) =>
  parseCatalog(text, { format: 'csv', ...(columns ? { columns } : {}) });

describe('csv adapter', () => {
  it('reads dotted columns, lists, indexed objects and spreadsheet quirks', () => {
    const text =
      ' ID ;Title;PROVIDER.NAME;cost.amount;cost.currency;skills;durationHours;accreditations.0.body;accreditations.0.credits;assessment.supervised;assessment.type\r\n' +
      'c1;"ECG; basics";RCN;"£1.250,00";;ECG; 4–6 hours;CPD Council;2;Yes;None\r\n';
    const out = csv(text);
    expect(out.courses[0]).toEqual({
      id: 'c1',
      title: 'ECG; basics',
      provider: { name: 'RCN', type: 'unknown' },
      cost: { amount: 1250, currency: 'GBP' },
      skills: ['ECG'],
      durationHours: 5,
      accreditations: [{ body: 'CPD Council', credits: 2 }],
      assessment: { supervised: true, type: 'none' },
    });
    expect(out.issues.find((i) => i.column === 'durationHours')?.message).toBe(
      'row 2 (id "c1"), column "durationHours": " 4–6 hours" was read as the middle of the range, 5 hours',
    );
  });

  it('treats N/A, None and - as not stated, and numbers rows as a spreadsheet does', () => {
    const out = csv(
      'id,title,provider.name,description,cost.amount,cost.currency\na,"two\nlines",P,N/A,-,\n\nb,T,P,None,"1,250",GBP\n',
    );
    expect(out.courses).toEqual([
      { id: 'a', title: 'two\nlines', provider: { name: 'P', type: 'unknown' } },
      {
        id: 'b',
        title: 'T',
        provider: { name: 'P', type: 'unknown' },
        cost: { amount: 1250, currency: 'GBP' },
      },
    ]);
    // The quoted line break stays inside row 2; the blank line is row 3; b is row 4.
    expect(out.issues).toEqual([]);
    const bad = csv('id,title,provider.name\na,T,P\n\nb,,P\n');
    expect(bad.issues.map((i) => [i.row, i.severity])).toEqual([[4, 'error']]);
  });

  it('detects tab delimiters; a bare $ sets no currency, so the cost is left out', () => {
    const out = csv('id\ttitle\tprovider.name\tcost.amount\nx\tT\tP\t$20\n');
    expect(out.courses[0]).toEqual({
      id: 'x',
      title: 'T',
      provider: { name: 'P', type: 'unknown' },
    });
    expect(out.issues.map((i) => i.message)).toContain(
      'row 2 (id "x"), column "cost.amount": "$20" has a "$", which several currencies use (USD, AUD, CAD, NZD…), and the row names no currency or country, so the cost was left out (write US$, A$… or add a currency column)',
    );
  });

  it('reads a $ by the provider country when the row gives one', () => {
    const out = csv('title,provider,provider.country,price\nT,P,US,"$1,200"\n');
    expect(out.courses[0]?.cost).toEqual({ amount: 1200, currency: 'USD' });
  });

  it('refuses a CSV without a title or provider column, naming what it read', () => {
    expect(() => csv('id,title\na,b\n')).toThrow(
      /no column for the provider[\s\S]*header \(row 1, read with delimiter ","\) is "id", "title"/,
    );
    expect(() => csv('code,name\na,b\n')).toThrow(/--map FILE, or the columns option/);
  });

  it('ignores reserved header names with a warning and never pollutes prototypes', () => {
    const out = csv(
      'id,title,provider.name,__proto__.polluted,provider.constructor.x,prototype\na,T,P,yes,1,2\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.courses[0]).toEqual({
      id: 'a',
      title: 'T',
      provider: { name: 'P', type: 'unknown' },
    });
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

describe('natural headers and the column map', () => {
  it('reads the headers people use', () => {
    const out = csv(
      'Course name,Provider,Price,Duration,Accredited by,CPD hours,Topics,Format,Language\n' +
        'Sepsis,RCN,£40,90 mins,CPD Certification Service,1.5,"sepsis, NEWS2",Webinar,English\n',
    );
    expect(out.courses[0]).toMatchObject({
      title: 'Sepsis',
      provider: { name: 'RCN' },
      cost: { amount: 40, currency: 'GBP' },
      durationHours: 1.5,
      accreditations: [{ body: 'CPD Certification Service', credits: 1.5, unit: 'hours' }],
      skills: ['sepsis', 'NEWS2'],
      format: 'live-online',
      language: 'en',
    });
    expect(out.courses[0]?.id).toMatch(/^sepsis-[0-9a-f]{10}$/);
  });

  it('warns once per unknown column, with a suggestion when a known one is close', () => {
    const out = csv('title,provider,skils,durationHour,cost.ammount,colour\nT,P,a,1,2,red\n');
    const messages = out.issues.map((i) => i.message);
    expect(messages).toContain(
      'row 1, column "skils": is not a column credence knows (did you mean "skills"?); it was kept as an extra field, which scoring ignores',
    );
    expect(messages.some((m) => /"durationHour".*did you mean "durationHours"/.test(m))).toBe(true);
    expect(messages.some((m) => /"cost\.ammount".*did you mean "cost\.amount"/.test(m))).toBe(true);
    expect(
      messages.some((m) => /"colour": is not a column credence knows; it was kept/.test(m)),
    ).toBe(true);
    // A near-miss under a contract field stays a flat extra: it never lands inside cost.
    expect(out.courses[0]?.cost).toBeUndefined();
    expect((out.courses[0] as Record<string, unknown>)['cost.ammount']).toBe('2');
  });

  it('takes an explicit column map, and refuses a map to an unknown field', () => {
    const out = csv('Org,Thing,Fee ex VAT\nRCN,ECG,£10\n', {
      Org: 'provider.name',
      thing: 'title',
      'Fee ex VAT': 'cost.amount',
    });
    expect(out.courses[0]).toMatchObject({
      title: 'ECG',
      provider: { name: 'RCN' },
      cost: { amount: 10, currency: 'GBP' },
    });
    expect(() => csv('Org,Thing\nRCN,ECG\n', { Org: 'provider.nmae', Thing: 'title' })).toThrow(
      /not a contract field[\s\S]*did you mean "provider.name"/,
    );
  });

  it('numbers list columns: Accredited by 2 is the second claim; repeats close up', () => {
    const out = csv(
      'title,provider,Accredited by,CPD points,Accredited by 2,CPD points 2\nT,P,,,RCN,3\n',
    );
    expect(out.courses[0]?.accreditations).toEqual([{ body: 'RCN', credits: 3, unit: 'points' }]);
  });
});

const cellText = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[;|\r\n•·]/g, ' ').trim())
  .filter(
    (s) =>
      s !== '' &&
      !/^(none|n\/a|na|n\.a\.?|-|--|–|—|null|nil|not stated|not known|unknown|tbd|\?)$/i.test(s),
  );

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
          const out = csv([header, ...lines].join('\r\n'));
          expect(out.courses).toEqual(
            rows.map((r, i) => ({
              id: `id${i}`,
              title: r.title,
              provider: { name: r.provider, type: 'unknown' },
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
          csv(`id,title,provider.name,${prefix}${reserved}.polluted\na,T,P,1\n`);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
    );
  });
});
