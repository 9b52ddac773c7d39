/**
 * Identifying an organisation by a web address that speaks for it: a known organisation's site,
 * a restricted class of domain (academic, government, public health service), or neither — then
 * the look-alike rules read the address, and a known name on a site that is not its own is noted,
 * warned about or, on strong evidence, critical.
 * @module
 */
import type { ProviderType } from '../model/enums.js';
import type { Flag } from '../model/report.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { DomainRule } from '../reference/schemas.js';
import type { WebAddress } from '../reference/web-address.js';
import { readName } from '../text/canonical-name.js';
import { shared } from './batch.js';
import { shortLabelSlip } from './claimed-short-name.js';
import type { EvaluationContext } from './context.js';
import { flag } from './flags.js';
import {
  approverAmong,
  byRole,
  type IdentityBasis,
  type Imitation,
  listedBodyVerdict,
  lookalikeFlag,
  type NamedOrganisation,
  nameEvidence,
  typeOf,
  type Verdict,
} from './identity-verdict.js';
import {
  addressLookalike,
  borrowedBrands,
  brandLookalike,
  type Lookalike,
  nameEchoes,
  nameIsOfficeOf,
  ownShortNameHost,
} from './lookalike.js';
import { opensWithSiteLabel } from './lookalike-address.js';
import { governmentSuffixWritten } from './lookalike-government.js';
import { royalTitleOnCommercialSite } from './royal-title.js';

/** Shortest name word a host is read for (shorter ones, "of", "cpd", are in many hosts). */
const SPELLED_WORD_MIN_LENGTH = 4;

/**
 * Two or more words of the organisation's name (of 4+ letters, as its canonical key writes them)
 * that the host's registrable labels spell, or `undefined`.
 */
