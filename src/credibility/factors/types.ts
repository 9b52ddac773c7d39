/**
 * The result every credibility factor returns before weighting.
 * @module
 */
import type { FactorId } from '../../model/policy.js';
import type { Flag } from '../../model/report.js';

/** A factor's raw result. */
export interface FactorResult {
  readonly id: FactorId;
  /** 0–1. An unknown factor scores 0. */
  readonly score: number;
  /** Whether the catalogue gave the information this factor needs. */
  readonly known: boolean;
  /**
   * Known facts make this factor optional: it is an alternative to another factor (university
   * backing vs recognised accreditation). The evaluator leaves it out of the mean when that
   * gives the higher score. Missing data never sets this.
   */
  readonly optional?: boolean;
  readonly evidence: string[];
  readonly flags: Flag[];
}

/** Rounds to 3 decimals so reports are stable and readable. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Clamps to 0–1. */
export const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));
