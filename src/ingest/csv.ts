/**
 * CSV catalogues as spreadsheets export them: contract names or the headers people use
 * (`Course name`, `Provider`, `Price`, `CPD hours`; see `csv/headers.ts`), any of `,` `;` tab
 * `|` as delimiter, title rows above the header, blank rows, a header row repeated mid-file, and
 * broken quotes (recovered at the next line). Each row is read and validated as soon as it is
 * split, so memory stays proportional to the input. Cells are read by d3-dsv (`csv/split.ts`).
 * @module
 */

import type { CatalogReader } from '../model/catalog-reader.js';
import { CredenceInputError } from '../model/errors.js';
import type { IssueLog } from '../model/issue-log.js';
import { issueAt } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import { meantAside, meantSuffix } from '../model/suggest.js';
import { headerPhrases, resolveNaturalHeader } from './csv/headers.js';
import { buildRow, type ColumnSpec, hasReservedSegment } from './csv/row.js';
import { type CsvRow, csvRows } from './csv/split.js';
import { contractPath, FIELD_PATTERNS, FIELDS } from './fields.js';
import { normaliseRecord, readingMemo } from './normalise.js';
import { columnDateOrder, type DateOrder } from './values/dates.js';

/**
 * An explicit column mapping: header as written (compared without case or surrounding spaces)
 * → a contract field (`cost.amount`, `accreditations.1.body`) or a header phrase credence knows
 * (`price`); `null` or `""` ignores the column.
 */
export type ColumnMap = Readonly<Record<string, string | null>>;

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The contract's top-level fields, lower case. */
const TOP_FIELDS: ReadonlySet<string> = new Set(
  FIELD_PATTERNS.map((p) => (p.split('.')[0] ?? '').toLowerCase()),
);

/** Unknown columns that get a "did you mean" search. */
const MAX_SUGGESTED_COLUMNS = 200;

/** How many leading non-blank lines may hold titles before the header. */
const HEADER_SEARCH_ROWS = 10;

/** Splits one line on `delimiter` outside double quotes (enough to read a header). */
function splitLine(line: string, delimiter: string): string[] {
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

interface Resolved {
  readonly pattern: string;
  readonly position?: number;
  readonly hint: ColumnSpec['hint'];
}

/** A header through the column map, the contract names and the table of natural headers. */
function resolveHeader(
  header: string,
  map: ReadonlyMap<string, string | null>,
): Resolved | null | undefined {
  const name = header.trim();
  const mapped = map.get(name.toLowerCase());
  const target = mapped === undefined ? name : mapped;
  if (target === null || target.trim() === '') return null;
  const contract = contractPath(target);
  if (contract !== undefined) {
    const position = contract.path.find((p): p is number => typeof p === 'number');
    return { pattern: contract.pattern, ...(position === undefined ? {} : { position }), hint: {} };
  }
  const natural = resolveNaturalHeader(target);
  if (natural !== undefined) {
    return {
      pattern: natural.field,
      ...(natural.position === undefined ? {} : { position: natural.position }),
      hint: natural.hint,
    };
  }
  if (mapped !== undefined && mapped !== null) {
    throw new CredenceInputError(
      `the column map sends "${name}" to "${mapped}", which is not a contract field or a header credence knows${meantSuffix(mapped, [...FIELD_PATTERNS, ...headerPhrases()])}`,
    );
  }
  return undefined;
}

/** How well a line reads as a header: title and provider found, then known columns. */
function headerScore(cells: readonly string[], map: ReadonlyMap<string, string | null>): number {
  let known = 0;
  let title = false;
  let provider = false;
  for (const cell of cells) {
    let r: Resolved | null | undefined;
    try {
      r = resolveHeader(cell, map);
    } catch {
      r = undefined;
    }
    if (!r) continue;
    known++;
    if (r.pattern === 'title') title = true;
    if (r.pattern === 'provider.name') provider = true;
  }
  return (title && provider ? 1_000 : 0) + known;
}

/**
 * The delimiter: the one under which one of the first lines reads best as a header (title and
 * provider columns, then most known columns, then most cells). Guessing from the data instead
 * let cell text such as `"; DROP TABLE …"` switch a comma file to `;` and lose every record.
 */
function chooseDelimiter(text: string, map: ReadonlyMap<string, string | null>): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, HEADER_SEARCH_ROWS);
  let best = { delimiter: ',', score: -1, cells: 0 };
  for (const delimiter of DELIMITERS) {
    for (const line of lines) {
      const cells = splitLine(line, delimiter);
      if (cells.length < 2) continue;
      const score = headerScore(cells, map);
      if (score > best.score || (score === best.score && cells.length > best.cells)) {
        best = { delimiter, score, cells: cells.length };
      }
    }
  }
  return best.delimiter;
}

