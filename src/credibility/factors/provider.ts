/**
 * Provider factor: the provider's type, scored higher when its identity is verified.
 * @module
 */
import type { Course } from '../../model/course.js';
import type { EvaluationContext } from '../context.js';
import { PROVIDER_TYPE_SCORES } from '../defaults.js';
import { providerIdentity } from '../identity.js';
import type { FactorResult } from './types.js';

/** Scores who runs the offering. */
export function providerFactor(context: EvaluationContext, course: Course): FactorResult {
  const identity = providerIdentity(context, course);
  const evidence = [...identity.evidence];
  const scores = PROVIDER_TYPE_SCORES[identity.type];
  if (scores === undefined) {
    evidence.push(
      'provider type unknown: scores 0 until the catalogue says what kind of organisation it is',
    );
    return { id: 'provider', score: 0, known: false, evidence, flags: identity.flags };
  }
  const verified = identity.status !== 'claimed';
  const score = verified
    ? identity.status === 'verified'
      ? scores.verified
      : scores.verified * 0.9
    : scores.claimed;
  evidence.push(
    `${identity.type} provider, identity ${identity.status}: ${score.toFixed(2)} (verified ${scores.verified}, claimed ${scores.claimed})`,
  );
  return { id: 'provider', score, known: true, evidence, flags: identity.flags };
}
