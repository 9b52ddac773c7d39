/**
 * `parseCatalog`: any supported catalogue format in, validated contract courses, counts and a
 * bounded issue list out.
 * @module
 */

import {
  type CatalogReader,
  type CatalogResult,
  createCatalogReader,
  type RecordExtras,
} from '../model/catalog-reader.js';
import { CredenceInputError, CredenceValidationError } from '../model/errors.js';
import { createIssueLog, type IssueLog } from '../model/issue-log.js';
import { issueAt, type RecordIssue } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import { isPlainObject } from '../model/sanitize.js';
import { shapeOf } from '../model/schema-shape.js';
import { didYouMean } from '../model/suggest.js';
import { type AdapterOutput, CATALOG_FORMATS, type CatalogFormat } from './adapter.js';
import { type ColumnMap, readCsvCatalog } from './csv.js';
import { ctdlRecords } from './ctdl.js';
import { decodeText } from './decode.js';
import { detectJsonFormat, detectTextFormat } from './detect.js';
import { jsonCatalogRecords, parseJsonText } from './json.js';
import { normaliseRecord, readingMemo } from './normalise.js';
import { openBadgesRecords } from './openbadges.js';

export type { ColumnMap } from './csv.js';

/** Options for {@link parseCatalog}. */
export interface ParseCatalogOptions {
  /** Input format; `auto` (the default) detects it from the content. */
  readonly format?: 'auto' | CatalogFormat;
  /** Throw one {@link CredenceValidationError} listing every error instead of returning them. */
  readonly strict?: boolean;
  /** Date (YYYY-MM-DD) against which credential validity is checked by adapters that can. */
  readonly asOf?: string;
  /**
   * CSV only: header → contract field (or `null` to ignore the column), for headers credence
   * does not recognise by itself (`{ "Org": "provider.name", "Fee ex VAT": "cost.amount" }`).
   */
  readonly columns?: ColumnMap;
}

/** {@link CatalogResult} plus the format that was read. */
export interface ParsedCatalog extends CatalogResult {
  /** The format that was read (detected or given). */
  readonly format: CatalogFormat;
}

