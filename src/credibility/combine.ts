/**
 * Combining factor results into a report body: the weighted mean with alternatives resolved,
 * red-flag penalties, the grade (capped by a critical flag) and confidence.
 * @module
 */
import type { Grade } from '../model/enums.js';
import type { Policy } from '../model/policy.js';
import type { CredibilityReport, CredibilitySummary, FactorReport, Flag } from '../model/report.js';
import { type EvaluationContext, memoTable, remember } from './context.js';
import type { FactorResult } from './factors/types.js';
import { round3 } from './factors/types.js';
import { flagSetOf, insufficientFlag } from './flag-sets.js';

/**
 * A factor result shared by every offering in a batch whose inputs decide the same result, with
 * a batch-unique id (so combinations of results have short keys) and its report entries, built
 * once per weighting.
 */
export interface SharedFactor {
  readonly id: number;
  readonly result: FactorResult;
  /** The result's score, known flag and flags, copied so hot loops read one object shape. */
  readonly score: number;
  readonly known: boolean;
  readonly flags: readonly Flag[];
  /** Frozen report entries by which alternatives were left out (see {@link combine}). */
  readonly entries: (FactorReport | undefined)[];
}

/** Flags read from an offering's own text, shared by offerings with the same flags. */
export interface SharedFlags {
  readonly id: number;
  readonly flags: readonly Flag[];
}

/** Wraps a factor result for sharing within a batch. */
export function shareFactor(context: EvaluationContext, result: FactorResult): SharedFactor {
  return {
    id: context.idCounter.next++,
    result,
    score: result.score,
    known: result.known,
    flags: result.flags,
    entries: [],
  };
}

/** Positions of the alternative factors in the factor list (the report's factor order). */
const ACCREDITATION = 1;
const UNIVERSITY = 2;

/**
 * Grade for a score under the policy's bands.
 *
 * @example
 * ```ts
 * gradeFor(72, DEFAULT_POLICY); // 'B'
 * ```
 */
export function gradeFor(score: number, policy: Policy): Grade {
  const b = policy.gradeBands;
  return score >= b.A ? 'A' : score >= b.B ? 'B' : score >= b.C ? 'C' : score >= b.D ? 'D' : 'E';
}

/**
 * Each factor's weight, normalised over the factors not in `omit` (a bit per position). The
 * factor order is fixed, so a batch computes this once per combination of left-out alternatives.
 */
function weightsFor(
  context: EvaluationContext,
  factors: readonly SharedFactor[],
  omit: number,
): readonly number[] {
  const table = memoTable<number, readonly number[]>(context, 'weights');
  const known = table.get(omit);
  if (known !== undefined) return known;
  const raw = factors.map((f, i) =>
    (omit & (1 << i)) !== 0 ? 0 : context.policy.weights[f.result.id],
  );
  const total = raw.reduce((a, b) => a + b, 0);
  return remember(
    table,
    omit,
    raw.map((w) => (total === 0 ? 0 : w / total)),
  );
}

/** Weighted mean of the factor scores under `weights`. */
function weightedScore(factors: readonly SharedFactor[], weights: readonly number[]): number {
  let score = 0;
  for (let i = 0; i < factors.length; i++) score += weights[i]! * factors[i]!.score;
  return score;
}

/**
 * Combines the seven factor results (in report order) and the flags read from the offering's own
 * text into the report for offering `id` (its flags and factor entries frozen, for sharing), or
 * into its summary when the context keeps no evidence.
 */
