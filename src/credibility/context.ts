/**
 * What every factor needs: the date, the policy, the reference and per-batch caches.
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import { DEFAULT_POLICY } from './defaults.js';

/** Options accepted by the evaluator. */
export interface EvaluateOptions {
  /** The date (YYYY-MM-DD) currency and expiry rules use. Required: results depend on it. */
  readonly asOf: string;
  /** A complete policy (see `resolvePolicy`); defaults to {@link DEFAULT_POLICY}. */
  readonly policy?: Policy;
  /** Reference data; defaults to the bundled data. */
  readonly reference?: Reference;
}

/** Resolved evaluation context. */
export interface EvaluationContext {
  readonly asOf: string;
  /** `asOf` as days since 1970-01-01 (UTC). */
  readonly asOfDay: number;
  readonly policy: Policy;
  readonly reference: Reference;
  /**
   * Memoises pure lookups within one batch (same name → same answer), one map per kind, keyed by
   * strings or, on hot paths, small integers.
   */
  readonly memo: Map<string, Map<string | number, unknown>>;
  /** Whether whole report bodies are still worth memoising in this batch, and how often they missed. */
  readonly reportMemo: { lookups: number; misses: number; enabled: boolean };
  /** The next batch-unique small id (for interned values and shared results). */
  readonly idCounter: { next: number };
  /** Whether reports carry their factor entries (false: summaries for ranking only). */
  readonly evidence: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of an ISO date, or `undefined` if it is not one. */
export function dayNumber(isoDate: string): number | undefined {
  if (!ISO_DATE.test(isoDate)) return undefined;
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

/**
 * Validates options and builds a context; with `evidence` false, reports are summaries without
 * factor entries (see `summarizeCatalog`).
 */
export function createContext(options: EvaluateOptions, evidence = true): EvaluationContext {
  const asOf = options?.asOf;
  const asOfDay = typeof asOf === 'string' ? dayNumber(asOf) : undefined;
  if (asOfDay === undefined) {
    throw new CredenceInputError(
      `asOf must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(asOf)}; it fixes the date currency and expiry rules use`,
    );
  }
  return {
    asOf: asOf as string,
    asOfDay,
    policy: options.policy ?? DEFAULT_POLICY,
    reference: options.reference ?? defaultReference(),
    memo: new Map(),
    reportMemo: { lookups: 0, misses: 0, enabled: true },
    idCounter: { next: 0 },
    evidence,
  };
}

/** Entries one memo namespace keeps before it starts afresh (bounds memory on huge batches). */
const MEMO_LIMIT = 100_000;

/** The batch cache for `namespace` (created on first use). */
export function memoTable<K extends string | number, T>(
  context: EvaluationContext,
  namespace: string,
): Map<K, T> {
  let map = context.memo.get(namespace);
  if (map === undefined) {
    map = new Map();
    context.memo.set(namespace, map);
  }
  return map as Map<K, T>;
}

/** Stores `value` in a batch cache, starting it afresh when full (bounds memory on huge batches). */
export function remember<K, T>(table: Map<K, T>, key: K, value: T): T {
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

/**
 * Memoises `compute(context, arg)` under `key` in the context's batch cache for `namespace`. Pass what
 * `compute` needs as `arg` (with a function defined once, not a new closure) on hot paths: a
 * cache hit then allocates nothing.
 */
export function memoize<T, A = undefined>(
  context: EvaluationContext,
  namespace: string,
  key: string | number,
  compute: (context: EvaluationContext, arg: A) => T,
  arg?: A,
): T {
  const map = memoTable<string | number, T>(context, namespace);
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as T;
  return remember(map, key, compute(context, arg as A));
}

/** A small number standing for `value` within one batch (equal strings, equal numbers). */
export function intern(context: EvaluationContext, namespace: string, value: string): number {
  const map = memoTable<string, number>(context, namespace);
  const known = map.get(value);
  return known ?? remember(map, value, context.idCounter.next++);
}
