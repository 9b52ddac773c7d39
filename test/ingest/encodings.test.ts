/**
 * Encodings and format detection: the bytes spreadsheets save, and the starts files have.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { detectTextFormat } from '../../src/ingest/detect.js';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const csv = 'title,provider,price\nWound care,Example Trust,£35\n';

function utf16(text: string, bigEndian: boolean, mark: boolean): Uint8Array {
  const out = new Uint8Array((mark ? 2 : 0) + text.length * 2);
  let i = 0;
  if (mark) {
    out[i++] = bigEndian ? 0xfe : 0xff;
    out[i++] = bigEndian ? 0xff : 0xfe;
  }
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out[i++] = bigEndian ? c >> 8 : c & 0xff;
    out[i++] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('encodings', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(csv), 'utf-8', 0],
    [
      'UTF-8 with a mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]),
      'utf-8',
      0,
    ],
    ['UTF-16 LE with a mark', utf16(csv, false, true), 'utf-16le', 0],
    ['UTF-16 BE with a mark', utf16(csv, true, true), 'utf-16be', 0],
    ['UTF-16 LE without a mark', utf16(csv, false, false), 'utf-16le', 1],
    [
      'Windows-1252',
      new Uint8Array([
        ...new TextEncoder().encode(csv.replace('£', '')).slice(0, -3),
        0xa3,
        0x33,
        0x35,
        0x0a,
      ]),
      'windows-1252',
      1,
    ],
  ] as const)('%s', (_name, bytes, encoding, notes) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(csv);
    expect(decoded.notes).toHaveLength(notes);
    const { courses, issues } = parseCatalog(bytes);
    expect(courses[0]?.cost).toEqual({ amount: 35, currency: 'GBP' });
    expect(issues.filter((i) => /Windows-1252|byte-order mark/.test(i.message))).toHaveLength(
      notes,
    );
  });

  it('still refuses binary input', () => {
    expect(() => parseCatalog(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(
      /binary/,
    );
  });
});

describe('format detection', () => {
  it('finds CSV after blank lines and title rows, with any delimiter', () => {
    expect(detectTextFormat('\n\n\ntitle|provider\nA|B')).toBe('csv');
    expect(detectTextFormat('Catalogue 2025\n\ntitle;provider\nA;B')).toBe('csv');
    expect(detectTextFormat('   [{"id":"a"}]')).toBe('json-like');
    expect(detectTextFormat('just words')).toBeUndefined();
  });

  it('reads a | file with leading blank lines the same way every command does', () => {
    const { format, courses } = parseCatalog('\n\nCourse|Provider|Price\nA|B|£5\n');
    expect(format).toBe('csv');
    expect(courses[0]).toMatchObject({ title: 'A', provider: { name: 'B' } });
  });
});

describe('parseCatalog options', () => {
  it('refuses a misspelt option or format instead of ignoring it', () => {
    expect(() => parseCatalog('[]', { fromat: 'csv' } as never)).toThrow(
      /no option "fromat"; did you mean "format"\?/,
    );
    expect(() => parseCatalog('[]', { format: 'xml' } as never)).toThrow(
      /format must be auto or one of/,
    );
    expect(() => parseCatalog('[]', { asOf: '28/11/2026' })).toThrow(/asOf must be a date/);
    expect(() => parseCatalog('[]', { columns: { a: 3 } } as never)).toThrow(/must map to a field/);
    expect(() => parseCatalog(null as never)).toThrow(/needs text, bytes, an array or an object/);
  });
});

describe('public functions given the wrong kind of value', () => {
  it('throw CredenceError types, never TypeError', async () => {
    const { validateCourses, jsonSchemaFor, decodeInput, detectTextFormat, CredenceInputError } =
      await import('../../src/index.js');
    expect(() => validateCourses(null as never)).toThrow(CredenceInputError);
    expect(() => validateCourses({ length: 3 } as never)).toThrow(/needs an array of records/);
    expect(() => jsonSchemaFor('courses' as never)).toThrow(CredenceInputError);
    expect(() => decodeInput(42 as never)).toThrow(/must be text or bytes/);
    expect(detectTextFormat(undefined as never)).toBeUndefined();
  });
});
