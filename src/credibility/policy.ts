/**
 * Merging a user's partial policy over the defaults. Weights that do not sum to 1 are
 * normalised, with a warning that says so (all-zero weights are an error).
 * @module
 */
import { CredenceValidationError } from '../model/errors.js';
import { issueAt } from '../model/issues.js';
import { parsePolicyInput } from '../model/parse.js';
import type { Policy, PolicyInput } from '../model/policy.js';
import { DEFAULT_POLICY } from './defaults.js';

/**
 * Validates a partial policy and merges it over {@link DEFAULT_POLICY}.
 *
 * @example
 * ```ts
 * const { policy, warnings } = resolvePolicy({ weights: { accreditation: 0.5 } });
 * // weights renormalised to sum to 1; warnings explains it
 * ```
 */
export function resolvePolicy(input?: unknown): { policy: Policy; warnings: string[] } {
  if (input === undefined) return { policy: DEFAULT_POLICY, warnings: [] };
  const parsed: PolicyInput = parsePolicyInput(input);
  const warnings: string[] = [];
  const weights = { ...DEFAULT_POLICY.weights, ...parsed.weights };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  if (total <= 0) {
    throw new CredenceValidationError(
      [issueAt({ index: 0, label: 'the policy' }, ['weights'], 'must not all be 0')],
      'policy',
    );
  }
  if (Math.abs(total - 1) > 1e-9) {
    for (const key of Object.keys(weights) as (keyof typeof weights)[]) {
      weights[key] = weights[key] / total;
    }
    warnings.push(
      `credence: policy weights summed to ${Number(total.toFixed(4))}; they were divided by that sum so they add up to 1`,
    );
  }
  const policy: Policy = {
    weights,
    gradeBands: parsed.gradeBands ?? DEFAULT_POLICY.gradeBands,
    criticalGradeCap:
      (parsed.criticalGradeCap as Policy['criticalGradeCap'] | undefined) ??
      DEFAULT_POLICY.criticalGradeCap,
    thresholds: { ...DEFAULT_POLICY.thresholds, ...parsed.thresholds },
    scores: mergeScores(parsed.scores),
    alternatives: { ...DEFAULT_POLICY.alternatives, ...parsed.alternatives },
    lookalike: { ...DEFAULT_POLICY.lookalike, ...parsed.lookalike },
    penalties: { ...DEFAULT_POLICY.penalties, ...parsed.penalties },
    ranking: { ...DEFAULT_POLICY.ranking, ...parsed.ranking },
  };
  return { policy, warnings };
}

/** The default factor scores with a user's partial scores merged over them, table by table. */
function mergeScores(input: PolicyInput['scores']): Policy['scores'] {
  const base = DEFAULT_POLICY.scores;
  if (input === undefined) return base;
  const parsed = input as Partial<Policy['scores']>;
  return {
    ...base,
    ...parsed,
    providerTypes: { ...base.providerTypes, ...parsed.providerTypes },
    accreditorKinds: { ...base.accreditorKinds, ...parsed.accreditorKinds },
    assessmentTypes: { ...base.assessmentTypes, ...parsed.assessmentTypes },
    outcomeLevels: { ...base.outcomeLevels, ...parsed.outcomeLevels },
  };
}