const show = (d: string): string => (d === '\t' ? 'tab' : `"${d}"`);

/** Resolves the header row into column specs, with one warning per column not read. */
function resolveColumns(
  header: CsvRow,
  map: ReadonlyMap<string, string | null>,
  log: IssueLog,
  unnamed: number[],
): (ColumnSpec | undefined)[] {
  const used = new Set<string>();
  const place = { index: header.row - 1, row: header.row };
  const say = (column: string, detail: string): void =>
    log.add(issueAt(place, [], detail, 'warning', { column }));
  const suggestions = [...FIELD_PATTERNS.map((p) => p.replace('#', '0')), ...headerPhrases()];
  let unknown = 0;
  return header.cells.map((raw, i) => {
    const name = raw.trim();
    if (name === '') {
      unnamed.push(i);
      return undefined;
    }
    const resolved = resolveHeader(name, map);
    if (resolved === null) return undefined;
    if (resolved === undefined) {
      // An unknown dotted header nests (`extra.note`), except under a contract field, where a
      // near-miss such as `cost.ammount` must not land inside the cost.
      const parts = name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p.trim()));
      const path = TOP_FIELDS.has(String(parts[0]).toLowerCase()) ? [name] : parts;
      if (hasReservedSegment(parts)) {
        say(name, 'uses a reserved name and was ignored');
        return undefined;
      }
      if (path.length > LIMITS.maxDepth) {
        say(
          name.slice(0, 60),
          `is nested more than ${LIMITS.maxDepth} levels deep and was ignored`,
        );
        return undefined;
      }
      if (path.some((p) => typeof p === 'number' && p >= LIMITS.maxArrayLength)) {
        say(
          name.slice(0, 60),
          `has a list position beyond ${LIMITS.maxArrayLength} and was ignored`,
        );
        return undefined;
      }
      const key = path.join('.').toLowerCase();
      if (used.has(key)) {
        say(name, 'repeats an earlier column and was ignored');
        return undefined;
      }
      used.add(key);
      // Suggestions for the first columns only: a header of 20,000 unknown columns is not a typo.
      const aside = ++unknown <= MAX_SUGGESTED_COLUMNS ? meantAside(name, suggestions) : '';
      say(
        name,
        `is not a column credence knows${aside}; it was kept as an extra field, which scoring ignores`,
      );
      return { header: raw, path, hint: {} };
    }
    let position = resolved.position;
    if (resolved.pattern.includes('#') && position === undefined) {
      position = 0;
      while (used.has(`${resolved.pattern}@${position}`)) position++;
    }
    if (position !== undefined && position >= LIMITS.maxArrayLength) {
      say(name, `has a list position beyond ${LIMITS.maxArrayLength} and was ignored`);
      return undefined;
    }
    const key = `${resolved.pattern}@${position ?? ''}`;
    if (used.has(key)) {
      say(
        name,
        `is a second column for ${resolved.pattern.replace('#', String(position))} and was ignored`,
      );
      return undefined;
    }
    used.add(key);
    const path = resolved.pattern.split('.').map((seg) => (seg === '#' ? (position ?? 0) : seg));
    return { header: raw, path, kind: FIELDS[resolved.pattern], hint: resolved.hint };
  });
}

