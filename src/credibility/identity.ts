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
import type { Accreditor, DomainRule, Platform } from '../reference/schemas.js';
import { universityOfUnit } from '../reference/university-unit.js';
import type { WebAddress } from '../reference/web-address.js';
import { acronymKey, expandsAcronym, nameAlternatives, readName } from '../text/canonical-name.js';
import { shared } from './batch.js';
import type { EvaluationContext } from './context.js';
import { flag } from './flags.js';
import {
  addressLookalike,
  borrowedBrands,
  brandLookalike,
  type Lookalike,
  nameOnlyLookalike,
} from './lookalike.js';

/** What confirms an identity. */
export type IdentityBasis =
  | 'registry-domain'
  | 'academic-domain'
  | 'government-domain'
  | 'health-service-domain'
  | 'platform-partner'
  | 'registry-name'
  | 'claim';

/** What is known about an organisation named in a course. */
export interface Identity {
  /** The type to score: the registry's when known, else the catalogue's claim. */
  readonly type: ProviderType;
  /** `verified` by a web address or a curated platform; `registered`: exact name only; `claimed`. */
  readonly status: 'verified' | 'registered' | 'claimed';
  readonly basis: IdentityBasis;
  /** The known organisation it is, when verified or registered. */
  readonly organisation: KnownOrganisation | undefined;
  /** A university confirmed by web domain or by a curated platform (names alone never confirm one). */
  readonly verifiedUniversity: boolean;
  /**
   * A verified or registered body whose own offerings need neither external accreditation nor a
   * university behind them: a public body, a regulator, a listed professional body (royal college,
   * association, society), or an organisation that is itself a recognised CPD approver. (A verified university stands in for accreditation only by awarding
   * academic credit: see the university factor and `policy.alternatives`.)
   */
  readonly authoritative: boolean;
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
  readonly evidence: readonly string[];
  readonly flags: readonly Flag[];
}

/**
 * A known organisation a provider's name or web address imitates: by look-alike `evidence`, or
 * `name-only` — the name is the organisation's but the web address is none of its known sites.
 */
export interface Imitation {
  readonly organisation: KnownOrganisation;
  readonly basis: 'evidence' | 'name-only';
}

/** An organisation as a course names it. */
export interface NamedOrganisation {
  readonly name: string;
  readonly type: ProviderType;
  readonly url?: string | undefined;
}

/** Role preference when a name matches more than one list. */
const ROLE_ORDER: readonly KnownOrganisation['role'][] = [
  'university',
  'provider',
  'accreditor',
  'regulator',
  'platform',
  'unrecognised',
];

const byRole = (a: KnownOrganisation, b: KnownOrganisation): number =>
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.id < b.id ? -1 : 1);

/** Known organisations with this name (canonical), acronym, or a shorter complete form of it. */
export function organisationsNamed(
  context: EvaluationContext,
  name: string,
): readonly KnownOrganisation[] {
  const { directory } = context.reference;
  const reading = readName(name);
  for (const candidate of [name, ...nameAlternatives(name)]) {
    const { key, acronyms } = candidate === name ? reading : readName(candidate);
    const found = new Set<KnownOrganisation>(key === '' ? [] : directory.byKey(key));
    for (const o of directory.byAcronym(acronymKey(candidate))) found.add(o);
    // "X (ACR)": the acronym counts only when X is consistent with what it stands for.
    for (const a of acronyms) {
      for (const o of directory.byAcronym(a)) if (expandsAcronym(key, o.keys)) found.add(o);
    }
    if (found.size > 0) return [...found].sort(byRole);
  }
  // An institution's name in another word order or language ("Università Bocconi").
  const { key } = reading;
  if (/\b(?:university|college|school|institute)\b/.test(key)) {
    const university = directory.universityByWords(key);
    if (university) return [university];
  }
  // A known university's school, faculty or CME office ("University of Michigan Medical School").
  const parent = universityOfUnit(directory, key);
  return parent ? [parent] : [];
}

/** The look-alike evidence in a name alone (rules 1–3 of `lookalike.ts`), shared by name. */
function nameEvidence(context: EvaluationContext, name: string): Lookalike | undefined {
  return shared(
    context.batch,
    'name-lookalike',
    () => name,
    () => nameOnlyLookalike(context, name),
  );
}

