/**
 * Look-alike rule 9 (see `lookalike.ts`): a registrable label, or a long hyphenated part of a
 * label, one typing slip or one look-alike letter from a known organisation's distinctive label,
 * or a known domain with a dot left out.
 * @module
 */
import type { Reference } from '../reference/reference.js';
import type { WebAddress } from '../reference/web-address.js';
import { isLookalikeLetter } from '../text/lookalike-letters.js';
import { isTypingSlip } from '../text/typing-slip.js';
import { distinctiveLabel } from './lookalike-address.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

/** Rule 9. */
export function typosquat(context: LookalikeContext, address: WebAddress): Lookalike | undefined {
  const label = address.labels[address.labels.length - 1];
  const { directory } = context.reference;
  if (label === undefined || directory.labels.has(label) || directory.lexicon.has(label)) {
    return undefined;
  }
  const dotless = droppedDot(context.reference, label, address.suffix);
  if (dotless !== undefined) return dotless;
  // The registrable label whole, then each hyphenated part of a label ("royalcolege-moc.com" for
  // royalcollege.ca: blind mills round 61) of `typosquatPartMinLength` letters or more, as rule 8
  // reads borrowed labels.
  const { typosquatMinLength: min, typosquatPartMinLength } = context.policy.lookalike;
  const parts = [
    label,
    ...address.labels
      .flatMap((l) => (l.includes('-') ? l.split('-') : []))
      .filter((p) => p.length >= typosquatPartMinLength),
  ].filter((p) => !directory.labels.has(p) && !directory.lexicon.has(p));
  for (const part of parts) {
    for (const known of directory.labelsNear(part)) {
      if (known.length < min || known === part) continue;
      if (!distinctiveLabel(context, known)) continue;
      const slip = isTypingSlip(part, known);
      if (!slip && !isLookalikeLetter(part, known)) continue;
      const owner = directory.labels.get(known)?.[0];
      if (owner === undefined) continue;
      return {
        target: owner.organisation,
        rule: 'typosquat',
        strong: false,
        evidence: `the web address ${address.displayHost} ${part === label ? 'is' : `holds "${part}",`} ${slip ? 'one letter' : 'one look-alike letter'} away from ${owner.domain}, the site of ${owner.organisation.name}`,
      };
    }
  }
  return undefined;
}

/** The longest first label of a public suffix a dot may be left out before (`health` of `health.nz`). */
const SUFFIX_LABEL_MAX_LENGTH = 6;

/**
 * Rule 9's left-out character when it is a dot: the registrable domain is a known registrable
 * domain with one of its dots left out (`rcnorg.uk` for the RCN's `rcn.org.uk`, `racgporg.au`),
 * or the dot after "www" (`wwwaccme.org`), as "doppelgänger" domains are made. A whole known
 * domain is matched, so its label may be short.
 */
function droppedDot(
  reference: Reference,
  label: string,
  suffix: string | undefined,
): Lookalike | undefined {
  if (suffix === undefined) return undefined;
  // The dot left out is before a public suffix's first label (`org` of `org.uk`), which is
  // short, or after "www" (`wwwaccme.org` names the domain after it).
  const from = Math.max(1, label.length - SUFFIX_LABEL_MAX_LENGTH);
  const splits = label.startsWith('www') && from > 3 ? [3] : [];
  for (let i = from; i < label.length; i++) splits.push(i);
  for (const i of splits) {
    const dotted = `${label.slice(0, i)}.${label.slice(i)}.${suffix}`;
    const domain = i === 3 && label.startsWith('www') ? dotted.slice(4) : dotted;
    const owner = reference.directory.ownersOfDomain(domain)[0];
    if (owner === undefined) continue;
    return {
      target: owner,
      rule: 'typosquat',
      strong: false,
      evidence: `the web address ${label}.${suffix} is ${dotted} with a dot left out: ${domain} is the site of ${owner.name}`,
    };
  }
  return undefined;
}
