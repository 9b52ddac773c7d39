/**
 * Who is really behind an offering: the provider's identity verified by registry (exact name or
 * abbreviation) or by web domain, universities verified by domain only, and look-alike names
 * and domains flagged.
 * @module
 */
import type { Course, Partner, Provider } from '../model/course.js';
import type { ProviderType } from '../model/enums.js';
import type { Flag } from '../model/report.js';
import { hostMatches, hostOf } from '../reference/domains.js';
import { type EvaluationContext, memoize, memoTable, remember } from './context.js';
import { flag } from './flags.js';

/** What is known about an organisation named in a course. */
export interface Identity {
  /** The type to score: the registry's when verified, else the catalogue's claim. */
  readonly type: ProviderType;
  /** `verified`: registry match confirmed by domain, or domain rule; `registered`: exact name
   * match in the registry without a web address to confirm it; `claimed`: nothing confirms it. */
  readonly status: 'verified' | 'registered' | 'claimed';
  /** A verified university (by curated domain or restricted academic suffix). */
  readonly verifiedUniversity: boolean;
  readonly evidence: string[];
  readonly flags: Flag[];
}

interface Org {
  readonly name: string;
  readonly type: ProviderType;
  readonly url?: string | undefined;
}

/** Second-level suffixes under which the registrable name is one label further left. */
const SECOND_LEVEL = /\.(?:co|org|ac|gov|nhs|edu|net|com|med|health)\.[a-z]{2}$/;

/** Words too common in web addresses to suggest impersonation on their own. */
const GENERIC_LABELS = new Set(
  'health nurse nurses nursing medical medicine care learning training education online academy college clinical heart cancer stroke pharmacy royal society council board institute school center centre network global world international national'.split(
    ' ',
  ),
);

/** The registrable label of a domain: `training.cochrane.org` → `cochrane`, `rcn.org.uk` → `rcn`. */
export function registrableLabel(domain: string): string {
  const trimmed = domain.replace(SECOND_LEVEL, '').replace(/\.[a-z]+$/, '');
  const parts = trimmed.split('.');
  return parts[parts.length - 1] ?? '';
}

/** Known domain labels ("accme", "harvard", "nursingworld") → the owner's domains, for look-alike domains. */
function knownLabels(context: EvaluationContext): Map<string, { name: string; domains: string[] }> {
  return memoize(context, 'known-labels', '', () => {
    const map = new Map<string, { name: string; domains: string[] }>();
    const data = context.reference.data;
    const add = (name: string, domains: readonly string[]): void => {
      for (const d of domains) {
        const label = registrableLabel(d);
        if (label.length >= 4 && !GENERIC_LABELS.has(label) && !map.has(label)) {
          map.set(label, { name, domains: [...domains] });
        }
      }
    };
    for (const a of data.accreditors) add(a.name, a.domains);
    for (const p of data.providers) add(p.name, p.domains);
    for (const u of data.universities) add(u.name, u.domains);
    return map;
  });
}

/** A host that borrows a known organisation's domain label without being its domain. */
export function lookalikeDomain(
  context: EvaluationContext,
  host: string | undefined,
): Flag | undefined {
  if (host === undefined) return undefined;
  const labels = knownLabels(context);
  const parts = host.split(/[.-]/);
  for (const part of parts) {
    const owner = labels.get(part);
    if (owner && !owner.domains.some((d) => hostMatches(host, d))) {
      return flag(
        'lookalike-domain',
        'warning',
        `The web address ${host} borrows "${part}" from ${owner.name}, whose site is ${owner.domains[0]}; it is not that organisation's site.`,
      );
    }
  }
  // A whole known domain inside another host ("rcn.org.uk.example.com", "rcn-org-uk.example"),
  // whatever the length of its name.
  const dotted = host.replace(/-/g, '.');
  for (const [domain, owner] of knownDomains(context)) {
    if (hostMatches(host, domain)) continue;
    const embedded = (h: string): boolean =>
      h === domain ||
      h.startsWith(`${domain}.`) ||
      h.includes(`.${domain}.`) ||
      h.endsWith(`.${domain}`);
    if (embedded(host) || embedded(dotted)) {
      return flag(
        'lookalike-domain',
        'warning',
        `The web address ${host} embeds ${domain}, the site of ${owner}, but is not that site.`,
      );
    }
  }
  return undefined;
}

/** Every known organisation domain with its owner's name. */
function knownDomains(context: EvaluationContext): ReadonlyMap<string, string> {
  return memoize(context, 'known-domains', '', () => {
    const map = new Map<string, string>();
    const data = context.reference.data;
    for (const org of [...data.accreditors, ...data.providers, ...data.universities]) {
      for (const d of org.domains) if (d.includes('.') && !map.has(d)) map.set(d, org.name);
    }
    return map;
  });
}

