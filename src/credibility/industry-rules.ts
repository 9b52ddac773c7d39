/**
 * Rules for offerings whose provider makes or sells health products (provider type `industry`):
 * such a company's education needs an independent accreditor's review, and the accreditors whose
 * eligibility rules exclude such companies (`excludesIneligibleCompanies` in `accreditors.json`)
 * never accredit it.
 * @module
 */
import type { Flag } from '../model/report.js';
import type { Accreditor } from '../reference/schemas.js';
import { readName } from '../text/canonical-name.js';
import { namesNoBody } from './accreditation-text.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';

/** Whether a recognised, non-generic accreditor reviewed the offering. */
export const independentlyAccredited = (claims: Offering['claims']): boolean =>
  claims.some((c) => c.status === 'recognised' && c.accreditor?.kind !== 'generic-cpd-accreditor');

/**
 * The accreditor, of those that accredit no company making health products, that an industry
 * provider's own offering claims: named as the accreditor ("accredited by the ACCME"), or whose
 * credit the provider awards in its own name or in a claim naming no body ("Mainpro+ credits" from
 * a drug maker's speakers bureau; "AMA PRA Category 1 Credit™", designated only by providers the
 * ACCME system accredits). A claim naming another body (an accredited provider the company
 * sponsors) is that body's.
 */
function barringAccreditor(
  context: EvaluationContext,
  { course, claims }: Offering,
): Accreditor | undefined {
  const ownKey = readName(course.provider.name).key;
  for (const c of claims) {
    if (c.status === 'recognised' && c.accreditor?.excludesIneligibleCompanies) return c.accreditor;
    const credit = c.credit;
    if (credit === undefined) continue;
    const own = namesNoBody(c.claim.body) || readName(c.claim.body).key === ownKey;
    if (!own) continue;
    const owner = context.reference.data.accreditors.find(
      (a) =>
        a.excludesIneligibleCompanies !== undefined &&
        (a.creditRefs.includes(credit.id) || a.credits.some((k) => k.id === credit.id)),
    );
    if (owner) return owner;
  }
  return undefined;
}

/** The flags an industry provider's offering earns (none for other providers). */
export function industryFlags(offering: Offering, context: EvaluationContext): Flag[] {
  if (offering.provider.type !== 'industry') return [];
  const flags: Flag[] = [];
  // An accreditor whose eligibility rule excludes companies that make or sell healthcare
  // products, claimed by such a company's own offering (blind mills round 37: a device maker
  // "accredited by the ACCME", a drug maker calling itself an ANCC Approved Provider Unit).
  const barred = barringAccreditor(context, offering);
  const rule = barred?.excludesIneligibleCompanies;
  if (barred && rule) {
    flags.push(
      flag(
        'ineligible-company-accreditation',
        'warning',
        `The provider makes or sells health products, and ${barred.name} accredits no such company: "${rule.statement}" (${rule.page}). Its accreditation of this company's own offering cannot be as claimed.`,
      ),
    );
  } else if (!independentlyAccredited(offering.claims)) {
    flags.push(
      flag(
        'industry-without-independent-accreditation',
        'warning',
        'The provider makes or sells health products and no recognised healthcare accreditor has reviewed this offering for independence from commercial interest.',
      ),
    );
  }
  return flags;
}
