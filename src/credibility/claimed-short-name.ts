/**
 * A body an offering names (in an accreditation claim) whose own short name — its domain label
 * or acronym — is a hyphenated part of an address the offering gives that is no known
 * organisation's site: ACPE's credit on `acpe-accredit.net`, the Royal College's MOC on
 * `royalcollege-moc.com`, the Dubai Health Authority's accreditation "verifiable at"
 * `dha-cpd-portal.com` (blind mills round 48). Look-alike rule 12 (`lookalike.ts`) reads this for
 * a provider named as the body; a claim picks the body its short name stands for just as well.
 * Weak address evidence with the offering naming the same body: an accreditor's claim is
 * impersonated (`claims.ts`), another body's naming is a warning (`named-imitation.ts`). An
 * academic, health-service or government address is no imitation, nor is a provider that is the
 * body itself on a site of its own the data does not list.
 * @module
 */
import type { Course } from '../model/course.js';
import type { KnownOrganisation, OrganisationRole } from '../reference/organisation-directory.js';
import type { WebAddress } from '../reference/web-address.js';
import type { EvaluationContext } from './context.js';
import { type Lookalike, ownShortNameHost } from './lookalike.js';

/** The addresses an offering gives: its provider's and its page's. */
export type OfferingAddresses = Pick<Course, 'url'> & {
  readonly provider: Pick<Course['provider'], 'url'>;
};

/** The evidence that an address of the offering is built on `body`'s short name, if any. */
export function shortNameOnAddress(
  context: EvaluationContext,
  body: KnownOrganisation,
  offering: OfferingAddresses,
): Lookalike | undefined {
  for (const url of [offering.provider.url, offering.url]) {
    const address = url === undefined ? undefined : context.reference.webAddress(url);
    if (address === undefined || !mayImitate(context, address)) continue;
    const found = ownShortNameHost(context.reference, address, body);
    if (found) return found;
  }
  return undefined;
}

/**
 * An address that could imitate a body: a hyphenated registrable label (rule 12 reads only
 * hyphenated parts) that is no known organisation's site and not in an academic, health-service
 * or government domain.
 */
function mayImitate(context: EvaluationContext, address: WebAddress): boolean {
  const { reference } = context;
  if (!address.labels.at(-1)?.includes('-')) return false;
  if (reference.directory.byHost(address).length > 0) return false;
  return (['academic', 'health-service', 'government'] as const).every(
    (kind) => reference.domainRule(address, kind) === undefined,
  );
}

/** The directory's organisation for a listed entry of a role (an accreditor, a regulator). */
export function organisationOf(
  context: EvaluationContext,
  role: OrganisationRole,
  entry: { readonly id: string; readonly abbreviations: readonly string[] },
): KnownOrganisation | undefined {
  const { directory } = context.reference;
  const isEntry = (o: KnownOrganisation): boolean => o.role === role && o.id === entry.id;
  for (const abbreviation of entry.abbreviations) {
    const found = directory.byAcronym(abbreviation.toLowerCase()).find(isEntry);
    if (found) return found;
  }
  return directory.organisations.find(isEntry);
}
