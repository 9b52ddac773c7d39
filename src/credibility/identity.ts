/**
 * Who is really behind an offering. A provider (or partner) is *verified* when a web address that
 * speaks for it belongs to a known organisation or to a class of domain only certain bodies can
 * hold (academic, government, public health service), or when a curated learning platform lists
 * it under a known name; *registered* when only its exact name is known; *claimed* otherwise.
 * Claimed is neutral: most real organisations are in no list. Look-alike evidence
 * (`lookalike.ts`) is what turns a name or address into an accusation.
 * @module
 */
import type { Course, Partner, Provider } from '../model/course.js';
import type { ProviderType } from '../model/enums.js';
import type { Flag } from '../model/report.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Accreditor, Platform } from '../reference/schemas.js';
import type { WebAddress } from '../reference/web-address.js';
import { shared } from './batch.js';
import { imitableAddresses } from './claimed-short-name.js';
import type { EvaluationContext } from './context.js';
import { flag } from './flags.js';
import { byName } from './identity-by-name.js';
import { bySite } from './identity-by-site.js';
import {
  type IdentityBasis,
  type IdentityStatus,
  type Imitation,
  lookalikeFlag,
  type NamedOrganisation,
  organisationsNamed,
  platformOf,
  serviceOf,
  type Verdict,
} from './identity-verdict.js';
import { addressLookalike } from './lookalike.js';
import { mixedScriptFlags } from './mixed-script-writing.js';
import { type KindFromName, kindFromName } from './type-from-name.js';

export {
  type IdentityBasis,
  type IdentityStatus,
  type Imitation,
  type NamedOrganisation,
  organisationsNamed,
} from './identity-verdict.js';

/** What is known about an organisation named in a course. */
export interface Identity {
  /** The type to score: the registry's when known, else the catalogue's claim. */
  readonly type: ProviderType;
  /** `verified` by a web address or a curated platform; `registered`: exact name only; `claimed`. */
  readonly status: IdentityStatus;
  readonly basis: IdentityBasis;
  /** The known organisation it is, when verified or registered. */
  readonly organisation: KnownOrganisation | undefined;
  /** A university confirmed by web domain or by a curated platform (names alone never confirm one). */
  readonly verifiedUniversity: boolean;
  /**
   * A verified or registered body whose own offerings need neither external accreditation nor a
   * university behind them: a listed professional body (royal college, association, society), or
   * an organisation that is itself a recognised CPD approver. (A public body is not one: see
   * {@link Identity.publicBody}. A
   * verified university stands in for accreditation only by awarding academic credit: see the
   * university factor and `policy.alternatives`.)
   */
  readonly authoritative: boolean;
  /**
   * A verified or registered public body: a government or public health-service body (by its web
   * domain or a listed `publicBody` provider) or a regulator. Its own courses need no university
   * behind them, and count for accreditation as training under public clinical governance —
   * credible, but not independently accredited for CPD (`scores.publicBodyOwnCourse`).
   */
  readonly publicBody: boolean;
  /** The recognised CPD approver a verified provider itself is (a royal college's scheme). */
  readonly selfApprover: Accreditor | undefined;
  /** Known organisations the name or web address imitates, and on what basis. */
  readonly imitates: readonly Imitation[];
  /**
   * The imitation that contradicts the identity: look-alike evidence strong enough for a warning
   * or critical flag (weak evidence is only noted, and a known name on an unlisted site is not
   * evidence).
   */
  readonly contradictedBy: Imitation | undefined;
  /** The learning platform hosting the offering, if any. */
  readonly platform: Platform | undefined;
  /**
   * The provider's own address and the offering's page, where either could imitate a body: on no
   * known organisation's site and in no academic, health-service or government domain
   * (`claimed-short-name.ts`).
   */
  readonly imitableAddresses: readonly WebAddress[];
  /**
   * The offering's page, where the provider gives a site of its own and the page is on another
   * registrable domain: read against the body a claim names (`text-addresses.ts`), since the
   * rules here read such a page for strong evidence only (`withPageEvidence`).
   */
  readonly pageElsewhere: WebAddress | undefined;
  readonly evidence: readonly string[];
  readonly flags: readonly Flag[];
}

/**
 * Whether an organisation answers for what its offerings say of themselves: a university its web
 * address confirms, a public body, or a listed professional body or recognised CPD approver. Its
 * vague accreditation words, certificates of participation and promises are noted, not warned.
 *
 * @example
 * ```ts
 * answersForItsWords(resolveIdentity(context, { name: 'McGill University', type: 'university',
 *   url: 'https://www.mcgill.ca' })); // true
 * ```
 */
