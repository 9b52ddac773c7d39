/**
 * Validation issues a person can read: `record 3 (id "c17"): cost.amount must be ≥ 0, got -5`.
 * @module
 */
import type * as z from 'zod';
import type { SanitizeProblem } from './sanitize.js';

/** One problem with one input record. */
export interface RecordIssue {
  /** Position of the record in its catalogue (0-based). */
  readonly index: number;
  /** The record's `id`, when it has a usable one. */
  readonly id?: string;
  /** Dotted field path (`cost.amount`, `accreditations.0.body`); empty for the whole record. */
  readonly path: string;
  /** The full readable message, including the record and path. */
  readonly message: string;
  /** `error`: the record was rejected. `warning`: the record was kept; something was ignored. */
  readonly severity: 'error' | 'warning';
  /** Where the record came from, when known (`line 5`, `@graph[2]`, a file name). */
  readonly source?: string;
}

/** Joins a path into the dotted form used in CSV column names. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
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
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}${got}`;
    case 'invalid_format': {
      const format =
        issue.format === 'date'
          ? 'an ISO date (YYYY-MM-DD)'
          : issue.format === 'url'
            ? 'an http(s) web address'
            : issue.format === 'regex'
              ? null
              : `a valid ${issue.format}`;
      if (format === null) return `${issue.message}${got}`;
      return `must be ${format}${got}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    default:
      return `${issue.message}${input === undefined ? '' : got}`;
  }
}

/** The `record N (id "x")` prefix of a message. */
export function recordLabel(index: number, id?: string): string {
  return id === undefined ? `record ${index}` : `record ${index} (id ${JSON.stringify(id)})`;
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
  const dotted = formatPath(path);
  const where = dotted === '' ? '' : `${dotted} `;
  const message = `${recordLabel(index, id)}${source ? ` [${source}]` : ''}: ${where}${detail}`;
  return {
    index,
    ...(id === undefined ? {} : { id }),
    path: dotted,
    message,
    severity,
    ...(source === undefined ? {} : { source }),
  };
}

/** Converts zod issues and sanitiser problems of one record into {@link RecordIssue}s. */
export function toRecordIssues(
  index: number,
  id: string | undefined,
  zodIssues: readonly z.core.$ZodIssue[],
  problems: readonly SanitizeProblem[] = [],
  source?: string,
): RecordIssue[] {
  return [
    ...problems.map((p) => makeIssue(index, id, p.path, p.message, p.severity, source)),
    ...zodIssues.map((i) => makeIssue(index, id, i.path, describeZodIssue(i), 'error', source)),
  ];
}
