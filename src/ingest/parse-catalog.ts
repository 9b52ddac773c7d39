/**
 * `parseCatalog`: any supported catalogue format in, validated contract courses and a complete
 * issue list out.
 * @module
 */
import { CredenceInputError, CredenceValidationError } from '../model/errors.js';
import { type CatalogResult, validateCourses } from '../model/parse.js';
import type { AdapterOutput, CatalogFormat } from './adapter.js';
import { csvCatalogRecords } from './csv.js';
import { ctdlRecords } from './ctdl.js';
import { decodeInput } from './decode.js';
import { detectJsonFormat, detectTextFormat } from './detect.js';
import { jsonCatalogRecords, parseJsonText } from './json.js';
import { openBadgesRecords } from './openbadges.js';

/** Options for {@link parseCatalog}. */
export interface ParseCatalogOptions {
  /** Input format; `auto` (the default) detects it from the content. */
  readonly format?: 'auto' | CatalogFormat;
  /** Throw one {@link CredenceValidationError} listing every error instead of returning them. */
  readonly strict?: boolean;
  /** Date (YYYY-MM-DD) against which credential validity is checked by adapters that can. */
  readonly asOf?: string;
}

/** {@link CatalogResult} plus the format that was read. */
export interface ParsedCatalog extends CatalogResult {
  /** The format that was read (detected or given). */
  readonly format: CatalogFormat;
}

/**
 * Parses a catalogue in any supported format (native JSON, CSV, Open Badges 2.0/3.0, CLR 2.0,
 * Credential Engine CTDL). Never throws on a bad record: every record that could not be read or
 * validated is reported with its index, id, field path and a readable message. Throws
 * {@link CredenceInputError} only when the input as a whole is unusable (not text, not JSON, no
 * recognisable shape), and {@link CredenceValidationError} in `strict` mode.
 *
 * @example
 * ```ts
 * const { courses, issues } = parseCatalog('[{"id":"a","title":"ECG","provider":{"name":"RCN"}}]');
 * courses.length; // 1
 * ```
 */
export function parseCatalog(
  input: string | Uint8Array | ArrayBuffer | readonly unknown[] | object,
  options: ParseCatalogOptions = {},
): ParsedCatalog {
  const requested = options.format ?? 'auto';
  let format: CatalogFormat;
  let output: AdapterOutput;
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const text = decodeInput(input);
    const kind = requested === 'auto' ? detectTextFormat(text) : undefined;
    if (requested === 'csv' || kind === 'csv') {
      format = 'csv';
      output = csvCatalogRecords(text);
    } else if (requested === 'auto' && kind === undefined) {
      throw new CredenceInputError(
        text.trim() === ''
          ? 'the input is empty'
          : 'the input is neither JSON nor CSV (it does not start with { or [ and has no delimited header line)',
      );
    } else {
      const data = parseJsonText(text);
      format = requested === 'auto' ? detectJsonFormat(data) : requested;
      output = readJson(format, data, options);
    }
  } else {
    format = requested === 'auto' || requested === 'csv' ? detectJsonFormat(input) : requested;
    output = readJson(format, input, options);
  }
  const validated = validateCourses(output.records, {
    sourceOf: (index) => output.sources[index],
  });
  const issues = [...output.issues, ...validated.issues];
  if (options.strict && issues.some((i) => i.severity === 'error')) {
    throw new CredenceValidationError(issues, 'catalogue');
  }
  return { format, courses: validated.courses, issues };
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
