/**
 * An offering that names a known body and gives a web address imitating that body's own: weak
 * address evidence (a borrowed label, a typosquat), only noted alone, with the offering's own
 * claim pointing at the same body ("ARDMS-approved CME" on ardms-cme.org, which is not ARDMS's
 * ardms.org: blind mills rounds 23 and 35). For a recognised accreditor the claim itself is
 * impersonated (`claims.ts`); this is the same for a body that accredits nothing credence knows
 * of (a certification board, a professional body).
 * @module
 */
import type { Flag } from '../model/report.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';

/** Look-alike flags the provider's name or address already raised above a note. */
const SHOWN = new Set(['lookalike-domain', 'lookalike-provider']);

/** A warning when a claim names the body the provider's address imitates, unless one is shown. */
export function namedImitationFlags(offering: Offering): Flag[] {
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
  return [];
}
