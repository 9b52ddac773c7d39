/**
 * Look-alike rules 5 to 8 (see `lookalike.ts`): a web address whose host imitates a known
 * domain's characters, embeds a known domain, spells a known name out, or borrows a known
 * organisation's distinctive label or an accreditor's acronym.
 * @module
 */
import { acronymSkeleton, type KnownOrganisation } from '../reference/organisation-directory.js';
import type { Reference } from '../reference/reference.js';
import type { WebAddress } from '../reference/web-address.js';
import { mixesScripts, otherScriptWordsInLatin } from '../text/disguise.js';
import { foldText } from '../text/normalize.js';
import { GENERIC_LABEL_WORDS } from './defaults.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

/** A "0" or "1" beside a letter, where it may stand for an "o", an "l" or an "i" (rule 5). */
const DIGIT_FOR_LETTER = /\p{L}[01]|[01]\p{L}/u;

/** Rule 5. */
export function confusableHost(
  context: LookalikeContext,
  address: WebAddress,
): Lookalike | undefined {
  const { reference } = context;
  if (address.registrable === undefined) return undefined;
  const registrable = address.displayHost
    .split('.')
    .slice(-address.registrable.split('.').length)
    .join('.');
  const hit = reference.directory
    .bySkeleton(reference.skeletons.skeleton(registrable))
    .find((h) => h.form !== address.registrable);
  if (hit) {
    return {
      target: hit.organisation,
      rule: 'confusable-host',
      strong: true,
      evidence: `the web address ${address.displayHost} imitates ${hit.form}, the site of ${hit.organisation.name}`,
    };
  }
  // A label, or a hyphenated part of one, mixing Latin letters with Cyrillic or Greek ones that
  // look the same (browsers show such labels as punycode for that reason) and spelling a known
  // body's acronym or domain label: "аncc.org", with a Cyrillic "а", for the ANCC, whose own site
  // is another domain; "nursingwоrld-ce.org", with a Cyrillic "о", for nursingworld.org.
  // A part wholly in those scripts beside Latin ones is the same trick: "асре-accredit.org".
  const imitating = new Set(otherScriptWordsInLatin(address.displayHost));
  // Each label whole ("acpe-accred1t.org" for acpe-accredit.org: blind mills round 63), then its
  // hyphenated parts.
  const parts = address.labels.flatMap((label) =>
    label.includes('-') ? [label, ...label.split('-')] : [label],
  );
  for (const part of parts) {
    const mixed = mixesScripts(part) || imitating.has(part);
    // Digits for the letters they resemble are the same trick in ASCII ("roya1college-moc.com"
    // for royalcollege.ca), for a distinctive label only ("u1.ac.kr" is U1 University, not ul.ie).
    // A "1" stands for an "l" or an "i" ("rcp1.ie" for rcpi.ie). Only a digit beside a letter
    // stands for one: digits apart from letters are a number ("learn-123", "cme-2024"). So does
    // "rn" for "m", Unicode's one ASCII look-alike of two letters ("rnonash" for monash.edu: blind
    // mills round 91).
    if (!mixed && !DIGIT_FOR_LETTER.test(part) && !part.includes('rn')) continue;
    const folded = mixed
      ? [part]
      : [
          ...new Set(
            ['l', 'i'].map((one) => part.replace(/0/g, 'o').replace(/1/g, one).replace(/rn/g, 'm')),
          ),
        ];
    if (!mixed && !folded.some((f) => distinctiveLabel(context, f))) continue;
    const skeleton = acronymSkeleton(reference.skeletons, part);
    const hit =
      (mixed
        ? reference.directory.bySkeleton(skeleton).find((h) => h.form === skeleton)
        : undefined) ??
      folded
        .flatMap(
          (f) =>
            reference.directory.labels.get(reference.skeletons.mapLookalikes(f).toLowerCase()) ??
            [],
        )
        .map((known) => ({ organisation: known.organisation, form: known.domain }))[0];
    if (hit === undefined) continue;
    return {
      target: hit.organisation,
      rule: 'confusable-host',
      strong: true,
      evidence: `the web address ${address.displayHost} spells "${hit.form}" (${hit.organisation.name}) in characters that imitate its letters`,
    };
  }
  return undefined;
}

/** Rule 6. */
export function embeddedDomain(reference: Reference, address: WebAddress): Lookalike | undefined {
  // Labels read whole ("uni-heidelberg.de.online-cpd.net") and split at hyphens ("accme-org.com").
  for (const parts of [address.labels, address.labels.flatMap((l) => l.split('-'))]) {
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 2; end <= parts.length; end++) {
        const candidate = parts.slice(start, end).join('.');
        const owners = reference.directory.ownersOfDomain(candidate);
        if (owners.length === 0 || candidate === address.registrable) continue;
        const target = owners[0] as KnownOrganisation;
        return {
          target,
          rule: 'embedded-domain',
          strong: true,
          evidence: `the web address ${address.displayHost} embeds ${candidate}, the site of ${target.name}, but is not that site`,
        };
      }
    }
  }
  return hyphenForDot(reference, address);
}

/**
 * Rule 6 with a hyphen for a known domain's dot before the host's own public suffix: the
 * registrable label's last hyphenated parts, two or more, with that suffix ("racgp-org.au" for
 * racgp.org.au: blind mills round 40). One part with the suffix is only a label ("course-mcgill.ca"
 * is McGill's own course site, not an embedding of mcgill.ca). So is a known domain whose country
 * code ends the label instead ("nursingcouncil-nz.org").
 */
