/**
 * Small helpers shared by the format adapters: reading loosely typed JSON, web addresses,
 * dates, bounded lists, and collecting records and issues.
 * @module
 */
import { makeIssue, type RecordIssue } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import type { AdapterOutput } from './adapter.js';

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

/** Where one source item came from, and the issue list its problems go to. */
export interface ItemContext {
  /** Position of the item in its source. */
  readonly index: number;
  /** The item's id, once known. */
  id?: string;
  /** `@graph[2]`, `achievement 3`… */
  readonly source: string;
  /** Issues of the whole adapter run. */
  readonly issues: RecordIssue[];
}

/**
 * Records a warning (the item is kept; something was ignored or assumed).
 *
 * @example
 * ```ts
 * warn(ctx, ['cost'], 'has no currency and was ignored');
 * ```
 */
export function warn(ctx: ItemContext, path: readonly PropertyKey[], detail: string): void {
  ctx.issues.push(makeIssue(ctx.index, ctx.id, path, detail, 'warning', ctx.source));
}

/**
 * Records an error (the item is not converted).
 *
 * @example
 * ```ts
 * fail(ctx, [], 'not converted: an endorsement is not a course');
 * ```
 */
export function fail(ctx: ItemContext, path: readonly PropertyKey[], detail: string): void {
  ctx.issues.push(makeIssue(ctx.index, ctx.id, path, detail, 'error', ctx.source));
}

/**
 * Cuts a list to {@link LIMITS.maxArrayLength} entries, with a warning when it was longer.
 *
 * @example
 * ```ts
 * capList(ctx, ['skills'], skills);
 * ```
 */
export function capList<T>(ctx: ItemContext, path: readonly PropertyKey[], list: T[]): T[] {
  if (list.length <= LIMITS.maxArrayLength) return list;
  warn(
    ctx,
    path,
    `has ${list.length.toLocaleString('en-GB')} entries; only the first ${LIMITS.maxArrayLength.toLocaleString('en-GB')} were kept`,
  );
  return list.slice(0, LIMITS.maxArrayLength);
}

/** Collects the records, sources, positions and issues of one adapter run. */
export interface Collector {
  readonly records: unknown[];
  readonly sources: (string | undefined)[];
  readonly positions: number[];
  readonly issues: RecordIssue[];
}

/**
 * A fresh, empty {@link Collector}.
 *
 * @example
 * ```ts
 * const out = newCollector();
 * ```
 */
export function newCollector(): Collector {
  return { records: [], sources: [], positions: [], issues: [] };
}

/**
 * Freezes a collector into an {@link AdapterOutput}.
 *
 * @example
 * ```ts
 * toOutput(newCollector()).records.length; // 0
 * ```
 */
export function toOutput(collector: Collector): AdapterOutput {
  return {
    records: collector.records,
    sources: collector.sources,
    positions: collector.positions,
    issues: collector.issues,
  };
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
