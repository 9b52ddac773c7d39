/**
 * Identifying an organisation with no web address of its own (none given, or a learning
 * platform's): by a curated platform that lists it, by its exact name in the reference data, or
 * not at all — claimed, neutral, unless the name itself imitates a known one.
 * @module
 */
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Platform } from '../reference/schemas.js';
import type { EvaluationContext } from './context.js';
import {
  approverOf,
  listedBodyVerdict,
  lookalikeFlag,
  type NamedOrganisation,
  nameEvidence,
  typeOf,
  type Verdict,
} from './identity-verdict.js';

/** Platforms where anyone may open an account and publish (the data's `kind`). */
const OPEN_TO_ANYONE: ReadonlySet<Platform['kind']> = new Set<Platform['kind']>([
  'marketplace',
  'learning-management-system',
  'badge-issuer',
]);

/** Identity when no web address speaks for the organisation (none given, or a platform's). */
export function byName(
  context: EvaluationContext,
  org: NamedOrganisation,
  named: readonly KnownOrganisation[],
  platform: Platform | undefined,
): Verdict {
  const label = `"${org.name}"`;
  const known = named[0];
  if (known?.role === 'unrecognised') return listedBodyVerdict(org, known, platform);
  if (known && platform) {
    return platform.curated
      ? {
          type: typeOf(known, org.type),
          status: 'verified',
          basis: 'platform-partner',
          organisation: known,
          selfApprover: approverOf(context, known),
          platform,
          evidence: [
            `${label} is ${known.name}, published on ${platform.name}, where only vetted partner institutions publish under their own names (${platform.source})`,
          ],
          flags: [],
        }
      : {
          type: org.type,
          status: 'claimed',
          basis: 'claim',
          platform,
          evidence: [
            `${label} matches ${known.name} by name, but ${platform.name} ${OPEN_TO_ANYONE.has(platform.kind) ? 'lets anyone publish under any name' : 'is not known to check who publishes there'}: identity not verified`,
          ],
          flags: [],
        };
  }
  if (platform?.curated && org.type !== 'unknown') {
    // A curated platform publishes only its vetted partners under their own names: the name is
    // a real partner's, even when the reference data does not know it.
    return {
      type: org.type,
      status: 'registered',
      basis: 'platform-partner',
      platform,
      evidence: [
        `${label} is published on ${platform.name}, where only vetted partner institutions publish under their own names (${platform.source}); not in the reference data`,
      ],
      flags: [],
    };
  }
  if (known) {
    return {
      type: typeOf(known, org.type),
      status: 'registered',
      basis: 'registry-name',
      organisation: known,
      selfApprover: approverOf(context, known),
      evidence: [
        `${label} matches ${known.name} in the reference data by name; no web address of its own to confirm it`,
      ],
      flags: [],
    };
  }
  const found = nameEvidence(context, org.name);
  const hosted = platform ? ` (published on ${platform.name})` : '';
  return {
    type: org.type,
    status: 'claimed',
    basis: 'claim',
    platform,
    imitates: found ? [{ organisation: found.target, basis: 'evidence' }] : [],
    evidence: [
      ...(found ? [`${label}: ${found.evidence}`] : []),
      `${label}: not in the reference data${hosted}: identity claimed, not verified`,
    ],
    flags: found ? [lookalikeFlag(org, found, false)] : [],
  };
}
