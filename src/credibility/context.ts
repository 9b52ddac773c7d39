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
  /** Memoises pure lookups within one batch (same name → same answer), one map per kind. */
  readonly memo: Map<string, Map<string, unknown>>;
  /** Small integer ids for memoised objects, so composite keys stay short. */
  readonly ids: Map<object, number>;
  /** Whether whole report bodies are still worth memoising in this batch, and how often they hit. */
  readonly reportMemo: { lookups: number; hits: number; enabled: boolean };
  /** Memo maps keyed by small integers (cheaper than string keys on hot paths). */
  readonly numericMemo: Map<string, Map<number, unknown>>;
  /** The next id {@link objectId} hands out. */
  readonly idCounter: { next: number };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of an ISO date, or `undefined` if it is not one. */
export function dayNumber(isoDate: string): number | undefined {
  if (!ISO_DATE.test(isoDate)) return undefined;
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

/** Validates options and builds a context. */
export function createContext(options: EvaluateOptions): EvaluationContext {
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
    ids: new Map(),
    numericMemo: new Map(),
    reportMemo: { lookups: 0, hits: 0, enabled: true },
    idCounter: { next: 0 },
  };
}

/** Entries one memo namespace keeps before it starts afresh (bounds memory on huge batches). */
const MEMO_LIMIT = 100_000;

/** Memoises `compute()` under `key` in the context's batch cache for `namespace`. */
export function memoize<T>(
  context: EvaluationContext,
  namespace: string,
  key: string,
  compute: () => T,
): T {
  let map = context.memo.get(namespace);
  if (map === undefined) {
    map = new Map();
    context.memo.set(namespace, map);
  }
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as T;
  const value = compute();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** A stable small id for an object within one batch (used to key composite memo entries). */
export function objectId(context: EvaluationContext, value: object): number {
  const known = context.ids.get(value);
  if (known !== undefined) return known;
  const id = context.idCounter.next++;
  context.ids.set(value, id);
  return id;
}

/** A small number standing for `value` within one batch (equal strings, equal numbers). */
export function intern(context: EvaluationContext, namespace: string, value: string): number {
  return memoize(context, namespace, value, () => context.idCounter.next++);
}

/** Like {@link memoize}, keyed by a small non-negative integer. */
export function memoizeNumeric<T>(
  context: EvaluationContext,
  namespace: string,
  key: number,
  compute: () => T,
): T {
  let map = context.numericMemo.get(namespace);
  if (map === undefined) {
    map = new Map();
    context.numericMemo.set(namespace, map);
  }
  const hit = map.get(key);
  if (hit !== undefined) return hit as T;
  const value = compute();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}