/** The type a known organisation is scored as. */
function typeOf(organisation: KnownOrganisation, claimed: ProviderType): ProviderType {
  switch (organisation.role) {
    case 'university':
      return 'university';
    case 'provider':
      return organisation.entry.type;
    case 'accreditor':
      return organisation.entry.kind === 'regulator'
        ? 'healthcare-organisation'
        : 'professional-body';
    case 'regulator':
      return 'healthcare-organisation';
    case 'platform':
      return 'education-company';
    default:
      return claimed;
  }
}

/**
 * The recognised CPD approver an organisation is, or runs on its own web domain (the Royal
 * College of Nursing and its accreditation centre), if any. Generic CPD services do not count.
 */
function approverOf(
  context: EvaluationContext,
  organisation: KnownOrganisation,
): Accreditor | undefined {
  if (organisation.role === 'accreditor') {
    return organisation.entry.kind === 'generic-cpd-accreditor' ? undefined : organisation.entry;
  }
  if (organisation.role !== 'provider' && organisation.role !== 'university') return undefined;
  for (const domain of organisation.domains) {
    const accreditor = context.reference.findAccreditorByDomain(domain);
    if (accreditor && accreditor.kind !== 'generic-cpd-accreditor') return accreditor;
  }
  return undefined;
}

/** The recognised CPD approver among organisations sharing a verified site, if any. */
function approverAmong(
  context: EvaluationContext,
  organisations: readonly KnownOrganisation[],
): Accreditor | undefined {
  for (const o of organisations) {
    const approver = approverOf(context, o);
    if (approver) return approver;
  }
  return undefined;
}

interface Verdict {
  readonly type: ProviderType;
  readonly status: Identity['status'];
  readonly basis: IdentityBasis;
  readonly organisation?: KnownOrganisation | undefined;
  readonly selfApprover?: Accreditor | undefined;
  readonly platform?: Platform | undefined;
  readonly imitates?: readonly Imitation[];
  readonly evidence: string[];
  readonly flags: Flag[];
}

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

