/**
 * Combining factor results into a report: the weighted mean with alternatives resolved,
 * red-flag penalties, the grade (capped by a critical flag; `U` when too little is known and
 * nothing deceptive was found) and confidence.
 * @module
 */
import type { Grade } from '../model/enums.js';
import type { FactorId, Policy } from '../model/policy.js';
import type { CredibilityReport, FactorReport, Flag } from '../model/report.js';
import type { EvaluationContext } from './context.js';
import type { FactorResult } from './factors/types.js';
import { round3 } from './factors/types.js';
import { flag, isDeceptive, showsDeceptiveWords, sortFlags } from './flags.js';
import type { Identity } from './identity.js';

/**
 * Grade for a score under the policy's bands (A–E; `U` is decided by {@link combine}, which knows
 * the confidence).
 *
 * @example
 * ```ts
 * gradeFor(72, DEFAULT_POLICY); // 'B'
 * ```
 */
export function gradeFor(score: number, policy: Policy): Exclude<Grade, 'U'> {
  const b = policy.gradeBands;
  return score >= b.A ? 'A' : score >= b.B ? 'B' : score >= b.C ? 'C' : score >= b.D ? 'D' : 'E';
}

/**
 * A way of weighting the factors: the results left out (bit `i` of `omitted` for `results[i]`),
 * each result's weight (its share of the policy weights kept; 0 when left out), and the weighted
 * mean.
 */
interface Weighting {
  readonly omitted: number;
  readonly weights: readonly number[];
  readonly score: number;
}

const isOmitted = (w: Weighting, i: number): boolean => (w.omitted & (1 << i)) !== 0;

