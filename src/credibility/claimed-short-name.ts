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
 * body itself on a site of its own the data does not list. So, read the same way, is a typing slip
 * or a look-alike letter of the body's own short domain label as the address's registrable label
 * or a hyphenated part of it, and a three-letter label with a letter doubled ({@link shortLabelSlip}).
 * @module
 */
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { WebAddress } from '../reference/web-address.js';
import { isLookalikeLetter } from '../text/lookalike-letters.js';
import { isTypingSlip } from '../text/typing-slip.js';
import type { EvaluationContext } from './context.js';
import { type Lookalike, ownShortNameHost } from './lookalike.js';

/**
 * The evidence that one of the offering's addresses that could imitate a body
 * ({@link imitableAddresses}, read once with the provider's identity) is built on `body`'s short
 * name, if any.
 */
export function shortNameOnAddress(
  body: KnownOrganisation,
  addresses: readonly WebAddress[],
): Lookalike | undefined {
  for (const address of addresses) {
    const found = ownShortNameHost(address, body);
    if (found) return found;
  }
  return undefined;
}

/**
 * A typing slip or a look-alike letter (`text/lookalike-letters.ts`) of a claimed body's own short
 * domain label — shorter than look-alike rule 9 reads alone (`typosquatMinLength`) — as the
 * registrable label of an address the offering gives, or a hyphenated part of it: ASWB ACE credit
 * on `awsb.org`, AAFP credit on `aafpp.org`, the Medical Council of New Zealand on `mcmz.org.nz`
 * (blind mills round 69), the ICGP on `lcgp.ie`, the RCPI on `rcpl-ireland.ie` (rounds 20, 90).
 * Alone, short labels one slip apart are how unrelated bodies are named; beside a claim naming the
 * body, the address imitates its site.
 *
 * @example
 * ```ts
 * shortLabelSlip(context, aswb, [reference.webAddress('https://awsb.org')!])?.rule; // 'typosquat'
 * ```
 */
export function shortLabelSlip(
  context: EvaluationContext,
  body: KnownOrganisation,
  addresses: readonly WebAddress[],
): Lookalike | undefined {
  // A distinctive label only (`distinctiveLabelMinLength`, 4): three letters one slip apart are
  // sister bodies' sites too (the Romanian dentists' college's cmdr.ro beside the doctors'
  // cmr.ro, found by the corpus).
  const min = context.policy.lookalike.distinctiveLabelMinLength;
  // A shorter label with one of its letters doubled is the slip its own name is for (`rcnn.org.uk`
  // for the RCN's rcn.org.uk, blind mills rounds 95 and 101).
  const slip = (written: string, k: string): boolean =>
    k !== written &&
    (k.length >= min
      ? isTypingSlip(written, k) || isLookalikeLetter(written, k)
      : written.length === k.length + 1 &&
        [...k].some((c, i) => `${k.slice(0, i + 1)}${c}${k.slice(i + 1)}` === written));
  for (const address of addresses) {
    const label = address.labels.at(-1) ?? '';
    // The label, or a hyphenated part of it (`rcpl-ireland.ie` for the RCPI's rcpi.ie).
    const parts = [label, ...(label.includes('-') ? label.split('-') : [])];
    const known = body.domainLabels.find((k) => parts.some((part) => slip(part, k)));
    if (known === undefined) continue;
    const site = body.domains.find((d) => d.startsWith(`${known}.`)) ?? known;
    return {
      target: body,
      rule: 'typosquat',
      strong: false,
      evidence: `the web address ${address.displayHost} is one letter away from ${site}, the site of ${body.name}`,
    };
  }
  return undefined;
}

/**
 * The evidence that one of the offering's addresses that could imitate a body imitates `body`'s
 * site, read beside a claim naming that body: its short name in the address
 * ({@link shortNameOnAddress}), else its short site label one typing slip off
 * ({@link shortLabelSlip}).
 *
 * @example
 * ```ts
 * claimedBodyOnAddress(context, aswb, [reference.webAddress('https://awsb.org')!])?.rule; // 'typosquat'
 * ```
 */
export function claimedBodyOnAddress(
  context: EvaluationContext,
  body: KnownOrganisation,
  addresses: readonly WebAddress[],
): Lookalike | undefined {
  return shortNameOnAddress(body, addresses) ?? shortLabelSlip(context, body, addresses);
}

/** The addresses of `addresses` that could imitate a body (see {@link mayImitate}). */
export function imitableAddresses(
  context: EvaluationContext,
  addresses: readonly (WebAddress | undefined)[],
): readonly WebAddress[] {
  return addresses.filter(
    (a, i): a is WebAddress =>
      a !== undefined &&
      addresses.findIndex((b) => b?.host === a.host) === i &&
      mayImitate(context, a),
  );
}

/**
 * An address that could imitate a body: one that is no known organisation's site and not in an
 * academic, health-service or government domain.
 */
function mayImitate(context: EvaluationContext, address: WebAddress): boolean {
  const { reference } = context;
  if (reference.directory.byHost(address).length > 0) return false;
  return (['academic', 'health-service', 'government'] as const).every(
    (kind) => reference.domainRule(address, kind) === undefined,
  );
}
