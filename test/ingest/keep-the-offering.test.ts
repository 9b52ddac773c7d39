/**
 * Keep the offering, drop the cell (issue #16): for any row with a valid title and provider,
 * the offering survives whatever the other cells hold — in a well-formed CSV, in a hand-made
 * one whose cells hold stray quotes, and in JSON — and every value that is not read is named by
 * a warning on that row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';
import { shapeOf } from '../../src/model/schema-shape.js';

/** The course's top-level fields, as its schema declares them. */
const COURSE_FIELDS = [...(shapeOf('course').get('')?.keys ?? [])];

/** Columns a catalogue may have besides title and provider, natural and contract names mixed. */
const OTHER_COLUMNS = [
  'Price',
  'Currency',
  'Duration',
  'Format',
  'Provider type',
  'Accredited by',
  'CPD points',
  'Topics',
  'Language',
  'Review date',
  'Level',
  'assessment.type',
  'assessment.supervised',
  'eqfLevel',
  'url',
  'provider.country',
  'credential.type',
  'learningOutcomes',
  'Notes',
];

/** Titles and providers: readable text (no NUL, not blank, not a "not stated" word). */
const name = fc
  .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
  .map((s) => s.replace(/[\u0000\r\n]/g, ' ').trim())
  .filter(
    (s) =>
      s !== '' &&
      !/^(none|n\/a|na|n\.a\.?|-|--|–|—|null|nil|not stated|not known|unknown|tbd|\?)$/i.test(s),
  );

/** Anything a cell can hold: junk, numbers, words of every vocabulary, quotes, delimiters. */
const cell = fc.oneof(
  fc.string({ maxLength: 40, unit: 'grapheme' }).map((s) => s.replace(/\u0000/g, '')),
  fc.constantFrom(
    'Free',
    'None',
    'TBC',
    '£35.00 + VAT',
    '1.200,50 €',
    '$1,200',
    '-5',
    '1e308',
    'NaN',
    '6 weeks, 3 hrs/week',
    '½ day',
    'Online',
    'charity',
    'MCQ',
    'English',
    '01/03/2024',
    '2026-02-30',
    'XYZ',
    '"5" screen',
    '"',
    'a,b;c|d\te',
    'line\nbreak',
    '__proto__',
    'constructor',
    'x'.repeat(300),
  ),
);

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Whether a JSON value states anything: not null, blank, a "not stated" word, or empty. */
function meaningful(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') {
    // A list's separators alone (";", "·", "•", "|") hold no entry: a list cell of them is empty.
    if (/^[\s;|•·]+$/.test(value)) return false;
    return !/^\s*(n\/a|na|n\.a\.?|-|--|–|—|null|nil|none|not stated|not known|unknown|tbd|\?)?\s*$/i.test(
      value,
    );
  }
  if (Array.isArray(value)) return value.some(meaningful);
  if (typeof value === 'object') return Object.values(value).some(meaningful);
  return true;
}

describe('keep the offering, drop the cell (property)', () => {
  it('CSV: every row with a title and provider is read, whatever its other cells hold', () => {
    fc.assert(
      fc.property(
        fc.subarray(OTHER_COLUMNS, { minLength: 0 }),
        fc.array(fc.tuple(name, name, fc.array(cell, { minLength: 19, maxLength: 19 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(',', ';', '\t', '|'),
        (others, rows, delimiter) => {
          const header = ['Title', 'Provider', ...others].map(quote).join(delimiter);
          const lines = rows.map(([title, provider, cells], i) =>
            [`${title} #${i}`, provider, ...others.map((_, c) => cells[c] ?? '')]
              .map(quote)
              .join(delimiter),
          );
          const result = parseCatalog([header, ...lines].join('\r\n'), { format: 'csv' });
          expect(result.stats.rejected).toBe(0);
          expect(result.courses.map((c) => c.title)).toEqual(
            rows.map(([title], i) => `${title} #${i}`.trim()),
          );
          expect(result.courses.map((c) => c.provider.name)).toEqual(rows.map(([, p]) => p));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('hand-made CSV: stray quotes in other cells cost no row', () => {
    const plain = name.filter((s) => !/[",]/.test(s));
    const raw = fc
      .string({ maxLength: 20 })
      .map((s) => s.replace(/[\u0000\r\n,]/g, ' '))
      .map((s) => (s.startsWith('"') ? ` ${s}` : s));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(plain, plain, raw, raw), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const text = [
            'title,provider,skills,notes',
            ...rows.map(([t, p, a, b], i) => [`${t} #${i}`, p, a, b].join(',')),
          ].join('\n');
          const result = parseCatalog(text, { format: 'csv' });
          expect(result.courses.map((c) => c.title)).toEqual(
            rows.map(([t], i) => `${t} #${i}`.trim()),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('CSV: a broken quote costs at most its own row, and says which', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('"5" screen', '"open'),
        (at, bad) => {
          const rows = Array.from({ length: 6 }, (_, i) =>
            i === at ? `Course ${i},Provider,${bad},x` : `Course ${i},Provider,ok,x`,
          );
          const result = parseCatalog(['title,provider,skills,notes', ...rows].join('\n'));
          expect(result.courses.map((c) => c.title)).toEqual(rows.map((_, i) => `Course ${i}`));
          expect(
            result.issues
              .filter((i) => /quote that is never closed/.test(i.message))
              .map((i) => i.row),
          ).toEqual([at + 2]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('JSON: every record with a title and provider is read, whatever its other fields hold', () => {
    const anything = fc.oneof(
      cell,
      fc.constant(null),
      fc.constant(''),
      fc.double(),
      fc.boolean(),
      fc.array(cell, { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 8 }), cell, { maxKeys: 3 }),
    );
    const fields = fc.dictionary(
      fc.constantFrom(
        // Every contract field but the two an offering needs, and one the contract lacks.
        ...COURSE_FIELDS.filter((k) => k !== 'title' && k !== 'provider'),
        'anExtra',
      ),
      anything,
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, name, fields, anything), { minLength: 1, maxLength: 6 }),
        (records) => {
          // As the JSON text holds it (Infinity becomes null).
          const input: Record<string, unknown>[] = JSON.parse(
            JSON.stringify(
              records.map(([title, provider, other, type], i) => ({
                ...other,
                id: `r${i}`,
                title,
                provider: { name: provider, type, country: other.language },
              })),
            ),
          );
          const result = parseCatalog(JSON.stringify(input));
          expect(result.stats.rejected).toBe(0);
          expect(result.courses.map((c) => c.id)).toEqual(input.map((r) => r.id));
          // Every field given but not kept, holding something, is named by a warning on its record,
          // or, past the first five of a kind, counted in the summary of that kind.
          const summarised = (key: string) =>
            result.issues.some((issue) =>
              new RegExp(`: ${key}\\b.*more like this`).test(issue.message),
            );
          result.courses.forEach((course, i) => {
            for (const [key, value] of Object.entries(input[i]!)) {
              if (key === 'id' || course[key] !== undefined || !meaningful(value)) continue;
              expect(
                result.issues.some(
                  (issue) => issue.index === i && issue.path.split('.')[0] === key,
                ) || summarised(key),
                `record ${i}: ${key} = ${JSON.stringify(value)} left out without a warning`,
              ).toBe(true);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