/** The weighted mean of the results (weighed by `weights`) with those in `omitted` left out. */
function weightedMean(
  weights: readonly number[],
  results: readonly FactorResult[],
  omitted: number,
): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < results.length; i++) {
    if ((omitted & (1 << i)) !== 0) continue;
    total += weights[i] as number;
    sum += (weights[i] as number) * (results[i] as FactorResult).score;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * The best way of weighting: alternatives, not additions — an optional factor leaves the mean only
 * when that raises the score, so adding information never lowers it. Every subset of the
 * optional factors is tried.
 */
function bestWeighting(
  policy: Policy,
  results: readonly FactorResult[],
  optional: readonly FactorId[],
): Weighting {
  const policyWeights = results.map((r) => policy.weights[r.id]);
  let optionalBits = 0;
  for (let i = 0; i < results.length; i++) {
    if (optional.includes((results[i] as FactorResult).id)) optionalBits |= 1 << i;
  }
  let omitted = 0;
  let score = weightedMean(policyWeights, results, 0);
  for (let subset = 1; subset <= optionalBits; subset++) {
    if ((subset & ~optionalBits) !== 0) continue;
    const trial = weightedMean(policyWeights, results, subset);
    if (trial > score + 1e-12) {
      omitted = subset;
      score = trial;
    }
  }
  let total = 0;
  for (let i = 0; i < results.length; i++) {
    if ((omitted & (1 << i)) === 0) total += policyWeights[i] as number;
  }
  const weights = policyWeights.map((w, i) =>
    (omitted & (1 << i)) !== 0 || total === 0 ? 0 : w / total,
  );
  return { omitted, weights, score };
}

/**
 * The factors that known facts make alternatives: accreditation when a verified university awards
 * academic credit or the provider is itself an authority (a listed professional body, a
 * recognised approver); university backing when recognised accreditation is there, or the
 * provider is such an authority or a public body. Missing data never makes a factor optional.
 */
function optionalFactors(
  policy: Policy,
  results: readonly FactorResult[],
  identity: Identity,
): FactorId[] {
  const out: FactorId[] = [];
  const accreditation = results.find((r) => r.id === 'accreditation');
  const university = results.find((r) => r.id === 'university');
  if (
    (university?.score ?? 0) >= policy.alternatives.universityStandsInFrom ||
    identity.authoritative
  ) {
    out.push('accreditation');
  }
  if (
    (accreditation?.known === true &&
      accreditation.score >= policy.alternatives.accreditationStandsInFrom) ||
    identity.authoritative ||
    identity.publicBody
  ) {
    out.push('university');
  }
  return out;
}

/** Why a left-out factor is not applicable. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  accreditation:
    'not applicable: a verified university awarding academic credit, or a provider that is itself an authority (a listed professional body or a recognised approver), stands in for CPD accreditation',
  university:
    'not applicable: recognised accreditation, or a provider that is itself an authority or a public body, stands in for university backing',
};

/**
 * A factor's entry in a report. Its evidence is the factor result's own frozen list (results are
 * shared across a batch, so a catalogue's reports hold a few thousand evidence lists, not seven
 * copies per offering); a left-out factor's list gains the reason it is not applicable.
 */
function factorReport(r: FactorResult, weight: number, omitted: boolean): FactorReport {
  return {
    id: r.id,
    score: round3(r.score),
    weight: round3(weight),
    known: r.known,
    evidence: omitted ? Object.freeze([...r.evidence, NOT_APPLICABLE[r.id] as string]) : r.evidence,
  };
}

/**
 * The factor results as credited: when the offering is shown to make a false claim (a flag of
 * {@link showsDeceptiveWords}), what it says about itself keeps only
 * `penalties.selfReportedWhenDeceptive` of its score, with the reason in its evidence. What it
 * says about itself: the factors `isSelfReported` names, its accreditation claims unless our
 * data says who approves its courses (a recognised approver's or a public body's own), and — when
 * nothing verifies its identity — the kind of body it says it is (the provider factor then scores
 * only the catalogue's stated type).
 */
export function creditedResults(
  policy: Policy,
  results: readonly FactorResult[],
  content: readonly Flag[],
  identity: Identity,
  isSelfReported: (id: FactorId) => boolean,
): readonly FactorResult[] {
  let shown = content.find(showsDeceptiveWords);
  for (const r of results) shown ??= r.flags.find(showsDeceptiveWords);
  if (shown === undefined) return results;
  const share = policy.penalties.selfReportedWhenDeceptive;
  const ownWord = (id: FactorId): boolean =>
    isSelfReported(id) ||
    (id === 'accreditation' && !identity.authoritative && !identity.publicBody) ||
    (id === 'provider' && identity.status === 'claimed');
  return results.map((r) =>
    !ownWord(r.id) || r.score === 0
      ? r
      : {
          ...r,
          score: r.score * share,
          evidence: Object.freeze([
            ...r.evidence,
            `not taken at its word (× ${share}): the offering is shown to make a false claim (${shown.code})`,
          ]),
        },
  );
}

/** The penalty red flags bring: the multiplier, one evidence line per flag, and a critical cap. */
interface Penalty {
  readonly multiplier: number;
  readonly lines: readonly string[];
  readonly critical: boolean;
}

const NO_PENALTY: Penalty = Object.freeze({
  multiplier: 1,
  lines: Object.freeze([]),
  critical: false,
});

/** The penalty red flags bring (see {@link Penalty}). */
function penaltyOf(policy: Policy, flags: readonly Flag[]): Penalty {
  if (!flags.some(isDeceptive)) return NO_PENALTY;
  let multiplier = 1;
  let critical = false;
  const lines: string[] = [];
  for (const f of flags) {
    if (!isDeceptive(f)) continue;
    const factor =
      f.severity === 'critical' ? policy.penalties.critical : policy.penalties.deceptiveWarning;
    if (f.severity === 'critical') critical = true;
    multiplier *= factor;
    lines.push(`${f.severity}: ${f.code} (× ${factor})`);
  }
  return { multiplier: Math.max(multiplier, policy.penalties.floor), lines, critical };
}

/**
 * Combines the seven factor results (in report order) and the flags read from the offering's own
 * text into the report for offering `id`.
 */
export function combine(
  context: EvaluationContext,
  id: string,
  results: readonly FactorResult[],
  content: readonly Flag[],
  identity: Identity,
): CredibilityReport {
  const { policy } = context;
  const best = bestWeighting(policy, results, optionalFactors(policy, results, identity));
  const { weights } = best;
  let known = 0;
  for (let i = 0; i < results.length; i++) {
    if ((results[i] as FactorResult).known) known += weights[i] as number;
  }
  const confidence = round3(known);
  const gathered: Flag[] = [];
  for (const r of results) for (const f of r.flags) gathered.push(f);
  for (const f of content) gathered.push(f);
  const unrated = confidence < policy.thresholds.minConfidence;
  if (unrated) {
    gathered.push(
      flag(
        'insufficient-information',
        'info',
        `Too little information to grade: only ${Math.round(confidence * 100)}% of the evidence credence weighs is stated.`,
      ),
    );
  }
  const flags = sortFlags(gathered);
  const penalty = penaltyOf(policy, flags);
  let score = Math.round(best.score * penalty.multiplier * 1000) / 10;
  let grade: Grade = gradeFor(score, policy);
  if (penalty.critical) {
    const capIndex = 'ABCDE'.indexOf(policy.criticalGradeCap);
    if ('ABCDE'.indexOf(grade) < capIndex) {
      grade = policy.criticalGradeCap;
      const bands = policy.gradeBands as Record<string, number>;
      const upper = capIndex === 0 ? 100 : (bands['ABCD'[capIndex - 1] as string] ?? 100) - 0.1;
      score = Math.min(score, Math.round(upper * 10) / 10);
    }
  }
  // Not knowing is its own answer. Without deceptive red flags, an offering is unrated (U) when
  // too little is known, or when only what the catalogue left unsaid holds it in D or E: the
  // facts that are known would grade it C or better, or weigh too little to grade it (an
  // assessment type alone). D and E are earned by evidence: an
  // unverified provider is not evidence either way (absence from our lists is not evidence), and
  // transparency, the share of essentials the row states, counts only in the offering's favour:
  // what a row leaves out is missing information, not evidence (blind round 36: a society's
  // quiz, 0.5, graded E for a scraped row stating 4 of 12 essentials).
  if (!flags.some(isDeceptive)) {
    // The evidence: known factors, an unverified provider aside; transparency where it helps.
    let evidenceWeight = 0;
    let evidenceSum = 0;
    let transparency: { weight: number; score: number } | undefined;
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as FactorResult;
      if (!r.known || (r.id === 'provider' && identity.status === 'claimed')) continue;
      if (r.id === 'transparency') transparency = { weight: weights[i] as number, score: r.score };
      else {
        evidenceWeight += weights[i] as number;
        evidenceSum += (weights[i] as number) * r.score;
      }
    }
    const without = evidenceWeight === 0 ? 0 : evidenceSum / evidenceWeight;
    const evidenceScore = transparency
      ? Math.max(
          without,
          (evidenceSum + transparency.weight * transparency.score) /
            (evidenceWeight + transparency.weight),
        )
      : without;
    const heldDownByUnknowns =
      (grade === 'D' || grade === 'E') &&
      (evidenceScore * 100 >= policy.gradeBands.C ||
        evidenceWeight < policy.thresholds.minEvidenceWeight);
    if (unrated || heldDownByUnknowns) grade = 'U';
  }
  const factors: FactorReport[] = results.map((r, i) =>
    factorReport(r, weights[i] as number, isOmitted(best, i)),
  );
  if (penalty.multiplier < 1) {
    factors.push({
      id: 'red-flags',
      score: round3(penalty.multiplier),
      weight: 0,
      known: true,
      evidence: Object.freeze([
        `weighted score ${Math.round(best.score * 1000) / 10} × ${round3(penalty.multiplier)} for red flags`,
        ...penalty.lines,
      ]),
    });
  }
  return { id, score, grade, confidence, flags, factors };
}
