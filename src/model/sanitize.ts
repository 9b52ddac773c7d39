/**
 * Neutralises hostile JSON before validation: reserved keys (`__proto__`, `constructor`,
 * `prototype`) are dropped and reported, lists beyond the limit are cut to their first entries
 * (warning), and oversize strings, objects and nesting are reported as errors instead of being
 * processed. The result is a fresh copy made of plain
 * objects and arrays, so nothing the caller holds is changed.
 * @module
 */
import { LIMITS } from './limits.js';

/** Keys that could reach an object's prototype if copied by assignment. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * Whether a value is a plain object (not null, not a list).
 *
 * @example
 * ```ts
 * isPlainObject({}); // true
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A lookup table as a `Map`, so that a key such as `constructor` or `__proto__` read from a file
 * finds nothing instead of `Object.prototype`'s own members.
 *
 * @example
 * ```ts
 * ownTable({ pound: 'GBP' }).get('constructor'); // undefined
 * ```
 */
export function ownTable<T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(record));
}

/** A problem found while sanitising, with the path at which it was found. */
export interface SanitizeProblem {
  /** Path from the record's root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, without the path. */
  readonly message: string;
  /** `error` rejects the record; `warning` means something was removed and the record kept. */
  readonly severity: 'error' | 'warning';
}

/** The sanitised value and the problems found. */
export interface SanitizeResult {
  readonly value: unknown;
  readonly problems: readonly SanitizeProblem[];
}

const describeLength = (n: number): string => n.toLocaleString('en-GB');

/**
 * Copies `input`, dropping reserved keys and reporting values beyond {@link LIMITS}.
 *
 * @example
 * ```ts
 * const { value, problems } = sanitizeJson(JSON.parse('{"__proto__": {"x": 1}, "id": "a"}'));
 * // value: { id: 'a' }; problems: one warning about "__proto__"
 * ```
 */
export function sanitizeJson(input: unknown): SanitizeResult {
  const problems: SanitizeProblem[] = [];
  const path: (string | number)[] = [];

  const visit = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
    if (typeof value === 'string') {
      if (value.length > LIMITS.maxStringLength) {
        problems.push({
          path: [...path],
          severity: 'error',
          message: `is ${describeLength(value.length)} characters long; the limit is ${describeLength(LIMITS.maxStringLength)}`,
        });
        return value.slice(0, LIMITS.maxStringLength);
      }
      return value;
    }
    if (value === undefined) return undefined;
    if (typeof value !== 'object') {
      problems.push({
        path: [...path],
        severity: 'error',
        message: `holds a ${typeof value}, which is not JSON data`,
      });
      return undefined;
    }
    if (depth >= LIMITS.maxDepth) {
      problems.push({
        path: [...path],
        severity: 'error',
        message: `is nested more than ${LIMITS.maxDepth} levels deep`,
      });
      return undefined;
    }
    if (Array.isArray(value)) {
      let length = value.length;
      if (length > LIMITS.maxArrayLength) {
        problems.push({
          path: [...path],
          severity: 'warning',
          message: `has ${describeLength(length)} entries; only the first ${describeLength(LIMITS.maxArrayLength)} were read`,
        });
        length = LIMITS.maxArrayLength;
      }
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) {
        path.push(i);
        out.push(visit(value[i], depth + 1));
        path.pop();
      }
      return out;
    }
    if (value instanceof Date) return value.toISOString();
    const keys = Object.keys(value);
    if (keys.length > LIMITS.maxObjectKeys) {
      problems.push({
        path: [...path],
        severity: 'error',
        message: `has ${describeLength(keys.length)} fields; the limit is ${describeLength(LIMITS.maxObjectKeys)}`,
      });
      return {};
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (RESERVED_KEYS.has(key)) {
        problems.push({
          path: [...path, key],
          severity: 'warning',
          message: 'is a reserved name and was ignored',
        });
        continue;
      }
      path.push(key);
      const child = visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (child !== undefined) out[key] = child;
    }
    return out;
  };

  return { value: visit(input, 0), problems };
}