function finish(org: NamedOrganisation, verdict: Verdict): Identity {
  const organisation = verdict.organisation;
  // Most universities are in no list and many have no academic suffix: said, not held against it.
  const unverifiedUniversity =
    verdict.status !== 'verified' && verdict.type === 'university'
      ? [
          flag(
            'unverified-university',
            'info',
            `"${org.name}" presents itself as a university; neither its web address nor the reference data confirms it.`,
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
  // speaks for its own courses the way a public body does.
  const professionalBody =
    organisation?.role === 'provider' && organisation.entry.type === 'professional-body';
  return {
    type: verdict.type,
    status: verdict.status,
    basis: verdict.basis,
    organisation,
    verifiedUniversity,
    authoritative: known && (publicBody || professionalBody || verdict.selfApprover !== undefined),
    selfApprover: verdict.selfApprover,
    imitates: verdict.imitates ?? [],
    contradictedBy: contradiction(verdict),
    platform: verdict.platform,
    evidence: verdict.evidence,
    flags: [...verdict.flags, ...unverifiedUniversity],
  };
}

/** The platform a web address is on, if it is a known learning platform's. */
function platformOf(
  context: EvaluationContext,
  address: WebAddress | undefined,
): Platform | undefined {
  if (address === undefined) return undefined;
  for (const o of context.reference.directory.byHost(address)) {
    if (o.role === 'platform') return o.entry;
  }
  return undefined;
}

/** The domain-class rule a host falls under (academic, health service, government), if any. */
function domainClass(
  context: EvaluationContext,
  address: WebAddress,
): { rule: DomainRule; basis: IdentityBasis } | undefined {
  const { reference } = context;
  const academic = reference.domainRule(address, 'academic');
  if (academic) return { rule: academic, basis: 'academic-domain' };
  const health = reference.domainRule(address, 'health-service');
  if (health) return { rule: health, basis: 'health-service-domain' };
  const government = reference.domainRule(address, 'government');
  if (government) return { rule: government, basis: 'government-domain' };
  return undefined;
}

/**
 * The flag for look-alike evidence against a provider's name or web address. Strong evidence is
 * critical. Weak evidence against a name (a misspelling, a borrowed academic brand) is a warning;
 * against a web address alone (a borrowed label, a one-letter difference) it is only noted:
 * organisations run sites under many names of their own (cpd-umanitoba.com, hseland.ie), so a
 * borrowed label becomes an accusation only beside a claim of that organisation's accreditation
 * (`claims.ts`: impersonated accreditor).
 */
function lookalikeFlag(org: NamedOrganisation, found: Lookalike, viaAddress: boolean): Flag {
  return viaAddress
    ? flag(
        'lookalike-domain',
        found.strong ? 'critical' : 'info',
        `${capitalise(found.evidence)}; "${org.name}" is not verified as ${found.target.name}.`,
      )
    : flag(
        'lookalike-provider',
        found.strong ? 'critical' : 'warning',
        `${capitalise(found.evidence)}; it is not a recognised name.`,
      );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Identity when a web address that speaks for the organisation is known. */
function bySite(
  context: EvaluationContext,
  org: NamedOrganisation,
  site: WebAddress,
  named: readonly KnownOrganisation[],
): Verdict {
  const label = `"${org.name}"`;
  const owners = [...context.reference.directory.byHost(site)].sort(byRole);
  if (owners.length > 0) {
    const owner = owners.find((o) => named.includes(o)) ?? (owners[0] as KnownOrganisation);
    if (owner.role === 'unrecognised') {
      return {
        type: org.type,
        status: 'claimed',
        basis: 'claim',
        evidence: [
          `${label}: web address ${site.displayHost} belongs to ${owner.name}, a body listed as unrecognised`,
        ],
        flags: [
          flag(
            'unrecognised-provider',
            'critical',
            `The web address ${site.displayHost} belongs to ${owner.name}, which published lists name as an unrecognised or mill body.`,
          ),
        ],
      };
    }
    const also =
      named.length > 0 && !named.includes(owner) ? ` (the offering names ${named[0]?.name})` : '';
    return {
      type: typeOf(owner, org.type),
      status: 'verified',
      basis: 'registry-domain',
      organisation: owner,
      selfApprover: approverAmong(context, owners),
      evidence: [
        `${label}: web address ${site.displayHost} belongs to ${owner.name} (reference data)${also}`,
      ],
      flags: [],
    };
  }
  const cls = domainClass(context, site);
  if (cls) {
    // An academic domain's holder is an academic institution, or a learned body or academic
    // medical centre the registry admits (boa.ac.uk, hopkinscme.edu): it is a university unless
    // the catalogue says what else it is.
    const type: ProviderType =
      cls.basis === 'academic-domain'
        ? org.type === 'unknown'
          ? 'university'
          : org.type
        : org.type === 'professional-body' || org.type === 'university'
          ? org.type
          : 'healthcare-organisation';
    return {
      type,
      status: 'verified',
      basis: cls.basis,
      evidence: [
        `${label}: web address ${site.displayHost} is under .${cls.rule.suffix}, which ${cls.rule.strength === 'restricted' ? 'only' : 'by convention'} ${cls.basis === 'academic-domain' ? 'recognised academic institutions' : cls.basis === 'government-domain' ? 'government bodies' : 'public health services'} hold (${cls.rule.source})`,
      ],
      flags: [],
    };
  }
  const found = shared(
    context.batch,
    'address-lookalike',
    () => site.host,
    () => addressLookalike(context, site),
  );
  if (named.length > 0) return knownNameElsewhere(org, site, named[0] as KnownOrganisation, found);
  const brands = shared(
    context.batch,
    'borrowed-brands',
    () => org.name,
    () => borrowedBrands(context, org.name),
  );
  const byName = nameEvidence(context, org.name) ?? brandLookalike(context, org.name, site, brands);
  const flags: Flag[] = [];
  const imitates: Imitation[] = [];
  if (byName) {
    flags.push(lookalikeFlag(org, byName, false));
    imitates.push({ organisation: byName.target, basis: 'evidence' });
  }
  if (found) {
    flags.push(lookalikeFlag(org, found, true));
    imitates.push({ organisation: found.target, basis: 'evidence' });
  }
  return {
    type: org.type,
    status: 'claimed',
    basis: 'claim',
    imitates,
    evidence: [
      ...(byName ? [`${label}: ${byName.evidence}`] : []),
      ...(found ? [`${label}: ${found.evidence}`] : []),
      `${label}: not in the reference data and ${site.displayHost} is not a recognised domain: identity claimed, not verified`,
    ],
    flags,
  };
}

/**
 * A known organisation's name on a web address that is none of its known sites. Organisations
 * keep sites the reference data does not list, so that alone is noted, not held against it; an
 * address made to look like the organisation's (its name spelt out, its label borrowed) is a
 * warning, and a confusable or embedded copy of its domain is critical. Either way its identity
 * is unconfirmed, and its own accreditation claimed from there does not count (`claims.ts`).
 */
function knownNameElsewhere(
  org: NamedOrganisation,
  site: WebAddress,
  known: KnownOrganisation,
  found: Lookalike | undefined,
): Verdict {
  const label = `"${org.name}"`;
  const imitation: Imitation = { organisation: known, basis: found ? 'evidence' : 'name-only' };
  const base = {
    type: org.type,
    status: 'claimed' as const,
    basis: 'claim' as const,
    imitates:
      found && found.target !== known
        ? [imitation, { organisation: found.target, basis: 'evidence' as const }]
        : [imitation],
  };
  if (found?.strong) {
    return {
      ...base,
      evidence: [`${label} is the name of ${known.name}, but ${found.evidence}`],
      flags: [
        flag(
          'lookalike-provider',
          'critical',
          `"${org.name}" uses the name of ${known.name} on ${site.displayHost}, a web address that imitates its site (${found.evidence}).`,
        ),
      ],
    };
  }
  // The same label under another suffix (relias.co.uk for relias.com) is how organisations name
  // their national sites.
  const sameLabel = known.domains.some(
    (d) => d.split('.')[0] === site.labels[site.labels.length - 1],
  );
  if (found !== undefined && found.target === known && !sameLabel) {
    return {
      ...base,
      evidence: [`${label} is the name of ${known.name}, but ${found.evidence}`],
      flags: [
        flag(
          'lookalike-domain',
          'warning',
          `"${org.name}" is presented on ${site.displayHost}, an address made to look like ${known.name}'s, which is none of its known sites${known.domains[0] ? ` (${known.domains[0]})` : ''}; check it really comes from them.`,
        ),
      ],
    };
  }
  // Noted, not held against it: the name is the organisation's, nothing shows the address imitates it.
  return {
    ...base,
    imitates: [{ organisation: known, basis: 'name-only' }],
    evidence: [
      `${label} matches ${known.name} by name, but ${site.displayHost} is not one of its known sites: identity not verified`,
    ],
    flags: [
      flag(
        'provider-domain-mismatch',
        'info',
        `${org.name} is a known organisation, but this offering's web address (${site.displayHost}) is not one of its known sites${known.domains[0] ? ` (${known.domains[0]})` : ''}; check it really comes from them.`,
      ),
    ],
  };
}

/** Identity when no web address speaks for the organisation (none given, or a platform's). */
function byName(
  context: EvaluationContext,
  org: NamedOrganisation,
  named: readonly KnownOrganisation[],
  platform: Platform | undefined,
): Verdict {
  const label = `"${org.name}"`;
  const known = named[0];
  if (known?.role === 'unrecognised') {
    return {
      type: org.type,
      status: 'claimed',
      basis: 'claim',
      platform,
      evidence: [`${label} is ${known.name}, a body listed as unrecognised`],
      flags: [
        flag(
          'unrecognised-provider',
          'critical',
          `${org.name} is named in published lists of unrecognised or mill bodies.`,
        ),
      ],
    };
  }
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
            `${label} matches ${known.name} by name, but ${platform.name} lets anyone publish under any name: identity not verified`,
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
  org: NamedOrganisation,
  courseUrl?: string,
): Identity {
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
  const verdict =
    site !== undefined ? bySite(context, org, site, named) : byName(context, org, named, platform);
  return finish(org, { ...verdict, platform: verdict.platform ?? platform });
}

/**
 * What an identity depends on: the name, the claimed type, and the web addresses up to their
 * path (`resolveIdentity` reads only their hosts, so this key is finer than it must be, and
 * costs no address parsing).
 */
function identityKey(org: NamedOrganisation, courseUrl: string | undefined): string {
  const own = org.url === undefined ? '' : originOf(org.url);
  const page = own === '' && courseUrl !== undefined ? originOf(courseUrl) : '';
  return `${org.name}\u0000${org.type}\u0000${own}\u0000${page}`;
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
