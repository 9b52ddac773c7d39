/**
 * What a credibility factor is: a rule that reads some facts of an offering, scores them and may
 * raise flags, and may declare the key its result depends on: offerings with equal keys then
 * share one result in a batch (`batch.ts`), which saves building the same evidence again. A
 * factor whose facts rarely repeat may declare none.
 * @module
 */
import type { Course } from '../../model/course.js';
import type { FactorId } from '../../model/policy.js';
import type { Flag } from '../../model/report.js';
import type { ResolvedClaim } from '../claims.js';
import type { EvaluationContext } from '../context.js';
import type { Identity } from '../identity.js';

/** A factor's raw result. */
export interface FactorResult {
  readonly id: FactorId;
  /** 0–1. An unknown factor scores 0. */
  readonly score: number;
  /** Whether the catalogue gave the information this factor needs. */
  readonly known: boolean;
  readonly evidence: readonly string[];
  readonly flags: readonly Flag[];
}

/** An offering with the facts every factor may read: its provider's identity and its claims. */
export interface Offering {
  readonly course: Course;
  readonly provider: Identity;
  readonly claims: readonly ResolvedClaim[];
}

/** A credibility factor: what it reads, the key of what it read, and how it scores it. */
export interface FactorRule<I> {
  readonly id: FactorId;
  /** The facts the rule reads from an offering. */
  read(offering: Offering, context: EvaluationContext): I;
  /**
   * A key that holds everything `score` depends on: equal keys, equal results. Shared facts
   * (identities) enter it by `ids`, a batch-unique number per object. Absent: not shared.
   */
  readonly key?: (input: I, ids: (shared: object) => number) => string | number;
  /**
   * The rule scores only what the offering says about itself (its assessment, its stated
   * essentials, its review date, its outcome evaluation): not credited when its own words are
   * shown deceptive (`penalties.selfReportedWhenDeceptive`).
   */
  readonly selfReported?: boolean;
  /** The rule. */
  score(input: I, context: EvaluationContext): FactorResult;
}

/** Rounds to 3 decimals so reports are stable and readable. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Clamps to 0–1. */
export const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

/** The result of a factor the catalogue said nothing about. */
export function unknownFactor(id: FactorId, evidence: string): FactorResult {
  return { id, score: 0, known: false, evidence: [evidence], flags: [] };
}