/** Resolves the identity of a provider or partner. */
export function resolveIdentity(
  context: EvaluationContext,
  org: Org,
  courseUrl?: string,
): Identity {
  const reference = context.reference;
  // The provider's own address, or else the offering's page: either, when it is on a registered
  // domain, is evidence of who runs it.
  const host = hostOf(org.url) ?? hostOf(courseUrl);
  const evidence: string[] = [];
  const flags: Flag[] = [];
  const label = `"${org.name}"`;

  const university = reference.findUniversityByDomain(host);
  const rule = reference.academicRule(host);
  const byDomain = reference.findProviderByDomain(host) ?? reference.findAccreditorByDomain(host);
  const byName = reference.findProvider(org.name) ?? reference.findAccreditor(org.name);
  const uniByName = reference.findUniversity(org.name);

  if (university) {
    evidence.push(
      `${label}: web address ${host} belongs to ${university.name} (curated university list)`,
    );
    return { type: 'university', status: 'verified', verifiedUniversity: true, evidence, flags };
  }
  if (byDomain) {
    const entry = 'type' in byDomain ? byDomain : undefined;
    const type: ProviderType = entry ? entry.type : 'professional-body';
    evidence.push(`${label}: web address ${host} belongs to ${byDomain.name} (reference data)`);
    return { type, status: 'verified', verifiedUniversity: false, evidence, flags };
  }
  if (rule && (org.type === 'university' || org.type === 'unknown' || uniByName)) {
    evidence.push(
      `${label}: web address ${host} is under .${rule.suffix}, which only recognised institutions can register (${rule.source})`,
    );
    return { type: 'university', status: 'verified', verifiedUniversity: true, evidence, flags };
  }
  const healthService = reference.domainRule(host, 'health-service');
  if (healthService) {
    evidence.push(
      `${label}: web address ${host} is under .${healthService.suffix}, a public health-service domain (${healthService.source})`,
    );
    return {
      type: 'healthcare-organisation',
      status: 'verified',
      verifiedUniversity: false,
      evidence,
      flags,
    };
  }
  const registered = byName && !byName.ambiguous ? byName.entry : undefined;
  if (registered) {
    const type: ProviderType = 'type' in registered ? registered.type : 'professional-body';
    if (host && registered.domains.length > 0) {
      flags.push(
        flag(
          'provider-domain-mismatch',
          'warning',
          `${org.name} is a known organisation, but this offering's web address (${host}) is not one of its sites (${registered.domains[0]}); check it really comes from them.`,
        ),
      );
      evidence.push(
        `${label} matches ${registered.name} by name, but ${host} is not its domain: identity not verified`,
      );
      return { type: org.type, status: 'claimed', verifiedUniversity: false, evidence, flags };
    }
    evidence.push(
      `${label} matches ${registered.name} in the reference data by ${byName!.via}; no web address to confirm it`,
    );
    return { type, status: 'registered', verifiedUniversity: false, evidence, flags };
  }

  // Not recognised: look for impersonation.
  const lookalike = memoize(
    context,
    'org-lookalike',
    `${org.name}`,
    () => reference.lookalikes(org.name, context.policy.thresholds.lookalikeSimilarity)[0],
  );
  if (lookalike) {
    const severe = lookalike.reason !== 'name-with-added-words' || lookalike.kind === 'university';
    flags.push(
      flag(
        'lookalike-provider',
        severe ? 'critical' : 'warning',
        `"${org.name}" looks like ${lookalike.name} but is not a recognised name${host ? ` and ${host} is not its web address` : ''}.`,
      ),
    );
    evidence.push(
      `${label} resembles ${lookalike.name} (${lookalike.reason}, similarity ${lookalike.similarity.toFixed(2)}): not verified`,
    );
  }
  const domainFlag = lookalikeDomain(context, host);
  if (domainFlag) flags.push(domainFlag);
  // "University Hospitals NHS Trust" is a hospital, not a claim to be a university.
  const namedUniversity =
    /\buniversit/i.test(org.name) &&
    !/\b(hospitals?|trust|nhs|clinic|health service)\b/i.test(org.name);
  if (org.type === 'university' || (org.type === 'unknown' && namedUniversity)) {
    flags.push(
      flag(
        'unverified-university',
        'warning',
        `"${org.name}" presents itself as a university, but neither its web address${host ? ` (${host})` : ''} nor the reference data confirms that.`,
      ),
    );
  }
  evidence.push(
    host
      ? `${label}: not in the reference data and ${host} is not a recognised domain: identity claimed, not verified`
      : `${label}: not in the reference data and no web address: identity claimed, not verified`,
  );
  return { type: org.type, status: 'claimed', verifiedUniversity: false, evidence, flags };
}

/** Identity of the course's provider (memoised per provider, see {@link providerId}). */
export function providerIdentity(context: EvaluationContext, course: Course): Identity {
  return memoize(context, 'provider', providerId(context, course), () =>
    resolveIdentity(context, course.provider, course.url),
  );
}

/**
 * A batch-unique small id per distinct provider as its identity sees it: name, type and web
 * address (the course's address stands in only when the provider gives none). Found through
 * nested maps, so no joined key is built per course.
 *
 * @example
 * ```ts
 * providerId(context, a) === providerId(context, b); // same name, type and address
 * ```
 */
export function providerId(context: EvaluationContext, course: Course): number {
  const p: Provider = course.provider;
  const byName = memoTable<string, Map<string, Map<string, number>>>(context, 'provider-ids');
  let byType = byName.get(p.name);
  if (byType === undefined) byType = remember(byName, p.name, new Map());
  let bySite = byType.get(p.type);
  if (bySite === undefined) {
    bySite = new Map();
    byType.set(p.type, bySite);
  }
  const site = p.url ? p.url : course.url ? `\u0000${course.url}` : '';
  const known = bySite.get(site);
  return known ?? remember(bySite, site, context.idCounter.next++);
}

/** Identity of a partner (memoised). */
export function partnerIdentity(context: EvaluationContext, partner: Partner): Identity {
  return memoize(
    context,
    'partner',
    `${partner.name}\u0000${partner.type}\u0000${partner.url ?? ''}`,
    () => resolveIdentity(context, partner),
  );
}