/** Checks the options themselves: a typo there must not silently change the reading. */
function checkOptions(options: unknown): ParseCatalogOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options))
    throw new CredenceInputError('parseCatalog options must be an object');
  const known = ['format', 'strict', 'asOf', 'columns'];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const near = didYouMean(key, known);
      throw new CredenceInputError(
        `parseCatalog has no option "${key}"${near ? `; did you mean "${near}"?` : ''} (options: ${known.join(', ')})`,
      );
    }
  }
  const { format, asOf, columns } = options;
  if (
    format !== undefined &&
    format !== 'auto' &&
    !(CATALOG_FORMATS as readonly unknown[]).includes(format)
  ) {
    throw new CredenceInputError(
      `format must be auto or one of ${CATALOG_FORMATS.join(', ')}, got ${JSON.stringify(format)}`,
    );
  }
  if (asOf !== undefined && (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) {
    throw new CredenceInputError(
      `asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
    );
  }
  if (columns !== undefined) {
    if (!isPlainObject(columns)) {
      throw new CredenceInputError(
        'columns must be an object: { "header as written": "contract.field" }',
      );
    }
    for (const [header, target] of Object.entries(columns)) {
      if (target !== null && typeof target !== 'string') {
        throw new CredenceInputError(
          `columns: "${header}" must map to a field name (text) or null, got ${typeof target}`,
        );
      }
    }
  }
  return options as ParseCatalogOptions;
}

/** Extra keys that are one typo from a contract field (`skils`): one warning per key per file. */
function nearMissKeys(records: readonly unknown[], log: IssueLog): void {
  const seen = new Map<string, { count: number; first: number; meant: string }>();
  // The contract's own field names, as the course schema declares them.
  const courseKeys = [...(shapeOf('course').get('')?.keys ?? [])];
  const checked = new Set<string>(courseKeys);
  const n = Math.min(records.length, LIMITS.maxCatalogRecords);
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (!isPlainObject(r)) continue;
    for (const key of Object.keys(r)) {
      if (checked.has(key)) {
        const hit = seen.get(key);
        if (hit) hit.count++;
        continue;
      }
      checked.add(key);
      if (checked.size > 10_000) return;
      const meant = didYouMean(key, courseKeys);
      if (meant !== undefined) seen.set(key, { count: 1, first: i, meant });
    }
  }
  for (const [key, { count, first, meant }] of seen) {
    log.add(
      issueAt(
        { index: first, label: 'the catalogue' },
        [],
        `the field ${JSON.stringify(key)} (in ${count.toLocaleString('en-GB')} record${count === 1 ? '' : 's'}, first record ${first + 1}) is not a contract field; did you mean ${JSON.stringify(meant)}? It was kept as an extra field, which scoring ignores`,
        'warning',
      ),
    );
  }
}

/** Feeds an adapter's output to the reader: its issues, its failures and its records. */
function readAdapterOutput(
  output: AdapterOutput,
  reader: CatalogReader,
  log: IssueLog,
  native: boolean,
): void {
  const failed = new Map<string, RecordIssue>();
  const skipped = new Set<string>();
  for (const issue of output.issues) {
    const key = `${issue.index}:${issue.source ?? ''}`;
    log.add(issue, key);
    if (issue.severity === 'error' && !failed.has(key)) failed.set(key, issue);
    else if (issue.severity === 'warning' && /^[^:]*: skipped\b/.test(issue.message))
      skipped.add(key);
  }
  for (const issue of failed.values()) {
    reader.fail(
      { index: issue.index, ...(issue.source === undefined ? {} : { source: issue.source }) },
      issue.message.replace(/^[^:]*: /, ''),
    );
  }
  for (const _ of skipped) reader.skip();
  if (native) nearMissKeys(output.records, log);
  const count = Math.min(output.records.length, LIMITS.maxCatalogRecords);
  const memo = readingMemo();
  const prepare: NonNullable<RecordExtras['prepare']> = (record, place, report) =>
    normaliseRecord(record, { place, report, memo });
  for (let i = 0; i < count; i++) {
    const source = output.sources[i];
    reader.read(
      output.records[i],
      { index: output.positions?.[i] ?? i, ...(source === undefined ? {} : { source }) },
      native ? { prepare } : {},
    );
  }
  if (output.records.length > count) {
    const more = output.records.length - count;
    log.always(
      issueAt(
        { index: count },
        [],
        `and ${more.toLocaleString('en-GB')} more records were not read: a catalogue holds at most ${LIMITS.maxCatalogRecords.toLocaleString('en-GB')} records`,
      ),
    );
    reader.fail({ index: count }, 'over the catalogue size limit', more);
  }
}

/**
 * Parses a catalogue in any supported format (native JSON, CSV, Open Badges 2.0/3.0, CLR 2.0,
 * Credential Engine CTDL). Never throws on a bad record: only a missing or unreadable title or
 * provider rejects an offering (an `error` issue); any other value that cannot be read is left
 * out with a `warning` naming the record (or spreadsheet row and column) and the value, and the
 * offering is kept. `stats` counts everything; `issues` is capped (`ISSUE_LIMITS`).
 *
 * Throws {@link CredenceInputError} when the input as a whole is unusable (empty, binary, not
 * JSON or CSV, a CSV without title and provider columns, bad options), and
 * {@link CredenceValidationError} in `strict` mode when any record is rejected.
 *
 * @example
 * ```ts
 * const { courses, issues } = parseCatalog('Course name,Provider,Price\nECG,RCN,TBC');
 * courses.length; // 1 (the price is left out, with a warning naming row 2 and column "Price")
 * ```
 */
export function parseCatalog(
  input: string | Uint8Array | ArrayBuffer | readonly unknown[] | object,
  options: ParseCatalogOptions = {},
): ParsedCatalog {
  const opts = checkOptions(options);
  const requested = opts.format ?? 'auto';
  const log = createIssueLog();
  const reader = createCatalogReader({ log });
  let format: CatalogFormat;
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const decoded = decodeText(input);
    for (const note of decoded.notes) {
      log.add(issueAt({ index: 0, label: 'the input' }, [], note, 'warning'));
    }
    const text = decoded.text;
    const kind = requested === 'auto' ? detectTextFormat(text) : undefined;
    if (requested === 'csv' || kind === 'csv') {
      format = 'csv';
      if (text.trim() === '') throw new CredenceInputError('the input is empty');
      readCsvCatalog(text, reader, log, opts.columns ? { columns: opts.columns } : {});
    } else if (requested === 'auto' && kind === undefined) {
      throw new CredenceInputError(
        text.trim() === ''
          ? 'the input is empty'
          : 'the input is neither JSON nor CSV (it does not start with { or [ and no line of its start has a , ; tab or | delimiter)',
      );
    } else {
      const data = parseJsonText(text);
      format = requested === 'auto' ? detectJsonFormat(data) : requested;
      readAdapterOutput(readJson(format, data, opts), reader, log, format === 'json');
    }
  } else {
    if (input === null || typeof input !== 'object') {
      throw new CredenceInputError(
        `parseCatalog needs text, bytes, an array or an object, got ${input === null ? 'null' : typeof input}`,
      );
    }
    format = requested === 'auto' || requested === 'csv' ? detectJsonFormat(input) : requested;
    readAdapterOutput(readJson(format, input, opts), reader, log, format === 'json');
  }
  const { courses, stats, rejected } = reader.result();
  const issues = log.finish();
  if (opts.strict && stats.rejected > 0) {
    throw new CredenceValidationError(issues, 'catalogue');
  }
  return { format, courses, issues, stats, rejected };
}

function readJson(
  format: CatalogFormat,
  data: unknown,
  options: ParseCatalogOptions,
): AdapterOutput {
  switch (format) {
    case 'ctdl':
      return ctdlRecords(data);
    case 'openbadges':
      return openBadgesRecords(data, options.asOf === undefined ? {} : { asOf: options.asOf });
    case 'csv':
      throw new CredenceInputError('CSV input must be given as text');
    default:
      return jsonCatalogRecords(data);
  }
}