export const answersForItsWords = (identity: Identity): boolean =>
  identity.verifiedUniversity || identity.publicBody || identity.authoritative;

/**
/**
 * Look-alike evidence that contradicts an identity: strong evidence (critical), or a name that
 * itself imitates a known one (a misspelling, a borrowed brand). A known name on an address that
 * borrows its label is not enough: organisations run such sites themselves (cpd-umanitoba.com).
 */
function contradiction(verdict: Verdict): Imitation | undefined {
  const flagged = verdict.flags.some(
    (f) =>
      (f.code === 'lookalike-provider' && f.severity !== 'info') ||
      (f.code === 'lookalike-domain' && f.severity === 'critical'),
  );
  return flagged ? verdict.imitates?.find((i) => i.basis === 'evidence') : undefined;
}

/**
 * The verdict's type, or, when neither the catalogue nor the reference data says one, the kind the
 * name says (`type-from-name.ts`), with the evidence line that says so.
 */
function typeRead(
  org: NamedOrganisation,
  verdict: Verdict,
  read: KindFromName | undefined,
): Verdict {
  // The registry's type (a known organisation), or the domain class's, when it decided.
  if (read === undefined || verdict.organisation !== undefined) return verdict;
  if (verdict.type !== 'unknown' && verdict.type !== read.kind) return verdict;
  if (verdict.basis === 'academic-domain') return verdict;
  return {
    ...verdict,
    type: read.kind,
    evidence: [
      ...verdict.evidence,
      `"${org.name}": no type given; its name ("${read.words}") says ${read.kind}, a claim`,
    ],
  };
}

function finish(
  org: NamedOrganisation,
  reached: Verdict,
  read: KindFromName | undefined,
  imitable: readonly WebAddress[],
  pageElsewhere: WebAddress | undefined,
): Identity {
  const verdict = typeRead(org, reached, read);
  const organisation = verdict.organisation;
  // Most universities are in no list and many have no academic suffix: said, not held against it.
  // A name the reference data lists is still unconfirmed without its address (blind round 171:
  // "The University of Edinburgh" on a scraped learning-platform row was told the data did not
  // confirm it, while the provider's evidence said the data lists it).
  const unverifiedUniversity =
    verdict.status !== 'verified' && verdict.type === 'university'
      ? [
          flag(
            'unverified-university',
            'info',
            `"${org.name}" presents itself as a university; no web address of its own confirms it.`,
          ),
        ]
      : [];
  const verifiedUniversity = verdict.status === 'verified' && verdict.type === 'university';
  const publicBody =
    verdict.basis === 'government-domain' ||
    verdict.basis === 'health-service-domain' ||
    organisation?.role === 'regulator' ||
    (organisation?.role === 'provider' && organisation.entry.publicBody);
  const known = verdict.status !== 'claimed';
  // The usual advice names professional associations as the organisations to prefer: a listed one
  // speaks for its own courses (its own CPD is approved under its own scheme).
  const professionalBody =
    organisation?.role === 'provider' && organisation.entry.type === 'professional-body';
  return {
    type: verdict.type,
    status: verdict.status,
    basis: verdict.basis,
    organisation,
    verifiedUniversity,
    authoritative: known && (professionalBody || verdict.selfApprover !== undefined),
    publicBody: known && publicBody,
    selfApprover: verdict.selfApprover,
    imitates: verdict.imitates ?? [],
    contradictedBy: contradiction(verdict),
    platform: verdict.platform,
    imitableAddresses: imitable,
    pageElsewhere,
    evidence: verdict.evidence,
    flags: [...verdict.flags, ...unverifiedUniversity],
  };
}

/**
 * Resolves the identity of a provider or partner. `courseUrl` is the offering's own page: it
 * speaks for the provider when the provider gives no address of its own, unless it is on a
 * learning platform (a platform is a host, never the provider).
 *
 * @example
 * ```ts
 * resolveIdentity(context, { name: 'Johns Hopkins University', type: 'unknown' },
 *   'https://www.coursera.org/learn/data-science').basis; // 'platform-partner'
 * ```
 */
