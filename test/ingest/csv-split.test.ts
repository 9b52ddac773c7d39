import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRows } from '../../src/ingest/csv/split.js';

const cells = (text: string, delimiter = ',', width?: number) =>
  splitRows(text, delimiter, width).map((r) => r.cells);

/** RFC 4180 writing of one cell: quoted when it holds the delimiter, a quote or a line break. */
const written = (cell: string, delimiter: string) =>
  cell.includes(delimiter) || cell.includes('"') || cell.includes('\n')
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;

describe('splitRows', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes (RFC 4180)', () => {
    expect(cells('a,"b ""c"", d",e\n"x\ny",z')).toEqual([
      ['a', 'b "c", d', 'e'],
      ['x\ny', 'z'],
    ]);
  });

  it('numbers rows as a spreadsheet does (a record is a row), blank lines included, a final line break ending the last', () => {
    const rows = splitRows('a\n\n"b\nc"\nd\n', ',');
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a']],
      [2, ['']],
      [3, ['b\nc']],
      [4, ['d']],
    ]);
  });

  it('leaves out spaces after a closing quote, before a delimiter or the line end', () => {
    expect(cells('"a" ,b\n"c"  \n"d"\t,e')).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(cells('"a" \t"b"', '\t')).toEqual([['a', 'b']]);
  });

  it('reads a quote inside an unquoted cell as text', () => {
    expect(cells('5" screen,x\n a "b",c')).toEqual([
      ['5" screen', 'x'],
      [' a "b"', 'c'],
    ]);
  });

  it('cuts a record whose quote is never closed at its line, keeping the rest of the line in the broken cell', () => {
    const rows = splitRows('h1,h2\nx,"open cell, still open\nc,d', ',', 2);
    expect(rows.map((r) => r.cells)).toEqual([
      ['h1', 'h2'],
      ['x', 'open cell, still open'],
      ['c', 'd'],
    ]);
    expect(rows[1]?.brokenQuote).toBe(true);
    expect(rows[2]?.brokenQuote).toBeUndefined();
  });

  it('leaves out spaces after a well-closed quote on a line whose later quote is broken', () => {
    const rows = splitRows('h1,h2,h3\n"a" ,b,"open\nc,d,e', ',');
    expect(rows[1]?.cells).toEqual(['a', 'b', 'open']);
    expect(rows[1]?.brokenQuote).toBe(true);
  });

  it('reads a line whose quote closes mid-cell literally when that gives the header width', () => {
    const rows = splitRows('title,size\n"5" screen,large\nnext,row', ',', 2);
    expect(rows.map((r) => r.cells)).toEqual([
      ['title', 'size'],
      ['"5" screen', 'large'],
      ['next', 'row'],
    ]);
    expect(rows[1]?.brokenQuote).toBe(true);
  });

  it('does not let a stray quote swallow whole rows into one cell', () => {
    const rows = splitRows('a,b\n"x,1\nc,2\nd,3"\ne,4', ',', 2);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['"x', '1'],
      ['c', '2'],
      ['d', '3"'],
      ['e', '4'],
    ]);
  });

  it('gives back any table written by RFC 4180', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', 'é') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 30,
        }),
      )
      // A last row of one empty cell would read as the file's final line break.
      .filter((rows) => (rows.at(-1) ?? []).join('') !== '' || (rows.at(-1) ?? []).length > 1);
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), table, (delimiter, rows) => {
        const text = rows.map((row) => row.map((c) => written(c, delimiter)).join(delimiter));
        expect(cells(text.join('\n'), delimiter)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
