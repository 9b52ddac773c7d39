/**
 * An offering that names a known body and gives a web address imitating that body's own: weak
 * address evidence (a borrowed label, a typosquat, the body's short name as a hyphenated part or
 * its short site label one typing slip off: `claimed-short-name.ts`), only noted alone, with the
 * offering's own claim pointing at the same body ("ARDMS-approved CME" on ardms-cme.org, which is
 * not ARDMS's ardms.org: blind mills rounds 23 and 35; the Dubai Health Authority's accreditation
 * on dha-cpd-portal.com: round 48). For a
 * recognised accreditor the claim itself is impersonated (`claims.ts`); this is the same for a
 * body that accredits nothing credence knows of (a certification board, a professional body, a
 * regulator).
 * @module
 */
import type { Flag } from '../model/report.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import { claimedBodyOnAddress } from './claimed-short-name.js';
import type { ResolvedClaim } from './claims.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';

/** Look-alike flags the provider's name or address already raised above a note. */
const SHOWN = new Set(['lookalike-domain', 'lookalike-provider']);

/** A warning when a claim names the body an address of the offering imitates, unless one is shown. */
export function namedImitationFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { provider, claims } = offering;
  if (provider.flags.some((f) => SHOWN.has(f.code) && f.severity !== 'info')) return [];
  const imitated = provider.imitates.filter((i) => i.basis === 'evidence');
  for (const claim of claims) {
    const named = imitated.find((i) => i.organisation === claim.organisation)?.organisation;
    if (named === undefined) continue;
    return [
      flag(
        'lookalike-domain',
        'warning',
        `It names ${named.name}, and its web address imitates ${named.name}'s${named.domains[0] ? ` (${named.domains[0]})` : ''} without being one of its sites.`,
      ),
    ];
  }
  if (provider.imitableAddresses.length === 0) return [];
  for (const claim of claims) {
    const body = namedBody(context, claim);
    if (body === undefined || body === provider.organisation) continue;
    const found = claimedBodyOnAddress(context, body, provider.imitableAddresses);
    if (found === undefined) continue;
    return [flag('lookalike-domain', 'warning', `It names ${body.name}, and ${found.evidence}.`)];
  }
  return [];
}

/**
 * The known body a claim names that is not a recognised accreditor's (whose claim `claims.ts`
 * reads): a regulator, or a known organisation that accredits nothing credence knows of.
 */
function namedBody(
  context: EvaluationContext,
  claim: ResolvedClaim,
): KnownOrganisation | undefined {
  if (claim.organisation) return claim.organisation;
  return claim.regulator === undefined
    ? undefined
    : context.reference.directory.byEntry('regulator', claim.regulator.id);
}
