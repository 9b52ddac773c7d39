/**
 * Provider factor: the provider's type, scored in full when its identity is verified, a little
 * less when only its exact name is known, and at the lower "claimed" value otherwise; nothing when
 * its name or web address imitates a known organisation. A provider
 * of unknown type that nothing identifies leaves the factor unknown: not knowing is not a fault.
 * @module
 */
import type { Identity } from '../identity.js';
import { type FactorRule, unknownFactor } from './types.js';

/** Scores who runs the offering. */
export const providerFactor: FactorRule<Identity> = {
  id: 'provider',
  read: ({ provider }) => provider,
  key: (identity, ids) => ids(identity),
  score(identity, { policy }) {
    const evidence = [...identity.evidence];
    if (identity.type === 'unknown') {
      evidence.push(
        'provider type unknown: scores 0 until the catalogue or the reference data says what kind of organisation it is',
      );
      return { ...unknownFactor('provider', ''), evidence, flags: identity.flags };
    }
    const imitated = identity.contradictedBy;
    if (imitated) {
      const score = policy.scores.imitatingProvider;
      evidence.push(
        `its name or web address imitates ${imitated.organisation.name}: ${score.toFixed(2)} whatever its stated type`,
      );
      return { id: 'provider', score, known: true, evidence, flags: identity.flags };
    }
    const scores = policy.scores.providerTypes[identity.type];
    const score =
      identity.status === 'verified'
        ? scores.verified
        : identity.status === 'registered'
          ? scores.verified * policy.scores.registeredShare
          : scores.claimed;
    evidence.push(
      `${identity.type} provider, identity ${identity.status}: ${score.toFixed(2)} (verified ${scores.verified}, claimed ${scores.claimed})`,
    );
    return { id: 'provider', score, known: true, evidence, flags: identity.flags };
  },
};
