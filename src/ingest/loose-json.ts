/**
 * Reading loosely typed JSON, as the format adapters meet it: objects and lists that may be
 * single values, text that may be a number, web addresses and dates that may be malformed.
 * @module
 */
import { LIMITS } from '../model/limits.js';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** Most nodes an adapter visits when indexing one document (bounds hostile input). */
export const MAX_WALK_NODES = 200_000;

/**
 * Visits every object in a JSON document, depth-first, at most {@link LIMITS.maxDepth} levels
 * deep and {@link MAX_WALK_NODES} nodes in all, skipping the values of `skipKeys`. Used to index
 * the nodes of JSON-LD and Open Badges documents without trusting their size or shape.
 *
 * @example
 * ```ts
 * walkObjects([{ id: 'a', child: { id: 'b' } }], new Set(), (o) => console.log(o.id)); // a, b
 * ```
 */
export function walkObjects(
  roots: readonly unknown[],
  skipKeys: ReadonlySet<string>,
  onObject: (value: JsonObject) => void,
): void {
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > LIMITS.maxDepth || visited > MAX_WALK_NODES) return;
    visited++;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    onObject(value);
    for (const key of Object.keys(value)) if (!skipKeys.has(key)) visit(value[key], depth + 1);
  };
  for (const root of roots) visit(root, 0);
}

/**
 * Whether a value is a plain JSON object (not null, not an array).
 *
 * @example
 * ```ts
 * isObject({}); // true
 * ```
 */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A value as a list: `undefined`/`null` → `[]`, a list as is, anything else → `[value]`.
 *
 * @example
 * ```ts
 * asList('a'); // ['a']
 * ```
 */
export function asList(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The trimmed string, or `undefined` when the value is not a non-empty string.
 *
 * @example
 * ```ts
 * str('  x '); // 'x'
 * ```
 */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/**
 * A finite number from a number or a numeric string.
 *
 * @example
 * ```ts
 * num('12.5'); // 12.5
 * ```
 */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/**
 * The `type` (or `@type`) of a node as a list of strings.
 *
 * @example
 * ```ts
 * typesOf({ type: ['VerifiableCredential', 'OpenBadgeCredential'] }); // both
 * ```
 */
export function typesOf(node: unknown): string[] {
  if (!isObject(node)) return [];
  return asList(node.type ?? node['@type']).filter((t): t is string => typeof t === 'string');
}

/**
 * Parses an http(s) address; `undefined` for anything else.
 *
 * @example
 * ```ts
 * httpUrl('https://a.example/x')?.hostname; // 'a.example'
 * ```
 */
export function httpUrl(value: unknown): URL | undefined {
  const s = str(value);
  if (s === undefined || !/^https?:\/\//i.test(s)) return undefined;
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

/**
 * A web host without a leading `www.`.
 *
 * @example
 * ```ts
 * hostName('https://www.wgu.edu/x'); // 'wgu.edu'
 * ```
 */
export function hostName(value: unknown): string | undefined {
  const url = httpUrl(value);
  return url === undefined ? undefined : url.hostname.replace(/^www\./i, '');
}

/**
 * The `YYYY-MM-DD` part of an ISO date or date-time; `undefined` when it is not one.
 *
 * @example
 * ```ts
 * isoDay('2030-01-01T00:00:00Z'); // '2030-01-01'
 * ```
 */
export function isoDay(value: unknown): string | undefined {
  const s = str(value);
  const match =
    s === undefined ? null : /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  return match ? match[1] : undefined;
}

/**
 * Case-insensitively de-duplicated, trimmed, non-empty strings, in first-seen order.
 *
 * @example
 * ```ts
 * uniqueTexts(['ECG', 'ecg', ' ', 'CPR']); // ['ECG', 'CPR']
 * ```
 */
export function uniqueTexts(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const s = str(value);
    if (s === undefined) continue;
    const key = s.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/**
 * Removes keys whose value is `undefined`, an empty list or an empty object, recursively.
 *
 * @example
 * ```ts
 * compact({ a: undefined, b: [], c: { d: 1 } }); // { c: { d: 1 } }
 * ```
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((v) => compact(v)).filter((v) => !isEmpty(v)) as T;
  }
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    const c = compact(child);
    // defineProperty, not assignment: a key named "__proto__" must stay a plain field (reported
    // later by the sanitiser) instead of replacing the copy's prototype.
    if (!isEmpty(c)) {
      Object.defineProperty(out, key, {
        value: c,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out as T;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}
