/**
 * Splitting CSV text into rows so that one broken quote loses at most its own row. d3-dsv (an
 * RFC 4180 parser) reads every cell; this module finds where each record ends, by RFC 4180's rule
 * (a quote opens a field only at its start; `""` is a quote inside it; a closing quote is followed
 * by the delimiter, a line break or the end), allowing spaces after a closing quote, as
 * spreadsheets written by hand have them. A record whose quote is never closed, or closed in the
 * middle of a field (`"5" screen`), is cut at the end of its physical line and read there on its
 * own; reading goes on at the next line. A parser alone would read every following row into that
 * one cell.
 * @module
 */
import { dsvFormat } from 'd3-dsv';

/** One spreadsheet row. */
export interface CsvRow {
  /** Row number as a spreadsheet shows it: the first line of the file is row 1. */
  readonly row: number;
  /** Cells as read. */
  readonly cells: string[];
  /** Set when the row had a broken quote and was read without quoting. */
  readonly brokenQuote?: boolean;
}

const QUOTE = 34;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

/** Where a record ends, and what its reading needs. */
interface RecordEnd {
  /** The index of its line break, or the end. */
  readonly end: number;
  /** Where its broken field's opening quote is, when a quote is broken. */
  readonly openAt?: number;
  /** Spaces after closing quotes, as [from, to) ranges: left out before parsing. */
  readonly padding?: readonly (readonly [number, number])[];
}

/** Where the record starting at `start` ends (the index of its line break, or the end). */
function recordEnd(text: string, start: number, delimiter: number): RecordEnd {
  const n = text.length;
  let i = start;
  let fieldStart = true;
  let padding: [number, number][] | undefined;
  const ended = (end: number, openAt?: number): RecordEnd => ({
    end,
    ...(openAt === undefined ? {} : { openAt }),
    ...(padding ? { padding } : {}),
  });
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return ended(n, i);
        if (text.charCodeAt(q + 1) === QUOTE) {
          j = q + 2;
          continue;
        }
        let k = q + 1;
        while (
          k < n &&
          (text.charCodeAt(k) === SPACE || (text.charCodeAt(k) === TAB && delimiter !== TAB))
        )
          k++;
        const next = k < n ? text.charCodeAt(k) : NEWLINE;
        if (next !== NEWLINE && next !== delimiter) return ended(n, i);
        if (k > q + 1) {
          padding ??= [];
          padding.push([q + 1, k]);
        }
        if (next === NEWLINE) return ended(Math.min(k, n));
        i = k + 1;
        fieldStart = true;
        break;
      }
      continue;
    }
    if (c === NEWLINE) return ended(i);
    fieldStart = c === delimiter;
    i++;
  }
  return ended(n);
}

/** Reads the cells of each record of well-formed text (d3-dsv's parser, one per file). */
type RecordReader = (text: string) => string[][];

/** The text from `start` to `end` without the given ranges. */
function without(
  text: string,
  start: number,
  end: number,
  ranges: readonly (readonly [number, number])[],
): string {
  let out = '';
  let from = start;
  for (const [a, b] of ranges) {
    out += text.slice(from, a);
    from = b;
  }
  return out + text.slice(from, end);
}

/**
 * The cells of a line with a broken quote: read with quoting, so that well-quoted cells stay
 * clean and the broken cell keeps the rest of the line (without its opening quote), unless
 * reading it literally (quotes as text) matches the header's width and the quoted reading does
 * not.
 */
function salvage(
  line: string,
  delimiter: string,
  width: number | undefined,
  readRecords: RecordReader,
): string[] {
  const { openAt, padding = [] } = recordEnd(line, 0, delimiter.charCodeAt(0));
  const quoted =
    openAt === undefined
      ? (readRecords(without(line, 0, line.length, padding))[0] ?? [''])
      : [
          ...(readRecords(without(line, 0, openAt, padding))[0] ?? ['']).slice(0, -1),
          line.slice(openAt + 1),
        ];
  if (width === undefined || quoted.length === width) return quoted;
  const literal = line.split(delimiter);
  return literal.length === width ? literal : quoted;
}