export function combine(
  context: EvaluationContext,
  id: string,
  factors: readonly SharedFactor[],
  content: readonly Flag[],
): CredibilityReport | CredibilitySummary {
  const { policy } = context;
  const accreditation = factors[ACCREDITATION]!;
  const university = factors[UNIVERSITY]!;
  // Alternatives, not additions: recognised healthcare accreditation makes university backing
  // optional, and a verified university awarding academic credit makes CPD accreditation
  // optional. An optional factor leaves the mean only when that raises the score (so adding
  // information never lowers it); missing data never makes a factor optional.
  // Positions that may be left out, in order (accreditation before university): no array is
  // built per offering.
  const optionalAccreditation = university.score >= 0.9;
  const optionalUniversity = accreditation.known && accreditation.score >= 0.85;
  let weights = weightsFor(context, factors, 0);
  let best = weightedScore(factors, weights);
  let omitted = 0;
  for (let index = ACCREDITATION; index <= UNIVERSITY; index++) {
    if (index === ACCREDITATION ? !optionalAccreditation : !optionalUniversity) continue;
    const trial = omitted | (1 << index);
    const trialWeights = weightsFor(context, factors, trial);
    const candidate = weightedScore(factors, trialWeights);
    if (candidate > best + 1e-12) {
      best = candidate;
      omitted = trial;
      weights = trialWeights;
    }
  }
  let known = 0;
  for (let i = 0; i < factors.length; i++) {
    if (factors[i]!.known) known += weights[i]!;
  }
  const confidence = round3(known);
  const insufficient =
    confidence < policy.thresholds.minConfidence
      ? insufficientFlag(context, Math.round(confidence * 100))
      : undefined;
  const { flags, penalty } = flagSetOf(context, factors, content, insufficient);
  // Red flags that signal deception multiply the weighted score down (a critical flag by
  // `penalties.critical`, each deceptive warning by `penalties.deceptiveWarning`); a critical
  // flag also caps the grade. The 'red-flags' entry in `factors` explains the multiplier.
  let score = Math.round(best * penalty.multiplier * 1000) / 10;
  let grade = gradeFor(score, policy);
  if (penalty.critical) {
    const capIndex = 'ABCDE'.indexOf(policy.criticalGradeCap);
    if ('ABCDE'.indexOf(grade) < capIndex) {
      grade = policy.criticalGradeCap;
      const bands = policy.gradeBands as Record<string, number>;
      const upper = capIndex === 0 ? 100 : (bands['ABCD'[capIndex - 1]!] ?? 100) - 0.1;
      score = Math.min(score, Math.round(upper * 10) / 10);
    }
  }
  if (!context.evidence) return { id, score, grade, confidence, flags: flags as Flag[] };
  // Reports outlive the batch: their arrays are allocated at their exact size.
  const penalised = penalty.multiplier < 1;
  const entries: FactorReport[] = new Array(factors.length + (penalised ? 1 : 0));
  for (let i = 0; i < factors.length; i++) {
    entries[i] = factorEntry(factors[i]!, i, omitted, weights[i]!);
  }
  if (penalised) {
    const evidence: string[] = new Array(penalty.evidence.length + 1);
    evidence[0] = penaltyLine(context, best, penalty.multiplier);
    for (let i = 0; i < penalty.evidence.length; i++) evidence[i + 1] = penalty.evidence[i]!;
    entries[factors.length] = {
      id: 'red-flags',
      score: round3(penalty.multiplier),
      weight: 0,
      known: true,
      evidence,
    };
  }
  return {
    id,
    score,
    grade,
    confidence,
    flags: flags as Flag[],
    factors: Object.freeze(entries) as FactorReport[],
  };
}

/**
 * Factor `i`'s report entry. It depends only on the shared result and on which alternatives
 * were left out (which fixes its weight), so it is built once per result and weighting.
 */
function factorEntry(
  shared: SharedFactor,
  i: number,
  omitted: number,
  weight: number,
): FactorReport {
  const slot = (omitted & 0b110) >> 1;
  const cached = shared.entries[slot];
  if (cached !== undefined) return cached;
  const r = shared.result;
  const omit = (omitted & (1 << i)) !== 0;
  const entry: FactorReport = Object.freeze({
    id: r.id,
    score: round3(r.score),
    weight: round3(weight),
    known: r.known,
    evidence: Object.freeze(
      omit
        ? [
            ...r.evidence,
            r.id === 'university'
              ? 'not applicable: recognised accreditation stands in for university backing'
              : 'not applicable: a verified university awarding academic credit stands in for CPD accreditation',
          ]
        : [...r.evidence],
    ) as string[],
  });
  shared.entries[slot] = entry;
  return entry;
}

/** "weighted score … × … for red flags", shared by reports with the same two numbers. */
function penaltyLine(context: EvaluationContext, best: number, multiplier: number): string {
  const tenths = Math.round(best * 1000);
  const mille = Math.round(multiplier * 1000);
  const key = tenths * 1024 + mille;
  const lines = memoTable<number, string>(context, 'penalty-first-lines');
  return (
    lines.get(key) ??
    remember(lines, key, `weighted score ${tenths / 10} × ${mille / 1000} for red flags`)
  );
}
