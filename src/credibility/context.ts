/**
 * What every credibility rule reads besides the offering: the date, the policy and the reference
 * data, plus the batch whose results it may share.
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import { type Batch, createBatch } from './batch.js';
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
  /** Results shared across a batch; `undefined` when evaluating one offering on its own. */
  readonly batch: Batch | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of an ISO date, or `undefined` if it is not a real date. */
export function dayNumber(isoDate: string): number | undefined {
  if (!ISO_DATE.test(isoDate)) return undefined;
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2026-02-30 over to March; a real date reads back unchanged.
  if (new Date(ms).toISOString().slice(0, 10) !== isoDate) return undefined;
  return Math.floor(ms / 86_400_000);
}

/**
 * Validates options and builds a context; `batch` true shares results across the offerings
 * evaluated with it.
 */
export function createContext(options: EvaluateOptions, batch = false): EvaluationContext {
  const asOf = options?.asOf;
  const asOfDay = typeof asOf === 'string' ? dayNumber(asOf) : undefined;
  if (asOfDay === undefined) {
    throw new CredenceInputError(
      `asOf must be a real date written YYYY-MM-DD, got ${JSON.stringify(asOf)}; it fixes the date currency and expiry rules use`,
    );
  }
  return {
    asOf: asOf as string,
    asOfDay,
    policy: options.policy ?? DEFAULT_POLICY,
    reference: options.reference ?? defaultReference(),
    batch: batch ? createBatch() : undefined,
  };
}