const blank = (row: CsvRow): boolean => row.cells.every((c) => c.trim() === '');

/** Data rows whose date cells decide each date column's day/month order. */
const DATE_SAMPLE_ROWS = 10_000;

/**
 * Reads a CSV catalogue into `reader`, row by row. Throws {@link CredenceInputError} when the
 * file has no header with a title and a provider column.
 *
 * @example
 * ```ts
 * readCsvCatalog('Course name,Provider,Price\nECG,RCN,"£1,250.00"', reader, log);
 * // one course: { title: 'ECG', provider: { name: 'RCN' }, cost: { amount: 1250, currency: 'GBP' }, id: 'ecg-…' }
 * ```
 */
export function readCsvCatalog(
  input: string,
  reader: CatalogReader,
  log: IssueLog,
  options: { columns?: ColumnMap } = {},
): void {
  // One newline convention, so that mixed CRLF/LF files split into the right rows.
  const text = /\r/.test(input) ? input.replace(/\r\n?/g, '\n') : input;
  const map = new Map(
    Object.entries(options.columns ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v] as const),
  );
  const delimiter = chooseDelimiter(text, map);
  const firstLine = text.split('\n', HEADER_SEARCH_ROWS * 4).find((l) => l.trim() !== '') ?? '';
  const rows = csvRows(text, delimiter, splitLine(firstLine, delimiter).length);
  // The first rows are held back: the header is among them, and they show each date column's
  // day/month order. Every later row is read as it comes.
  const ahead: CsvRow[] = [];
  let nonBlank = 0;
  for (let next = rows.next(); !next.done; next = rows.next()) {
    ahead.push(next.value);
    if (!blank(next.value) && ++nonBlank >= HEADER_SEARCH_ROWS) break;
  }
  const candidates = ahead.filter((r) => !blank(r));
  if (candidates.length === 0)
    throw new CredenceInputError('the CSV is empty: it has no header row');
  let header = candidates[0]!;
  let best = -1;
  for (const row of candidates) {
    const score = headerScore(row.cells, map);
    if (score >= 1_000 && score > best) {
      header = row;
      best = score;
      break;
    }
    if (score > best) {
      header = row;
      best = score;
    }
  }
  const unnamed: number[] = [];
  const columns = resolveColumns(header, map, log, unnamed);
  const fields = new Set(columns.map((c) => c?.path.join('.')));
  const missing = [
    ['title', "the offering's title (a column such as title, course, course name or name)"],
    ['provider.name', 'the provider (a column such as provider, provider name or organisation)'],
  ].filter(([f]) => !fields.has(f));
  if (missing.length > 0) {
    const headers = header.cells
      .filter((c) => c.trim() !== '')
      .map((c) => JSON.stringify(c.trim()));
    throw new CredenceInputError(
      `the CSV has no column for ${missing.map(([, what]) => what).join(', nor for ')}; ` +
        `its header (row ${header.row}, read with delimiter ${show(delimiter)}) is ${headers.slice(0, 20).join(', ') || 'empty'}` +
        `${headers.length > 20 ? ', …' : ''}. Name the columns with a column map (--map FILE, or the columns option)`,
    );
  }
  for (const key of map.keys()) {
    if (!header.cells.some((c) => c.trim().toLowerCase() === key)) {
      log.add(
        issueAt(
          { index: header.row - 1, label: 'the column map' },
          [],
          `names the column ${JSON.stringify(key)}, which this file does not have${meantSuffix(
            key,
            header.cells.map((c) => c.trim()),
          )}`,
          'warning',
        ),
      );
    }
  }
  const above = ahead.filter((r) => r.row < header.row && !blank(r));
  if (above.length > 0) {
    log.add(
      issueAt(
        { index: 0, row: above[0]!.row },
        [],
        `${above.length === 1 ? 'this row is' : `${above.length} rows from here are`} above the header (row ${header.row}) and ${above.length === 1 ? 'was' : 'were'} skipped`,
        'warning',
      ),
    );
  }
  const noId = !fields.has('id');
  if (noId) {
    log.add(
      issueAt(
        { index: header.row - 1, row: header.row },
        [],
        'the file has no id column: each offering was given an id made from its title and provider (the same on every run)',
        'warning',
      ),
    );
  }
  const dateColumns = columns.flatMap((c, i) =>
    c?.kind === 'date' || c?.kind === 'expiry' ? [i] : [],
  );
  if (dateColumns.length > 0) {
    for (let next = rows.next(); !next.done; next = rows.next()) {
      ahead.push(next.value);
      if (ahead.length >= DATE_SAMPLE_ROWS) break;
    }
  }
  const orders = new Map<number, DateOrder | undefined>(
    dateColumns.map((i) => [i, columnDateOrder(ahead.map((r) => r.cells[i] ?? ''))]),
  );
  const filled = new Map<number, number>(unnamed.map((i) => [i, 0]));
  const width = header.cells.length;
  const headerText = header.cells.map((c) => c.trim().toLowerCase());
  const memo = readingMemo();
  const readRow = (row: CsvRow): void => {
    if (row.row <= header.row || blank(row)) return;
    for (const [i, count] of filled)
      if ((row.cells[i] ?? '').trim() !== '') filled.set(i, count + 1);
    const place = { index: row.row - 1, row: row.row };
    const recordKey = `${place.index}:`;
    if (
      row.cells.length >= width &&
      headerText.every((h, i) => h === '' || (row.cells[i] ?? '').trim().toLowerCase() === h)
    ) {
      log.add(issueAt(place, [], 'repeats the header row and was skipped', 'warning'), recordKey);
      reader.skip();
      return;
    }
    if (row.brokenQuote) {
      log.add(
        issueAt(
          place,
          [],
          'has a quote that is never closed, or closed inside a cell; the row was read to the end of its line, and the next line starts a new row',
          'warning',
        ),
        recordKey,
      );
    }
    if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim() !== '')) {
      log.add(
        issueAt(
          place,
          [],
          `has ${row.cells.length} cells but the header has ${width}; the extra cells were ignored`,
          'warning',
        ),
        recordKey,
      );
    }
    const built = buildRow(columns, row.cells);
    for (const i of built.clashes) {
      log.add(
        issueAt(
          place,
          [],
          'clashes with another column of the same field and was ignored',
          'warning',
          {
            column: columns[i]?.header ?? '',
            value: row.cells[i] ?? '',
          },
        ),
        recordKey,
      );
    }
    const cellOf = (path: readonly PropertyKey[]) => {
      const i = built.origins.get(path.join('.'));
      const column = i === undefined ? undefined : columns[i];
      return i === undefined || column === undefined
        ? undefined
        : { column: column.header.trim(), value: row.cells[i] ?? '', hint: column.hint };
    };
    reader.read(built.record, place, {
      originOf: (path) => {
        const cell = cellOf(path);
        return cell === undefined ? undefined : { column: cell.column, value: cell.value };
      },
      prepare: (record, at, report) =>
        normaliseRecord(record, {
          place: at,
          report,
          cellOf,
          dateOrder: (path) => {
            const i = built.origins.get(path.join('.'));
            return i === undefined ? undefined : orders.get(i);
          },
          memo,
        }),
      ...(noId ? { noteGeneratedId: false } : {}),
      built: true,
    });
  };
  for (const row of ahead) readRow(row);
  ahead.length = 0;
  for (let next = rows.next(); !next.done; next = rows.next()) readRow(next.value);
  for (const [i, count] of filled) {
    if (count === 0) continue;
    log.add(
      issueAt(
        { index: header.row - 1, row: header.row },
        [],
        `column ${i + 1} has no header, so its ${count.toLocaleString('en-GB')} value${count === 1 ? ' was' : 's were'} not read (name it in the header or with a column map)`,
        'warning',
      ),
    );
  }
}