/**
 * Whether a record that spans several lines is really a quote left open that a later stray
 * quote happened to close: every one of its lines, read on its own without quoting, has exactly
 * the header's number of cells, as whole rows do. A cell with line breaks in it (a description)
 * has lines that do not. Without this, the rows in between would vanish into one cell.
 */
function swallowsRows(
  text: string,
  start: number,
  end: number,
  delimiter: string,
  width: number | undefined,
): boolean {
  if (width === undefined || width < 2) return false;
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= end) return false;
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (text.slice(lineStart, lineEnd).split(delimiter).length !== width) return false;
    lineStart = lineEnd + 1;
  }
  return true;
}

/** Rows one parser call reads at most: batches keep calls few and memory flat. */
const BATCH_ROWS = 20_000;

/**
 * The rows of CSV text (line breaks already `\n`), one at a time, recovering from broken quotes
 * at the next line (`width`, the header's cell count when known, helps read the broken line
 * itself). Blank lines are rows too (spreadsheets number them); a final line break ends the last
 * row rather than starting an empty one. A generator, so that a large file is never held as
 * rows all at once.
 *
 * @example
 * ```ts
 * [...csvRows('a,b\nc,"d', ',')].map((r) => r.cells); // [['a', 'b'], ['c', 'd']] (row 2 broken)
 * ```
 */
export function* csvRows(text: string, delimiter: string, width?: number): Generator<CsvRow> {
  const delim = delimiter.charCodeAt(0);
  const parser = dsvFormat(delimiter);
  const readRecords: RecordReader = (records) => parser.parseRows(records);
  const n = text.length;
  let pos = 0;
  let row = 1;
  let batchStart = 0;
  let batchRows = 0;
  let batchPadded = false;
  const flush = (end: number): CsvRow[] => {
    if (batchRows === 0) return [];
    const out: CsvRow[] = [];
    const data = readRecords(text.slice(batchStart, end));
    // The split above and the parser agree on well-formed text without spaces after closing
    // quotes; where they do not (a last record that is a blank line, or such spaces), the batch
    // is read record by record, so that no row is lost.
    if (data.length === batchRows && !batchPadded) {
      for (let i = 0; i < data.length; i++) out.push({ row: row - batchRows + i, cells: data[i]! });
    } else {
      let p = batchStart;
      for (let i = 0; i < batchRows; i++) {
        const { end: e, padding = [] } = recordEnd(text, p, delim);
        const cells = readRecords(without(text, p, e, padding))[0] ?? [''];
        out.push({ row: row - batchRows + i, cells });
        p = e + 1;
      }
    }
    batchPadded = false;
    batchRows = 0;
    return out;
  };
  while (pos < n) {
    const found = recordEnd(text, pos, delim);
    const { end } = found;
    const broken = found.openAt !== undefined || swallowsRows(text, pos, end, delimiter, width);
    if (!broken) {
      if (batchRows === 0) batchStart = pos;
      batchRows++;
      batchPadded ||= found.padding !== undefined;
      row++;
      pos = end + 1;
      if (batchRows >= BATCH_ROWS) yield* flush(end);
      continue;
    }
    yield* flush(pos - 1);
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    yield {
      row,
      cells: salvage(text.slice(pos, lineEnd), delimiter, width, readRecords),
      brokenQuote: true,
    };
    row++;
    pos = lineEnd + 1;
  }
  yield* flush(n);
}

/**
 * Every row of CSV text at once (see {@link csvRows}).
 *
 * @example
 * ```ts
 * splitRows('a,b\nc,d', ',').length; // 2
 * ```
 */
export function splitRows(text: string, delimiter: string, width?: number): CsvRow[] {
  return [...csvRows(text, delimiter, width)];
}
