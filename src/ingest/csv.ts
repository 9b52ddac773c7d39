/**
 * CSV catalogues: contract field names as columns (case-insensitive, trimmed), dotted nested
 * columns, `;`-separated lists, indexed object lists, and common spreadsheet quirks. Parsed with
 * papaparse, which also runs in browsers.
 * @module
 */
import Papa from 'papaparse';
import { CredenceInputError } from '../model/errors.js';
import { makeIssue } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import type { AdapterOutput } from './adapter.js';
import { type ItemContext, newCollector, toOutput } from './common.js';
import { type ColumnSpec, REQUIRED_COLUMNS, resolveColumn } from './csv/fields.js';
import { buildRow, hasReservedSegment } from './csv/row.js';

interface RawRow {
  readonly cells: string[];
  readonly line: number;
  readonly error?: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Splits one line on `delimiter` outside double quotes (enough to read a header). */
function splitHeader(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * The delimiter of the header line: the one that splits it into the most required columns
 * (then the most columns). Guessing from the data instead (papaparse's default) let cell text
 * such as `"; DROP TABLE …"` in the first rows switch a comma file to `;` and lose every record.
 * `undefined` when no delimiter yields a required column (papaparse then guesses, and the
 * missing-column error names what it read).
 */
function headerDelimiter(text: string): string | undefined {
  const first = text
    .slice(0, 10_000)
    .split('\n')
    .find((l) => l.trim() !== '');
  if (first === undefined) return undefined;
  const required = new Set(REQUIRED_COLUMNS.map((c) => c.toLowerCase()));
  let best: { delimiter: string; hits: number; cells: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const cells = splitHeader(first, delimiter).map((c) => c.trim().toLowerCase());
    const hits = new Set(cells.filter((c) => required.has(c))).size;
    if (hits === 0) continue;
    if (!best || hits > best.hits || (hits === best.hits && cells.length > best.cells)) {
      best = { delimiter, hits, cells: cells.length };
    }
  }
  return best?.delimiter;
}

function parseRows(input: string): { rows: RawRow[]; delimiter: string } {
  // One newline convention, so that mixed CRLF/LF files split into the right rows.
  const text = input.replace(/\r\n?/g, '\n');
  const rows: RawRow[] = [];
  let consumed = 0;
  let line = 1;
  let delimiter = ',';
  const fromHeader = headerDelimiter(text);
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    newline: '\n',
    ...(fromHeader === undefined
      ? { delimitersToGuess: [...DELIMITERS] }
      : { delimiter: fromHeader }),
    step: (result) => {
      const end = result.meta.cursor;
      const startLine = line;
      for (let i = consumed; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      consumed = end;
      delimiter = result.meta.delimiter;
      const error = result.errors[0];
      rows.push({
        cells: result.data,
        line: startLine,
        ...(error === undefined ? {} : { error: error.message }),
      });
      // The newline that ends this row belongs to it.
      if (end < text.length && text.charCodeAt(end) === 10) {
        line++;
        consumed = end + 1;
      }
    },
  });
  return { rows, delimiter };
}

function resolveHeader(
  header: readonly string[],
  issues: ReturnType<typeof newCollector>['issues'],
): (ColumnSpec | undefined)[] {
  const seen = new Set<string>();
  return header.map((raw, column) => {
    const name = raw.trim();
    const ctx: ItemContext = { index: 0, source: 'line 1', issues };
    if (name === '') return undefined;
    const spec = resolveColumn(name);
    if (hasReservedSegment(spec.path)) {
      issues.push(
        makeIssue(
          0,
          undefined,
          [],
          `column ${column + 1} "${name}" uses a reserved name and was ignored`,
          'warning',
          'line 1',
        ),
      );
      return undefined;
    }
    if (spec.path.length > LIMITS.maxDepth) {
      // A header such as "a.b.c.…" with thousands of parts would nest that deep in every row.
      issues.push(
        makeIssue(
          0,
          undefined,
          [],
          `column ${column + 1} "${name.length > 60 ? `${name.slice(0, 57)}…` : name}" is nested more than ${LIMITS.maxDepth} levels deep and was ignored`,
          'warning',
          'line 1',
        ),
      );
      return undefined;
    }
    if (spec.path.some((p) => typeof p === 'number' && p >= LIMITS.maxArrayLength)) {
      issues.push(
        makeIssue(
          0,
          undefined,
          [],
          `column "${name}" has a list index beyond the limit of ${LIMITS.maxArrayLength} and was ignored`,
          'warning',
          'line 1',
        ),
      );
      return undefined;
    }
    if (seen.has(spec.name.toLowerCase())) {
      issues.push(
        makeIssue(
          0,
          undefined,
          [],
          `column "${name}" repeats an earlier column and was ignored`,
          'warning',
          ctx.source,
        ),
      );
      return undefined;
    }
    seen.add(spec.name.toLowerCase());
    return spec;
  });
}

/**
 * Reads a CSV catalogue into course-shaped records, one per non-empty row; `sources[i]` is the
 * 1-based physical line of the row. Throws {@link CredenceInputError} when the header lacks a
 * required column (`id`, `title`, `provider.name`).
 *
 * @example
 * ```ts
 * const out = csvCatalogRecords('id,title,provider.name,cost.amount\nc1,ECG,RCN,"£1,250.00"');
 * out.records[0]; // { id: 'c1', title: 'ECG', provider: { name: 'RCN' }, cost: { amount: 1250, currency: 'GBP' } }
 * ```
 */
export function csvCatalogRecords(text: string): AdapterOutput {
  const out = newCollector();
  const { rows, delimiter } = parseRows(text);
  const headerRow = rows.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerRow === undefined)
    throw new CredenceInputError('the CSV is empty: it has no header row');
  const columns = resolveHeader(headerRow.cells, out.issues);
  const present = new Set(columns.filter((c) => c !== undefined).map((c) => c.name.toLowerCase()));
  const missing = REQUIRED_COLUMNS.filter((name) => !present.has(name.toLowerCase()));
  if (missing.length > 0) {
    const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
    throw new CredenceInputError(
      `the CSV has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}; ` +
        `required columns are ${REQUIRED_COLUMNS.join(', ')} (header on line ${headerRow.line}, read with delimiter ${shown})`,
    );
  }
  const width = headerRow.cells.length;
  let index = 0;
  for (const row of rows) {
    if (row === headerRow || row.line < headerRow.line) continue;
    if (row.cells.every((c) => c.trim() === '')) continue;
    const ctx: ItemContext = { index, source: `line ${row.line}`, issues: out.issues };
    index++;
    if (row.error !== undefined) {
      out.issues.push(
        makeIssue(ctx.index, undefined, [], `could not be read: ${row.error}`, 'error', ctx.source),
      );
      continue;
    }
    const idCell = row.cells[columns.findIndex((c) => c?.name === 'id')];
    if (idCell !== undefined && idCell.trim() !== '') ctx.id = idCell.trim();
    if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim() !== '')) {
      out.issues.push(
        makeIssue(
          ctx.index,
          ctx.id,
          [],
          `has ${row.cells.length} cells but the header has ${width}; the extra cells were ignored`,
          'warning',
          ctx.source,
        ),
      );
    }
    out.records.push(buildRow(columns, row.cells, ctx));
    out.sources.push(ctx.source);
  }
  return toOutput(out);
}
