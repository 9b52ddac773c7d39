/**
 * Red flags about the partners an offering names: a partner that published lists call a mill, a
 * partner whose web address imitates a known body's, and an accrediting partner that lives on the
 * provider's own website.
 * @module
 */
import type { Flag } from '../model/report.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { organisationsNamed, partnerIdentity } from './identity.js';
import { typosquat } from './lookalike-typosquat.js';

/** The flags an offering's partners earn. */
export function partnerFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course } = offering;
  if (course.partners === undefined && course.academicCredit?.awardedBy === undefined) return [];
  return [
    ...listedPartnerFlags(offering, context),
    ...imitatingPartnerFlags(offering, context),
    ...selfHostedAccreditorFlags(offering, context),
  ];
}

/**
 * A partner (a co-issuer, a university awarding credit) or the awarder of academic credit that
 * published lists name as a mill or an unrecognised body: the offering leans on it, so its
 * listing is evidence against the offering (Belford University, closed by a US court in 2012).
 */
function listedPartnerFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course } = offering;
  const named = [
    ...(course.partners ?? [])
      .filter((p) =>
        partnerIdentity(context, p).flags.some((f) => f.code === 'unrecognised-provider'),
      )
      .map((p) => p.name),
    ...(course.academicCredit?.awardedBy !== undefined &&
    organisationsNamed(context, course.academicCredit.awardedBy)[0]?.role === 'unrecognised'
      ? [course.academicCredit.awardedBy]
      : []),
  ];
  return [...new Set(named)].map((name) =>
    flag(
      'unrecognised-partner',
      'critical',
      `${name}, named as a partner or as the awarder of its credit, is in published lists of unrecognised or mill bodies.`,
    ),
  );
}

/**
 * A partner whose web address imitates a known body's site on strong evidence (confusable or
 * digit-for-letter characters, an embedded domain): a "credit-awarding" portal at ib1ce-cerps.org
 * for IBLCE (blind mills round 23). The offering points its readers at an imitation. Weaker
 * evidence about a partner's address (a typing slip, a borrowed label) is raised only where the
 * body it imitates is the one whose accreditation the offering claims, or the one the partner's
 * own name names on an address that is no typing slip of the body's — the look-alike rules'
 * "critical when the same organisation is also named by the offering" — as with ACPE credit
 * "verified" at acpe-acredit.org, one letter from acpe-accredit.org (blind mills round 26). Else
 * it is not raised: a partner is named in passing.
 */
function imitatingPartnerFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims } = offering;
  const { reference } = context;
  // The provider's and the course page's addresses are read by the identity rules already.
  const read = new Set(
    [course.provider.url, course.url].map((url) => reference.webAddress(url)?.registrable),
  );
  const claimed = claims.flatMap((c) =>
    c.accreditor !== undefined && (c.status === 'recognised' || c.status === 'expired')
      ? [c.accreditor]
      : [],
  );
  const isClaimed = (o: KnownOrganisation): boolean =>
    claimed.some((a) => a.name === o.name || a.domains.some((d) => o.domains.includes(d)));
  const flags: Flag[] = [];
  for (const partner of course.partners ?? []) {
    if (partner.url === undefined) continue;
    const address = reference.webAddress(partner.url);
    if (read.has(address?.registrable)) continue;
    const identity = partnerIdentity(context, partner);
    // The partner's own name naming the body its address imitates names it too ("Academy of
    // General Dentistry PACE" at agd-pace-approval.com, blind mills round 95), unless the address
    // is a typing slip of the body's, which may be the catalogue's own. Read only for weak
    // evidence against a body the offering does not claim.
    const namedByPartner = (o: KnownOrganisation): boolean =>
      address !== undefined &&
      organisationsNamed(context, partner.name).some((n) => n.name === o.name) &&
      typosquat(context, address) === undefined;
    const namedHere = (o: KnownOrganisation): boolean => isClaimed(o) || namedByPartner(o);
    const imitation = identity.flags.find(
      (f) =>
        (f.code === 'lookalike-domain' || f.code === 'lookalike-provider') &&
        (f.severity === 'critical' ||
          (f.severity === 'warning' &&
            identity.imitates.some((i) => i.basis === 'evidence' && namedHere(i.organisation)))),
    );
    if (imitation === undefined) continue;
    flags.push(
      flag(
        'lookalike-domain',
        'critical',
        `Its partner "${partner.name}" is named with a web address that imitates a known body's: ${imitation.message}`,
      ),
    );
  }
  return flags;
}

/** A partner presented as accrediting the offering ("… Accreditation Board"). */
const ACCREDITING_NAME = /\baccredit/i;

/**
 * An accrediting partner credence does not know whose web address is on the provider's own
 * registrable domain ("Board for Online Nursing Education Accreditation" at
 * harlowgate-college.com/accreditation): an accreditor independent of the provider has a site of
 * its own. Axact's invented accreditors were run by the same owner as the universities they
 * "accredited" (University World News, 2015). A learning platform's domain, which many
 * organisations share, is not the provider's own.
 */
function selfHostedAccreditorFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course } = offering;
  const { reference } = context;
  if (!course.partners?.some((p) => ACCREDITING_NAME.test(p.name))) return [];
  const own = reference.webAddress(course.provider.url ?? course.url)?.registrable;
  if (own === undefined || reference.findPlatformByDomain(own) !== undefined) return [];
  const flags: Flag[] = [];
  for (const partner of course.partners) {
    if (
      ACCREDITING_NAME.test(partner.name) &&
      reference.webAddress(partner.url)?.registrable === own &&
      organisationsNamed(context, partner.name).length === 0
    ) {
      flags.push(
        flag(
          'self-hosted-accreditor',
          'warning',
          `"${partner.name}" is named beside the offering as an accrediting body, but its web address is on the provider's own site (${own}): an accreditor independent of the provider would have a site of its own.`,
        ),
      );
    }
  }
  return flags;
}