function spelledNameWords(site: WebAddress, known: KnownOrganisation): string[] | undefined {
  const host = site.labels.join('').replace(/-/g, '');
  const words = readName(known.name)
    .key.split(' ')
    .filter((w) => w.length >= SPELLED_WORD_MIN_LENGTH && host.includes(w));
  return words.length >= 2 ? words : undefined;
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

/** Identity when a web address that speaks for the organisation is known. */
export function bySite(
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
  const found = addressLookalike(context, site);
  // A host imitating a known body's in confusable characters is no holder of its suffix's class:
  // such labels are not what registries of academic or public domains admit (`rсp.ac.uk`, with a
  // Cyrillic "с", for rcp.ac.uk: blind mills round 25).
  const cls = found?.rule === 'confusable-host' ? undefined : domainClass(context, site);
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
  const known = named[0];
  if (known?.role === 'unrecognised') return listedBodyVerdict(org, known);
  const verdict = known
    ? knownNameElsewhere(context, org, site, named, found)
    : unknownSite(context, org, site, found);
  return withGovernmentSuffix(org, site, verdict);
}

/**
 * Rule 13 of the look-alike rules: a private address that writes a government suffix into its
 * labels is critical, whoever it imitates.
 */
function withGovernmentSuffix(org: NamedOrganisation, site: WebAddress, verdict: Verdict): Verdict {
  const suffix = governmentSuffixWritten(site);
  // A known government body's domain embedded there is rule 6's finding, already critical.
  const critical = verdict.flags.some(
    (f) => f.code === 'lookalike-domain' && f.severity === 'critical',
  );
  if (suffix === undefined || critical) return verdict;
  const evidence = `the web address ${site.displayHost} writes "${suffix}", a government or academic domain suffix, into a private address`;
  return {
    ...verdict,
    evidence: [...verdict.evidence, `"${org.name}": ${evidence}`],
    flags: [
      ...verdict.flags,
      flag(
        'lookalike-domain',
        'critical',
        `${evidence.charAt(0).toUpperCase()}${evidence.slice(1)}: such bodies' sites are under that suffix itself, so "${org.name}" is presented on an address made to pass for one of theirs.`,
      ),
    ],
  };
}

/**
 * Identity on a site neither known nor of a restricted class, for a name the data does not know.
 */
function unknownSite(
  context: EvaluationContext,
  org: NamedOrganisation,
  site: WebAddress,
  found: Lookalike | undefined,
): Verdict {
  const label = `"${org.name}"`;
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
    // Rule 11: the name points at the body the address imitates.
    const echo = found.strong
      ? undefined
      : nameEchoes(context, org.name, found.target)
        ? 'is its name with one word changed'
        : nameIsOfficeOf(context, org.name, found.target, site)
          ? 'is its short name as a CPD or accreditation office'
          : found.rule === 'borrowed-label' && opensWithSiteLabel(site, found.target, org.name)
            ? "is on an address that opens with that site's name"
            : undefined;
    flags.push(lookalikeFlag(org, found, true, echo));
    imitates.push({ organisation: found.target, basis: 'evidence' });
  }
  const royal = flags.length === 0 && royalTitleOnCommercialSite(org.name, site);
  if (royal) {
    flags.push(
      flag(
        'lookalike-provider',
        'warning',
        `"${org.name}" takes a royal title, which the Crown grants, but is no royal college or academy credence knows, and it is presented on a commercial web address (${site.displayHost}): check it is the chartered body it sounds like.`,
      ),
    );
  }
  return {
    type: org.type,
    status: 'claimed',
    basis: 'claim',
    imitates,
    evidence: [
      ...(byName ? [`${label}: ${byName.evidence}`] : []),
      ...(found ? [`${label}: ${found.evidence}`] : []),
      ...(royal
        ? [`${label}: a royal title on a commercial web address (${site.displayHost})`]
        : []),
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
  context: EvaluationContext,
  org: NamedOrganisation,
  site: WebAddress,
  named: readonly KnownOrganisation[],
  byAddress: Lookalike | undefined,
): Verdict {
  const known = named[0] as KnownOrganisation;
  // Rule 12: the address is built on the named body's own short name, or on a slip of its own
  // short site label (`rcpl-ireland.ie` for "RCPI Online Learning": blind mills round 90).
  const found =
    byAddress ?? ownShortNameHost(site, known) ?? shortLabelSlip(context, known, [site]);
  const label = `"${org.name}"`;
  // The address imitates the organisation named, under any of its entries (a royal college is
  // listed as a provider and as the accreditor of its CPD scheme; Stanford University's site and
  // Stanford Medicine's CME office share stanford.edu).
  const registrable = (domain: string) => context.reference.webAddress(domain)?.registrable;
  const knownSites = new Set(known.domains.map(registrable));
  const imitatesNamed =
    found !== undefined &&
    (named.includes(found.target) ||
      found.target.domains.some((d) => knownSites.has(registrable(d))));
  const imitation: Imitation = { organisation: known, basis: found ? 'evidence' : 'name-only' };
  const base = {
    type: org.type,
    status: 'claimed' as const,
    basis: 'claim' as const,
    imitates:
      found && !imitatesNamed
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
  // their national sites, and their own acronym how they name their other sites (eaccme.eu).
  const sameLabel =
    known.domains.some((d) => d.split('.')[0] === site.labels[site.labels.length - 1]) ||
    (found?.rule === 'borrowed-acronym' && imitatesNamed);
  // Its label as a subdomain of another site is how hosting services name their tenants
  // (rcog.eventsair.com, an event platform's site for the RCOG's conference: blind round 149).
  const tenant = site.labels
    .slice(0, -1)
    .some((l) => known.domains.some((d) => d.split('.')[0] === l));
  // A body whose sites the data does not know cannot be shown imitated by a site's name
  // ("maharashtramedicalcouncil.in" for the Maharashtra Medical Council, listed without one).
  if (found !== undefined && imitatesNamed && !sameLabel && !tenant && known.domains.length > 0) {
    // Universities' continuing-education offices run sites under such names of their own
    // (McGill's course-mcgill.ca, the University of Manitoba's cpd-umanitoba.com: five blind rounds
    // met them, and no mill of the corpus used a university's own name so): noted, not warned.
    // A claim of the university's own approval from such a site is still not counted.
    return {
      ...base,
      evidence: [`${label} is the name of ${known.name}, but ${found.evidence}`],
      flags: [
        flag(
          'lookalike-domain',
          known.role === 'university' ? 'info' : 'warning',
          `"${org.name}" is presented on ${site.displayHost}, an address made to look like ${known.name}'s, which is none of its known sites${known.domains[0] ? ` (${known.domains[0]})` : ''}; check it really comes from them.`,
        ),
      ],
    };
  }
  // Noted, not held against it: the name is the organisation's, nothing shows the address imitates
  // it. With no address of its own, the course's page may be a partner's or an event's site
  // (stepsforward.org for the AMA), but not one whose address spells the body's name: that is
  // the body's own other site or an imitation of it, and is read as an address the provider gives
  // as its own (royalcollegeofphysicianscanada.com for the Royal College of Physicians and Surgeons
  // of Canada, blind mills round 18; insidehopkinsmedicine.org for Johns Hopkins Medicine, round 26).
  const pageOnly = org.url === undefined && spelledNameWords(site, known) === undefined;
  return {
    ...base,
    imitates: [{ organisation: known, basis: pageOnly ? 'page-only' : 'name-only' }],
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