export function resolveIdentity(
  context: EvaluationContext,
  given: NamedOrganisation,
  courseUrl?: string,
): Identity {
  // A course built by hand rather than parsed may leave out the type, which parsing defaults.
  const org: NamedOrganisation = given.type === undefined ? { ...given, type: 'unknown' } : given;
  const { reference } = context;
  const own = reference.webAddress(org.url);
  const page = reference.webAddress(courseUrl);
  const ownPlatform = platformOf(context, own);
  const pagePlatform = platformOf(context, page);
  const site =
    own !== undefined && ownPlatform === undefined
      ? own
      : own === undefined && pagePlatform === undefined
        ? page
        : undefined;
  const platform = ownPlatform ?? (own === undefined ? pagePlatform : undefined);
  const named = shared(
    context.batch,
    'organisations-named',
    () => org.name,
    () => organisationsNamed(context, org.name),
  );
  // The kind the name says, when the catalogue gives no type: a curated platform's partner is then
  // registered under it like one whose type is given.
  const read = org.type === 'unknown' ? kindFromName(org.name) : undefined;
  const verdict =
    site !== undefined
      ? bySite(context, org, site, named.length > 0 ? named : serviceOf(context, org.name))
      : byName(context, read ? { ...org, type: read.kind } : org, named, platform);
  const checked =
    own !== undefined && site === own
      ? withPageEvidence(context, org, verdict, own, page)
      : verdict;
  const mixed = mixedScriptFlags(org, [own, page], checked.flags);
  return finish(
    org,
    {
      ...checked,
      platform: verdict.platform ?? platform,
      ...(mixed.length > 0 ? { flags: [...checked.flags, ...mixed] } : {}),
    },
    read,
    imitableAddresses(context, [own, page]),
    own !== undefined && page !== undefined && page.registrable !== own.registrable
      ? page
      : undefined,
  );
}

/**
 * The verdict, with strong look-alike evidence against the course's page when the provider gives
 * an address of its own and the page is on another host: a page whose address imitates a known body's
 * site in look-alike characters ("nursingwor1d.org", "асре-accredit.org") or embeds its domain
 * dresses the course as that body's. Weaker evidence (a borrowed label, one letter off) is not
 * read here: providers publish courses on partners', event and learning-system sites of many names.
 */
function withPageEvidence(
  context: EvaluationContext,
  org: NamedOrganisation,
  verdict: Verdict,
  own: WebAddress,
  page: WebAddress | undefined,
): Verdict {
  // The page may be on another host of the provider's own domain: a sub-domain that embeds a
  // known body's domain ("acn.edu.au.cpdhub-online.com", blind mills round 20) is read too.
  if (page === undefined || page.host === own.host || platformOf(context, page) !== undefined) {
    return verdict;
  }
  const found = addressLookalike(context, page);
  if (found === undefined || !found.strong) return verdict;
  // A page that imitates the provider's own site (under any of its entries) dresses nothing up.
  const imitatesOwnSite = found.target.domains.some(
    (d) => context.reference.webAddress(d)?.registrable === own.registrable,
  );
  if (found.target === verdict.organisation || imitatesOwnSite) return verdict;
  const onPage = { ...found, evidence: `the course's page is elsewhere: ${found.evidence}` };
  return {
    ...verdict,
    imitates: [...(verdict.imitates ?? []), { organisation: found.target, basis: 'evidence' }],
    evidence: [...verdict.evidence, onPage.evidence],
    flags: [...verdict.flags, lookalikeFlag(org, onPage, true)],
  };
}

/**
 * What an identity depends on: the name, the claimed type, and the web addresses up to their
 * path (`resolveIdentity` reads only their hosts, so this key is finer than it must be, and
 * costs no address parsing).
 */
function identityKey(org: NamedOrganisation, courseUrl: string | undefined): string {
  const own = org.url === undefined ? '' : originOf(org.url);
  const page = courseUrl === undefined ? '' : originOf(courseUrl);
  return `${org.name}\u0000${org.type}\u0000${own}\u0000${page === own ? '' : page}`;
}

/** A web address up to its path, query or fragment ("https://www.rcn.org.uk"). */
function originOf(address: string): string {
  const scheme = address.indexOf('://');
  const from = scheme < 0 ? 0 : scheme + 3;
  let end = address.length;
  for (const stop of ['/', '?', '#']) {
    const at = address.indexOf(stop, from);
    if (at >= 0 && at < end) end = at;
  }
  return address.slice(0, end);
}

/** Identity of the course's provider (shared across a batch). */
export function providerIdentity(context: EvaluationContext, course: Course): Identity {
  const provider: Provider = course.provider;
  return shared(
    context.batch,
    'provider-identity',
    () => identityKey(provider, course.url),
    () => resolveIdentity(context, provider, course.url),
  );
}

/** Identity of a partner (shared across a batch). */
export function partnerIdentity(context: EvaluationContext, partner: Partner): Identity {
  return shared(
    context.batch,
    'partner-identity',
    () => identityKey(partner, undefined),
    () => resolveIdentity(context, partner),
  );
}
