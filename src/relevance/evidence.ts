/**
 * The one evidence formula: how strongly one course field says something (a word, or a
 * taxonomy concept) given how often it says it and how long the field is — BM25's saturation
 * and length normalisation, capped at the field's weight — and how fields combine.
 * @module
 */
import { BM25 } from './defaults.js';

/**
 * Evidence (0 – `weight`) of `tf` mentions in a field of `length` terms, where fields of this
 * kind average `averageLength` terms: one mention in a field of average length or shorter is
 * the field's full weight; in a longer field it takes more mentions; more mentions never go
 * past the weight. `b` is the field's length normalisation (0: length does not matter).
 *
 * @example
 * ```ts
 * fieldEvidence(1, 4, 4, 1); // 1: a title mention
 * fieldEvidence(1, 150, 50, 0.55); // ≈ 0.28: one passing mention in a long description
 * ```
 */
export function fieldEvidence(
  tf: number,
  length: number,
  averageLength: number,
  weight: number,
  b: number = BM25.b,
): number {
  if (tf <= 0) return 0;
  const norm = 1 - b + (b * length) / (averageLength > 0 ? averageLength : 1);
  const saturated = (tf * (BM25.k1 + 1)) / (tf + BM25.k1 * norm);
  return weight * Math.min(1, saturated);
}

/**
 * Evidence from several fields together, as independent witnesses (a noisy-or): a title and an
 * outcome saying the same thing are stronger than either.
 *
 * @example
 * ```ts
 * combineEvidence(0.55, 0.85); // 0.9325
 * ```
 */
export function combineEvidence(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

/** Evidence stored in one byte: steps of 1/250. */
export const EVIDENCE_STEPS = 250;

/** Evidence (0–1) as a byte. */
export const toByte = (evidence: number): number =>
  Math.round(Math.min(1, Math.max(0, evidence)) * EVIDENCE_STEPS);
