/**
 * Web addresses an offering's own words give: a "verify our accreditation at …" link in its
 * description that imitates the accreditor's site ("accme-cmeverify.org/provider/88214",
 * "https://аccme.org/provider/55102" with a Cyrillic "а": blind mills round 41). The address
 * look-alike rules (`lookalike.ts`) read such an address as they read the catalogue's own address
 * fields: strong evidence is critical; weak evidence only when it points at an accrediting body the
 * offering names — in a claim (a typosquat of the ANCC's site beside an ANCC claim) or in its own
 * words ("ACPE-accredited provider – verify our status at https://acpe-accredlt.org/…", blind
 * mills round 75) — since real descriptions link to partners' and events' sites of many names.
 * The offering's words are its title and description, its claims' text ("ANCC (verify at
 * nursingworld-accreditation.org)", "RACGP CPD (racgp-cpd.com.au)") and its partners' addresses
 * (an "ACCME Provider Verification" partner on `accme-verify.org`): blind mills round 72, where
 * five of six real accreditors claimed from look-alike sites kept their credit. A host written
 * bare ("verify at accme-verify.org") is read too, for weak evidence only against a body so named:
 * plain text holds many a word with a dot in it.
 * @module
 */
import type { Flag } from '../model/report.js';
import { namesWithin } from '../reference/names-within.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { WebAddress } from '../reference/web-address.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { addressLookalike } from './lookalike.js';

/** Longest text read for addresses. */
const TEXT_LIMIT = 5_000;
/** Most addresses read from one offering's words. */
const MAX_ADDRESSES = 5;

/**
 * A host, written as an address (with a scheme or "www.", or followed by a path) or bare. Labels
 * may be in any script ("аccme.org"); the last is letters or a punycode label. At most eight
 * labels before it, so that a hostile text ("a.a.a.a…") costs linear time, not quadratic.
 */
const ADDRESS =
  /(?:https?:\/\/(?:www\.)?|\bwww\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(?:xn--[a-z0-9-]+|\p{L}{2,24}))(\/)?/giu;
/**
 * Whether a text may hold a host at all (a quick test before {@link ADDRESS}): a dot between a
 * letter or digit and two letters.
 */
const MAY_HOLD_HOST = /[\p{L}\p{N}]\.\p{L}{2}/u;

/** A host an offering's words give, and whether it was written bare (no scheme, "www." or path). */
interface WrittenHost {
  readonly host: string;
  readonly bare: boolean;
}

/** The hosts a text writes, in order, each once (as an address where it is written so once). */
function hostsIn(text: string, hosts: WrittenHost[]): void {
  if (!MAY_HOLD_HOST.test(text)) return;
  for (const match of text.matchAll(ADDRESS)) {
    if (hosts.length >= MAX_ADDRESSES) return;
    const bare = !/^(?:https?:\/\/|www\.)/i.test(match[0]) && match[2] !== '/';
    const host = (match[1] as string).toLowerCase();
    const seen = hosts.findIndex((h) => h.host === host);
    if (seen < 0) hosts.push({ host, bare });
    else if (!bare) hosts[seen] = { host, bare };
  }
}

/** Whether an organisation is the one a look-alike address imitates, or shares its acronym or site. */
const sameBody = (a: KnownOrganisation, b: KnownOrganisation): boolean =>
  a.id === b.id ||
  a.domains.some((d) => b.domains.includes(d)) ||
  a.acronyms.some((x) => b.acronyms.includes(x));

/** The flags an offering's own words earn for the web addresses they give. */
export function textAddressFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims, provider } = offering;
  const { reference } = context;
  const texts = [
    course.title,
    (course.description ?? '').slice(0, TEXT_LIMIT),
    ...claims.flatMap(({ claim }) =>
      [claim.body, claim.creditType ?? '', claim.reference ?? ''].map((t) =>
        t.slice(0, TEXT_LIMIT),
      ),
    ),
  ];
  const hosts: WrittenHost[] = [];
  for (const partner of course.partners ?? []) {
    const host = reference.webAddress(partner.url)?.host;
    if (host !== undefined && hosts.length < MAX_ADDRESSES) hosts.push({ host, bare: false });
  }
  for (const text of texts) hostsIn(text, hosts);
  // The course's page on another site than its provider's, beside a claim of a recognised body:
  // the identity rules read it for strong evidence only, and here weak evidence against the body
  // claimed counts too ("federationcpd-approvals.org" beside the Federation's credit, from a
  // company's own site: blind mills round 102).
  const pageElsewhere = claims.some((c) => c.accreditor) ? provider.pageElsewhere?.host : undefined;
  if (pageElsewhere !== undefined) hosts.push({ host: pageElsewhere, bare: false });
  if (hosts.length === 0) return [];
  const claimed = claims.flatMap((c) =>
    c.status === 'recognised' && c.accreditor ? [c.accreditor] : [],
  );
  // Otherwise the course's and provider's addresses are read by the identity rules (a partner's
  // address, read only for strong evidence there, is read here again).
  const site = reference.webAddress(course.provider.url);
  const own = [reference.webAddress(course.url)?.host, site?.host].filter(
    (h) => h !== pageElsewhere,
  );
  // The bodies the words name, read once, only when an address imitates a body.
  let named: KnownOrganisation[] | undefined;
  const namesIt = (target: KnownOrganisation): boolean => {
    named ??= namesWithin(reference.directory, texts.join('\n')).map((n) => n.organisation);
    return named.some((o) => sameBody(o, target));
  };
  for (const { host, bare } of hosts) {
    const address: WebAddress | undefined = reference.webAddress(`https://${host}`);
    if (address === undefined || own.includes(address.host)) continue;
    const found = addressLookalike(context, address);
    if (found === undefined) continue;
    const claimedIt = claimed.some(
      (a) => a.id === found.target.id || found.target.domains.some((d) => a.domains.includes(d)),
    );
    // The page only for a body claimed whose site is not the provider's own (its strong evidence
    // is the identity rules').
    if (
      host === pageElsewhere
        ? !claimedIt || found.target.domains.some((d) => d === site?.registrable)
        : (bare || !found.strong) && !claimedIt && !namesIt(found.target)
    ) {
      continue;
    }
    return [
      flag(
        'lookalike-domain',
        'critical',
        `Its own words point to ${address.displayHost}: ${found.evidence}. A page dressed as ${found.target.name}'s is no evidence of its accreditation.`,
      ),
    ];
  }
  return [];
}
