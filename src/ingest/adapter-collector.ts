/**
 * What a format adapter collects from one run: the records it converted, where each came from,
 * and an issue for everything it ignored, assumed or could not convert.
 * @module
 */
import { makeIssue, type RecordIssue } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import type { AdapterOutput } from './adapter.js';

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