function hyphenForDot(reference: Reference, address: WebAddress): Lookalike | undefined {
  const label = address.labels.at(-1);
  const { suffix } = address;
  if (label === undefined || suffix === undefined || !label.includes('-')) return undefined;
  const parts = label.split('-');
  const last = parts.at(-1) as string;
  const before = parts.slice(0, -1).join('.');
  // A known domain's country code moved before the host's own suffix ("nursingcouncil-nz.org"
  // for nursingcouncil.org.nz, blind mills round 104): its labels, in another order.
  const moved = /^[a-z]{2}$/.test(last) ? [`${before}.${suffix}.${last}`, `${before}.${last}`] : [];
  const candidates = [
    ...parts.slice(0, -1).map((_, start) => `${parts.slice(start).join('.')}.${suffix}`),
    ...moved,
  ];
  for (const candidate of candidates) {
    const target = reference.directory.ownersOfDomain(candidate)[0];
    if (target === undefined) continue;
    return {
      target,
      rule: 'embedded-domain',
      strong: true,
      evidence: `the web address ${address.displayHost} writes ${candidate}, the site of ${target.name}, ${moved.includes(candidate) ? 'in another order' : 'with a hyphen for a dot'}, but is not that site`,
    };
  }
  return undefined;
}

/** Rule 7. */
export function spelledNameHost(reference: Reference, address: WebAddress): Lookalike | undefined {
  for (const label of address.labels) {
    const parts = label.split('-');
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        const letters = parts.slice(start, end).join('');
        const target = reference.directory.bySpelledName(letters)[0];
        if (target === undefined) continue;
        return {
          target,
          rule: 'spelled-name',
          strong: false,
          evidence: `the web address ${address.displayHost} spells out the name of ${target.name}, but is not its site`,
        };
      }
    }
  }
  return undefined;
}

/** Whether a known domain label identifies its organisation when borrowed. */
export function distinctiveLabel(context: LookalikeContext, label: string): boolean {
  return (
    label.length >= context.policy.lookalike.distinctiveLabelMinLength &&
    !GENERIC_LABEL_WORDS.has(label) &&
    !context.reference.directory.vocabulary.has(label)
  );
}

/** The accrediting body whose distinctive acronym a host label is, if any (rule 8). */
function accreditorByAcronym(
  context: LookalikeContext,
  label: string,
): KnownOrganisation | undefined {
  if (label.length < context.policy.lookalike.borrowedAcronymMinLength) return undefined;
  if (!distinctiveLabel(context, label)) return undefined;
  return context.reference.directory.byAcronym(label).find((o) => o.role === 'accreditor');
}

/**
 * Rule 8's combosquat: the registrable label opens with the imitated body's own site label as its
 * first hyphenated part, a word or more after it ("accme-credits.com", "icgp-statement.ie":
 * eight more mills of the corpus). Kintis et al. call a brand joined to other
 * words "combosquatting" ("youtube-live[.]com"), a hundred times more common in abuse than
 * typosquatting ("Hiding in Plain Sight: A Longitudinal Study of Combosquatting Abuse", ACM CCS
 * 2017, https://arxiv.org/abs/1708.08519). None of the corpus's 6,400 legitimate offerings is on
 * such an address of another body's; the borrowed labels they show are a tenant's sub-domain
 * (apha.confex.com), the body's label whole under another suffix (cochrane.de, ausmed.co.nz) or
 * a last part (eba-uems.eu). A label the provider's own name holds is its own name's: Germany's
 * medical chambers are on aerztekammer-hamburg.org and aerztekammer-bw.de, beside the Austrian
 * chamber's aerztekammer.at (`test/credibility/lookalike-unlisted.test.ts`).
 *
 * @example
 * ```ts
 * const accme = reference.directory.byAcronym('accme')[0]!;
 * const site = reference.webAddress('https://accme-credits.com')!;
 * opensWithSiteLabel(site, accme, 'Summit CME Partners'); // true
 * opensWithSiteLabel(site, accme, 'ACCME Credits'); // false: its own name holds the label
 * ```
 */
export function opensWithSiteLabel(
  address: WebAddress,
  target: KnownOrganisation,
  name: string,
): boolean {
  const [first, ...rest] = (address.labels.at(-1) ?? '').split('-');
  return (
    rest.length > 0 &&
    target.domainLabels.includes(first as string) &&
    !loosely(name).includes(loosely(first as string))
  );
}

/**
 * A text folded as names are (`foldText`), letters and digits alone, and German's "ae", "oe", "ue"
 * read as the vowels they transliterate: how a name and a web address label spell the same word
 * ("Ärztekammer Hamburg" and aerztekammer-hamburg.org).
 */
const loosely = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]/g, '')
    .replace(/([aou])e/g, '$1');

/** Rule 8. */
export function borrowedLabel(
  context: LookalikeContext,
  address: WebAddress,
): Lookalike | undefined {
  const { labels } = context.reference.directory;
  for (const label of address.labels) {
    const parts = label.split('-');
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        const candidate = parts.slice(start, end).join('-');
        for (const known of labels.get(candidate) ?? []) {
          if (!distinctiveLabel(context, candidate)) continue;
          return {
            target: known.organisation,
            rule: 'borrowed-label',
            strong: false,
            evidence: `the web address ${address.displayHost} borrows "${candidate}" from ${known.domain}, the site of ${known.organisation.name}`,
          };
        }
        const accreditor = accreditorByAcronym(context, candidate);
        if (accreditor !== undefined) {
          return {
            target: accreditor,
            rule: 'borrowed-acronym',
            strong: false,
            evidence: `the web address ${address.displayHost} borrows "${candidate}", the acronym of ${accreditor.name}, but is not its site`,
          };
        }
      }
    }
  }
  return undefined;
}
