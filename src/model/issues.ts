/**
 * Validation issues a person can read: `record 3 (id "c17"): cost.amount must be ≥ 0, got -5`,
 * `row 4, column "Price" = "TBC": …`, `the profile: budjet is not a profile field; did you mean
 * "budget"?`. Records are numbered from 1 and spreadsheet rows as the spreadsheet numbers them
 * (the header is row 1), so no message ever says "record 0".
 * @module
 */
import type * as z from 'zod/mini';
import type { SanitizeProblem } from './sanitize.js';
import { meantSuffix } from './suggest.js';

/** One problem with one input record. */
export interface RecordIssue {
  /** Position of the item in its source, from 0 (array position, spreadsheet row − 1, graph node). */
  readonly index: number;
  /** The record's `id`, when it has a usable one. */
  readonly id?: string;
  /** Dotted field path (`cost.amount`, `accreditations.0.body`); empty for the whole record. */
  readonly path: string;
  /** The full readable message, including the record and path. */
  readonly message: string;
  /** `error`: the record was rejected. `warning`: the record was kept; something was ignored. */
  readonly severity: 'error' | 'warning';
  /** Where the record came from, when known (`row 5`, `@graph[2]`, `achievement 3`). */
  readonly source?: string;
  /** Spreadsheet row (CSV), numbered as the spreadsheet numbers it: the header is row 1. */
  readonly row?: number;
  /** The column as written in the file's header (CSV). */
  readonly column?: string;
  /** The value as written, shortened to 80 characters. */
  readonly value?: string;
}

/** Where an issue is: the record (index, id, source) or a label such as `the profile`. */
export interface IssuePlace {
  /** Position in the source, from 0. */
  readonly index: number;
  readonly id?: string | undefined;
  readonly source?: string | undefined;
  /** Spreadsheet row (CSV). */
  readonly row?: number | undefined;
  /** Replaces `record N`: `the profile`, `the policy`, `the course`. */
  readonly label?: string | undefined;
}

/** Joins a path into the dotted form used in CSV column names. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Longest value text kept in an issue's `value`. */
const MAX_VALUE_SHOWN = 80;

/** A value as written, shortened for an issue's `value` field. */
export function shownValue(value: string): string {
  return value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN - 1)}…` : value;
}

/** A short, safe description of a value for use in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** Turns one zod issue into the part of a message after the path. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const got = `, got ${describeValue(input)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      if (typeof input === 'number' && !Number.isFinite(input)) {
        return `must be a finite number${got}`;
      }
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}${got}`;
    case 'too_small': {
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return `must have at least ${issue.minimum} entries`;
      return `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}${got}`;
    }
    case 'too_big': {
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      return `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}${got}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const near = typeof input === 'string' ? meantSuffix(input, values) : '';
      return `must be one of ${values.join(', ')}${got}${near}`;
    }
    case 'invalid_format': {
      const format =
        issue.format === 'date'
          ? 'a real calendar date written YYYY-MM-DD'
          : issue.format === 'url'
            ? 'an http(s) web address'
            : issue.format === 'regex'
              ? null
              : `a valid ${issue.format}`;
      if (format === null) return `${issue.message}${got}`;
      return `must be ${format}${got}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    default: {
      const suggestion = (issue as { params?: { suggestion?: unknown } }).params?.suggestion;
      const near =
        typeof suggestion === 'string' ? `; did you mean ${JSON.stringify(suggestion)}?` : '';
      return `${issue.message}${input === undefined ? '' : got}${near}`;
    }
  }
}

/**
 * The `record N (id "x")` / `row N (id "x")` / `the profile` prefix of a message. Records are
 * numbered from 1 (`index` + 1); a source such as `@graph[2]` follows in brackets.
 */
export function placeLabel(place: IssuePlace): string {
  if (place.label !== undefined) return place.label;
  const id = place.id === undefined ? '' : ` (id ${JSON.stringify(place.id)})`;
  if (place.row !== undefined) return `row ${place.row}${id}`;
  const source = place.source === undefined ? '' : ` [${place.source}]`;
  return `record ${place.index + 1}${id}${source}`;
}

/** The `record N (id "x")` prefix of a message (`index` is 0-based; the label counts from 1). */
export function recordLabel(index: number, id?: string): string {
  return placeLabel({ index, id });
}

/** What an issue may carry beyond its place, path and text. */
export interface IssueExtra {
  readonly column?: string | undefined;
  readonly value?: string | undefined;
}

/**
 * Builds a {@link RecordIssue} at a place. With a column (spreadsheets) the message reads
 * `row 3, column "Price": "TBC" does not state a price yet`; without, `record 2 (id "c1"):
 * cost.amount "TBC" does not state a price yet` — the detail is a predicate of the value.
 *
 * @example
 * ```ts
 * issueAt({ index: 2, row: 3 }, ['cost', 'amount'], 'does not state a price yet', 'warning', { column: 'Price', value: 'TBC' }).message;
 * // 'row 3, column "Price": "TBC" does not state a price yet'
 * ```
 */
export function issueAt(
  place: IssuePlace,
  path: readonly PropertyKey[],
  detail: string,
  severity: 'error' | 'warning' = 'error',
  extra: IssueExtra = {},
): RecordIssue {
  const dotted = formatPath(path);
  const value = extra.value === undefined ? undefined : shownValue(extra.value);
  const head =
    extra.column === undefined
      ? placeLabel(place)
      : `${placeLabel(place)}, column ${JSON.stringify(extra.column)}`;
  // A spreadsheet column names the field already; the dotted path stays in `path`.
  const field = dotted === '' || extra.column !== undefined ? '' : `${dotted} `;
  const shown = value === undefined ? '' : `${JSON.stringify(value)} `;
  return {
    index: place.index,
    ...(place.id === undefined ? {} : { id: place.id }),
    path: dotted,
    message: `${head}: ${field}${shown}${detail}`,
    severity,
    ...(place.source === undefined ? {} : { source: place.source }),
    ...(place.row === undefined ? {} : { row: place.row }),
    ...(extra.column === undefined ? {} : { column: extra.column }),
    ...(value === undefined ? {} : { value }),
  };
}

/** A source written `row N` (CSV) becomes the row label; other sources go in brackets. */
function placeOf(index: number, id: string | undefined, source: string | undefined): IssuePlace {
  const row = source === undefined ? undefined : /^row (\d+)$/.exec(source)?.[1];
  return { index, id, source, ...(row === undefined ? {} : { row: Number(row) }) };
}

/** Builds a {@link RecordIssue} from a path and the rest of its message. */
export function makeIssue(
  index: number,
  id: string | undefined,
  path: readonly PropertyKey[],
  detail: string,
  severity: 'error' | 'warning' = 'error',
  source?: string,
): RecordIssue {
  return issueAt(placeOf(index, id, source), path, detail, severity);
}

/** Converts zod issues and sanitiser problems of one record into {@link RecordIssue}s. */
export function toRecordIssues(
  index: number,
  id: string | undefined,
  zodIssues: readonly z.core.$ZodIssue[],
  problems: readonly SanitizeProblem[] = [],
  source?: string,
): RecordIssue[] {
  const place = placeOf(index, id, source);
  return [
    ...problems.map((p) => issueAt(place, p.path, p.message, p.severity)),
    ...zodIssues.map((i) => issueAt(place, i.path, describeZodIssue(i), 'error')),
  ];
}
